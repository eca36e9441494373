package io.github.gamesdk.qqconnect.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Answer of {@code graph.qq.com/oauth2.0/me} (seed 003 line 1583): {@code callback(
 * {"client_id":"YOUR_APPID","openid":"YOUR_OPENID"} );}, JSONP unless asked otherwise, and with
 * {@code unionid} when requested. An error answer ({@code {"error":100016,"error_description":...}})
 * is thrown as {@link io.github.gamesdk.core.error.ApiException} instead.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"client_id", "openid", "unionid"})
@JsonSerialize(as = ImmutableOAuthMeResponse.class)
@JsonDeserialize(as = ImmutableOAuthMeResponse.class)
public abstract class OAuthMeResponse {
  /**
   * {@code client_id}: the appid the token belongs to (a string on the wire; a number is
   * accepted).
   *
   * @return the appid
   */
  @JsonProperty("client_id")
  public abstract String clientId();

  /**
   * {@code openid}: the user's openid for that appid.
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code unionid}, when it was requested and the app may see it.
   *
   * @return the unionid or {@code null}
   */
  @JsonProperty("unionid")
  @Nullable
  public abstract String unionid();

  /**
   * Fields not documented, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
