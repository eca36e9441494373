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
 * Body of {@code POST /profile/get_wifi}: whether the player qualifies for portable Wi-Fi. The seed's example posts to {@code /profile/get_gift} (line 1502), a copy slip; the SDK posts to {@code /profile/get_wifi} (seed 004 line 1486). Table lines 1493-1494, both fields strings;
 * example body lines 1506-1509.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid"})
@JsonSerialize(as = ImmutableGetWifiRequest.class)
@JsonDeserialize(as = ImmutableGetWifiRequest.class)
public abstract class GetWifiRequest implements MsdkRequest {
  /**
   * A request for one player.
   *
   * @param appid the game's appid
   * @param openid the player
   * @return the request
   */
  public static GetWifiRequest of(String appid, String openid) {
    return ImmutableGetWifiRequest.builder().appid(appid).openid(openid).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGetWifiRequest.Builder builder() {
    return ImmutableGetWifiRequest.builder();
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
