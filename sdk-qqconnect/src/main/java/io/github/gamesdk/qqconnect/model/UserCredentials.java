package io.github.gamesdk.qqconnect.model;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;

/**
 * The per-user common parameters of every transfer-CGI call (seed 003 lines 1575-1590): {@code
 * openid} and {@code access_token}. Each request model carries them.
 */
public interface UserCredentials {
  /**
   * The user's openid ({@code openid}), obtainable from {@code graph.qq.com/oauth2.0/me}.
   *
   * @return the openid
   */
  String openid();

  /**
   * The user's access token ({@code access_token}, valid three months). Never printed.
   *
   * @return the token
   */
  Secret accessToken();

  /**
   * Checks the common parameters.
   *
   * @param c the credentials
   * @throws InvalidRequestException if the openid is blank
   */
  static void check(UserCredentials c) {
    InvalidRequestException.check(!c.openid().trim().isEmpty(), "openid", "must not be empty");
  }
}
