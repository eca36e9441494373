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
 * Body of {@code POST /relation/wx_mini_send_msg}: sends a mini-program message to a WeChat friend
 * who plays the same game (seed 004 lines 1298-1337; table lines 1303-1311, example lines
 * 1318-1330). {@code access_token} goes in the URL, not the body (lines 1301 and 1318): the
 * endpoint row sends it as a query parameter only. {@code title} should stay within 80 bytes (line
 * 1310, "권장", a recommendation, not enforced).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "access_token", "touser", "weapp_id", "path", "env_version", "pic_url", "title",
  "media_tag_name"
})
@JsonSerialize(as = ImmutableWxMiniSendMsgRequest.class)
@JsonDeserialize(as = ImmutableWxMiniSendMsgRequest.class)
public abstract class WxMiniSendMsgRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxMiniSendMsgRequest.Builder builder() {
    return ImmutableWxMiniSendMsgRequest.builder();
  }

  /**
   * {@code access_token} (string): the user's access token, sent in the URL (line 1318). Never
   * printed (line 1318).
   *
   * @return the value
   */
  @JsonProperty("access_token")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code touser} (string): the receiver's openid, a friend who plays the same game (line 1305).
   *
   * @return the value
   */
  @JsonProperty("touser")
  public abstract String touser();

  /**
   * {@code weapp_id} (string): the mini program's appid, bound to the game's developer account
   * (line 1306).
   *
   * @return the value
   */
  @JsonProperty("weapp_id")
  public abstract String weappId();

  /**
   * {@code path} (string): the mini program page, may carry parameters, e.g. {@code
   * pages/index/index?v=123} (line 1307).
   *
   * @return the value
   */
  @JsonProperty("path")
  public abstract String path();

  /**
   * {@code env_version} (string): the version to open: 0 release, 1 development, 2 trial (line
   * 1308).
   *
   * @return the value
   */
  @JsonProperty("env_version")
  public abstract MiniProgramEnv envVersion();

  /**
   * {@code pic_url} (string): the cover image URL, any image CDN address (line 1309).
   *
   * @return the value
   */
  @JsonProperty("pic_url")
  public abstract String picUrl();

  /**
   * {@code title} (string): the message text, two lines, 80 bytes recommended (line 1310).
   *
   * @return the value
   */
  @JsonProperty("title")
  public abstract String title();

  /**
   * {@code media_tag_name} (string): the game's own report tag, e.g. {@code MSG_INVITE}, for WeChat
   * statistics (line 1311).
   *
   * @return the value
   */
  @JsonProperty("media_tag_name")
  public abstract String mediaTagName();

  @Value.Check
  void check() {
    Checks.notBlank(touser(), "touser");
    Checks.notBlank(weappId(), "weapp_id");
    Checks.notBlank(path(), "path");
    Checks.notBlank(picUrl(), "pic_url");
    Checks.notBlank(title(), "title");
    Checks.notBlank(mediaTagName(), "media_tag_name");
  }
}
