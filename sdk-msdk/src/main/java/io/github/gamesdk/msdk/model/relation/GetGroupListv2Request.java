package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.internal.SecretJson;
import io.github.gamesdk.msdk.model.MsdkRequest;
import org.immutables.value.Value;

/**
 * Body of {@code POST /relation/get_group_listv2}: the QQ groups the guild leader has created, to
 * bind one of them (seed 004 lines 701-738; table lines 706-710, example lines 725-728). The table
 * lists {@code openid}; the example leaves it out (the user is already in the URL's {@code
 * openid}), so it is optional here.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "accessToken"})
@JsonSerialize(as = ImmutableGetGroupListv2Request.class)
@JsonDeserialize(as = ImmutableGetGroupListv2Request.class)
public abstract class GetGroupListv2Request implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGetGroupListv2Request.Builder builder() {
    return ImmutableGetGroupListv2Request.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 708).
   *
   * @return the value
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player, "플레이어 고유 표식" (line 709).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 710).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
  }
}
