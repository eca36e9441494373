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
 * Body of {@code POST /relation/send_groupmsg}: pushes a structured message to a QQ group (seed
 * 004 lines 934-978; table lines 939-950, example lines 961-972). Needs a permission and a
 * callback address registered with mobile QQ (line 936). {@code title} at most 45 bytes and {@code
 * desc} at most 60 bytes (lines 946-947). The example leaves out {@code openid} (in the URL):
 * optional here.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "appid", "openid", "accessToken", "pf", "group_openid", "title", "desc", "image_url",
  "redirect_url", "param"
})
@JsonSerialize(as = ImmutableSendGroupmsgRequest.class)
@JsonDeserialize(as = ImmutableSendGroupmsgRequest.class)
public abstract class SendGroupmsgRequest implements MsdkRequest {
  /** Most bytes of {@code title}: "최대 45b" (line 946). */
  public static final int MAX_TITLE_BYTES = 45;

  /** Most bytes of {@code desc}: "최대 60b" (line 947). */
  public static final int MAX_DESC_BYTES = 60;

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableSendGroupmsgRequest.Builder builder() {
    return ImmutableSendGroupmsgRequest.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 941).
   *
   * @return the value
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the user (line 942).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 943).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code pf} (string): the source platform, {@code qqqun} when unknown (line 944).
   *
   * @return the value, {@code qqqun} unless set
   */
  @JsonProperty("pf")
  @Value.Default
  public String pf() {
    return "qqqun";
  }

  /**
   * {@code group_openid} (string): the group's key (group openid) (line 945).
   *
   * @return the value
   */
  @JsonProperty("group_openid")
  public abstract String groupOpenid();

  /**
   * {@code title} (string): the message title, at most 45 bytes (line 946).
   *
   * @return the value
   */
  @JsonProperty("title")
  public abstract String title();

  /**
   * {@code desc} (string): the summary, at most 60 bytes (line 947).
   *
   * @return the value
   */
  @JsonProperty("desc")
  public abstract String desc();

  /**
   * {@code image_url} (string): the thumbnail URL (line 948).
   *
   * @return the value
   */
  @JsonProperty("image_url")
  public abstract String imageUrl();

  /**
   * {@code redirect_url} (string): the callback address registered for the app, no other domain
   * (line 949).
   *
   * @return the value
   */
  @JsonProperty("redirect_url")
  public abstract String redirectUrl();

  /**
   * {@code param} (string): the parameter of {@code redirect_url}; may be empty (line 950).
   *
   * @return the value, empty unless set
   */
  @JsonProperty("param")
  @Value.Default
  public String param() {
    return "";
  }

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(pf(), "pf");
    Checks.notBlank(groupOpenid(), "group_openid");
    Checks.notBlank(title(), "title");
    Checks.maxBytes(title(), MAX_TITLE_BYTES, "title");
    Checks.maxBytes(desc(), MAX_DESC_BYTES, "desc");
    Checks.httpUrl(imageUrl(), "image_url");
    Checks.httpUrl(redirectUrl(), "redirect_url");
  }
}
