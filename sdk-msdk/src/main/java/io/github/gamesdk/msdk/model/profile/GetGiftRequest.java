package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.model.MsdkRequest;
import org.immutables.value.Value;

/**
 * Body of {@code POST /profile/get_gift}: collects the blue-diamond gift; the call deletes the gift it returns (line 1450: "선물 수령 후 1호 호출한 후 선물 삭제"), so it changes state (seed 004 line 1449). Table lines 1456-1457, both fields strings;
 * example body lines 1469-1472.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid"})
@JsonSerialize(as = ImmutableGetGiftRequest.class)
@JsonDeserialize(as = ImmutableGetGiftRequest.class)
public abstract class GetGiftRequest implements MsdkRequest {
  /**
   * A request for one player.
   *
   * @param appid the game's appid
   * @param openid the player
   * @return the request
   */
  public static GetGiftRequest of(String appid, String openid) {
    return ImmutableGetGiftRequest.builder().appid(appid).openid(openid).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGetGiftRequest.Builder builder() {
    return ImmutableGetGiftRequest.builder();
  }

  /**
   * {@code appid} (string): the game's id, "게임 고유 표식".
   *
   * @return the appid
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player, "플레이어 고유 표식".
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(openid(), "openid");
  }
}
