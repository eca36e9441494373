package io.github.gamesdk.msdk.model.share;

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
 * Body of {@code POST /share/wx_link}: shares a link to a WeChat friend from the backend, without
 * the WeChat client (seed 004 lines 2245-2277). Every field of the table (lines 2252-2257) is
 * required; {@code url} and {@code thumb_url} are at most 1024 bytes.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"access_token", "touser", "title", "description", "url", "thumb_url"})
@JsonSerialize(as = ImmutableShareWxLinkRequest.class)
@JsonDeserialize(as = ImmutableShareWxLinkRequest.class)
public abstract class ShareWxLinkRequest implements MsdkRequest {
  /** Most bytes of {@code url} and {@code thumb_url}: "≤ 1024 byte" (lines 2256-2257). */
  public static final int MAX_URL_BYTES = 1024;

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableShareWxLinkRequest.Builder builder() {
    return ImmutableShareWxLinkRequest.builder();
  }

  /**
   * {@code access_token} (string): the sender's access token (line 2252). Never printed.
   *
   * @return the token
   */
  @JsonProperty("access_token")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code touser} (string): the receiver's openid (line 2253).
   *
   * @return the openid
   */
  @JsonProperty("touser")
  public abstract String touser();

  /**
   * {@code title} (string): the message title (line 2254).
   *
   * @return the title
   */
  @JsonProperty("title")
  public abstract String title();

  /**
   * {@code description} (string): the message text (line 2255).
   *
   * @return the description
   */
  @JsonProperty("description")
  public abstract String description();

  /**
   * {@code url} (string): where the message leads, at most 1024 bytes (line 2256).
   *
   * @return the URL
   */
  @JsonProperty("url")
  public abstract String url();

  /**
   * {@code thumb_url} (string): the thumbnail, at most 1024 bytes (line 2257).
   *
   * @return the URL
   */
  @JsonProperty("thumb_url")
  public abstract String thumbUrl();

  @Value.Check
  void check() {
    Checks.notBlank(touser(), "touser");
    Checks.notBlank(title(), "title");
    Checks.notBlank(description(), "description");
    Checks.httpUrl(url(), "url");
    Checks.maxBytes(url(), MAX_URL_BYTES, "url");
    Checks.httpUrl(thumbUrl(), "thumb_url");
    Checks.maxBytes(thumbUrl(), MAX_URL_BYTES, "thumb_url");
  }
}
