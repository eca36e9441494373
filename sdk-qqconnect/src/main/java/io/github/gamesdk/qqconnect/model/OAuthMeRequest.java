package io.github.gamesdk.qqconnect.model;

import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Secret;
import org.immutables.value.Value;

/**
 * Request of {@code GET https://graph.qq.com/oauth2.0/me?access_token=...}: the openid of an
 * access token (seed 003 line 1583).
 */
@Value.Immutable
@GameSdkStyle
public abstract class OAuthMeRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableOAuthMeRequest.Builder builder() {
    return ImmutableOAuthMeRequest.builder();
  }

  /**
   * A request for the openid of a token.
   *
   * @param accessToken the token
   * @return the request
   */
  public static OAuthMeRequest of(Secret accessToken) {
    return builder().accessToken(accessToken).build();
  }

  /**
   * The token ({@code access_token}). Never printed.
   *
   * @return the token
   */
  public abstract Secret accessToken();

  /**
   * Whether to ask for the unionid as well ({@code unionid=1}, graph.qq.com's own option, not in
   * the seed).
   *
   * @return {@code false} unless set
   */
  @Value.Default
  public boolean withUnionId() {
    return false;
  }
}
