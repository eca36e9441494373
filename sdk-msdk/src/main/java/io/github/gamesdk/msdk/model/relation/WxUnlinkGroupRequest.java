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
 * Body of {@code POST /relation/wxunlink_group}: unbinds the guild from its WeChat group (seed 004
 * lines 1168-1196; table lines 1173-1177, example lines 1188-1191). The example leaves out {@code
 * appid}: optional here.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "accessToken", "groupid"})
@JsonSerialize(as = ImmutableWxUnlinkGroupRequest.class)
@JsonDeserialize(as = ImmutableWxUnlinkGroupRequest.class)
public abstract class WxUnlinkGroupRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxUnlinkGroupRequest.Builder builder() {
    return ImmutableWxUnlinkGroupRequest.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 1175).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("appid")
  @Nullable
  public abstract String appid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 1176).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code groupid} (string): the guild id (line 1177).
   *
   * @return the value
   */
  @JsonProperty("groupid")
  public abstract String groupid();

  @Value.Check
  void check() {
    Checks.notBlank(groupid(), "groupid");
  }
}
