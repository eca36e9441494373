package io.github.gamesdk.core.http;

/**
 * Builds the wire form of a request for one attempt. Called again for every retry, so that each
 * attempt is signed with a fresh timestamp and nonce (a reused nonce is answered as a replay, for
 * example QoS code 4500).
 */
@FunctionalInterface
public interface RequestFactory {
  /**
   * Builds the request for an attempt.
   *
   * @param attempt 1 for the first attempt, 2 for the first retry, and so on
   * @return the signed request
   */
  WireRequest create(int attempt);
}
