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
 * Body of {@code POST /relation/wxget_groupstatus}: whether the guild's WeChat group was created,
 * or the user joined it (seed 004 lines 1198-1230; table lines 1203-1208, example lines
 * 1220-1224). The example leaves out {@code appid}: optional here.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "accessToken", "groupid", "op_type"})
@JsonSerialize(as = ImmutableWxGetGroupstatusRequest.class)
@JsonDeserialize(as = ImmutableWxGetGroupstatusRequest.class)
public abstract class WxGetGroupstatusRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxGetGroupstatusRequest.Builder builder() {
    return ImmutableWxGetGroupstatusRequest.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 1205).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("appid")
  @Nullable
  public abstract String appid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 1206).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code groupid} (string): the guild id (line 1207).
   *
   * @return the value
   */
  @JsonProperty("groupid")
  public abstract String groupid();

  /**
   * {@code op_type} (int): 0 asks whether the group was created, 1 whether the user joined it (line
   * 1208).
   *
   * @return the value
   */
  @JsonProperty("op_type")
  public abstract GroupStatusOp opType();

  @Value.Check
  void check() {
    Checks.notBlank(groupid(), "groupid");
  }
}
