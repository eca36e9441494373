package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.internal.SecretJson;
import io.github.gamesdk.msdk.model.MsdkRequest;
import org.immutables.value.Value;

/**
 * Body of {@code POST /relation/wxsend_groupmsg}: sends a message to the guild's WeChat group
 * (seed 004 lines 1232-1296; table lines 1237-1242, {@code reqBody} lines 1243-1260, example lines
 * 1271-1290, whose {@code "media_tag_name" : "test5",} ends in a comma JSON does not allow).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "accessToken", "openid", "reqBody"})
@JsonSerialize(as = ImmutableWxSendGroupmsgRequest.class)
@JsonDeserialize(as = ImmutableWxSendGroupmsgRequest.class)
public abstract class WxSendGroupmsgRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxSendGroupmsgRequest.Builder builder() {
    return ImmutableWxSendGroupmsgRequest.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 1239).
   *
   * @return the value
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 1240).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code openid} (string): the user (line 1241).
   *
   * @return the value
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code reqBody} (object): WeChat's request object (line 1242).
   *
   * @return the value
   */
  @JsonProperty("reqBody")
  public abstract WxGroupMsgBody reqBody();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(openid(), "openid");
  }
}
