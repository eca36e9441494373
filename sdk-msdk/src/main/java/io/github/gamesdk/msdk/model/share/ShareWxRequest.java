package io.github.gamesdk.msdk.model.share;

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
 * Body of {@code POST /share/wx}: sends a share message to a WeChat friend who has the same game
 * installed (seed 004 lines 2206-2243).
 *
 * <p>The table lists {@code appid} (line 2213), the example leaves it out (lines 2232-2241): it is
 * optional here, as in the example. {@code thumb_media_id} defaults to {@code ""}, the image
 * registered with WeChat (line 2221), and is always sent, as in the example. {@code extinfo} is
 * limited to 2 KB (2048 bytes, line 2217).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "appid", "openid", "fopenid", "access_token", "extinfo", "title", "description",
  "media_tag_name", "thumb_media_id"
})
@JsonSerialize(as = ImmutableShareWxRequest.class)
@JsonDeserialize(as = ImmutableShareWxRequest.class)
public abstract class ShareWxRequest implements MsdkRequest {
  /** Most bytes of {@code extinfo}: "2KB" (line 2217). */
  public static final int MAX_EXTINFO_BYTES = 2048;

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableShareWxRequest.Builder builder() {
    return ImmutableShareWxRequest.builder();
  }

  /**
   * {@code appid} (string): the app's unique id (line 2213); the seed's example leaves it out.
   *
   * @return the appid, or {@code null} to leave it out
   */
  @JsonProperty("appid")
  @Nullable
  public abstract String appid();

  /**
   * {@code openid} (string): the sender (line 2214).
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code fopenid} (string): the friend shared with (line 2215).
   *
   * @return the friend's openid
   */
  @JsonProperty("fopenid")
  public abstract String fopenid();

  /**
   * {@code access_token} (string): the sender's token, "등록 상태" (line 2216). Never printed.
   *
   * @return the token
   */
  @JsonProperty("access_token")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code extinfo} (string): data of the game's own, handed back when the message is clicked, at
   * most 2 KB (line 2217).
   *
   * @return the data
   */
  @JsonProperty("extinfo")
  public abstract String extinfo();

  /**
   * {@code title} (string): the message title (line 2218).
   *
   * @return the title
   */
  @JsonProperty("title")
  public abstract String title();

  /**
   * {@code description} (string): the message text (line 2219).
   *
   * @return the description
   */
  @JsonProperty("description")
  public abstract String description();

  /**
   * {@code media_tag_name} (string): the game's message type, for statistics (line 2220).
   *
   * @return the type
   */
  @JsonProperty("media_tag_name")
  public abstract String mediaTagName();

  /**
   * {@code thumb_media_id} (string): a {@code media_id} from {@code /share/upload_wx}, or {@code
   * ""} for the image registered with WeChat (line 2221).
   *
   * @return the id, {@code ""} unless set
   */
  @JsonProperty("thumb_media_id")
  @Value.Default
  public String thumbMediaId() {
    return "";
  }

  @Value.Check
  void check() {
    if (appid() != null) {
      Checks.notBlank(appid(), "appid");
    }
    Checks.notBlank(openid(), "openid");
    Checks.notBlank(fopenid(), "fopenid");
    Checks.maxBytes(extinfo(), MAX_EXTINFO_BYTES, "extinfo");
    Checks.notBlank(title(), "title");
    Checks.notBlank(description(), "description");
    Checks.notBlank(mediaTagName(), "media_tag_name");
  }
}
