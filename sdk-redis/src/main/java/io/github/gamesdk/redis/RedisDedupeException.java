package io.github.gamesdk.redis;

import io.github.gamesdk.core.error.GameSdkException;

/**
 * Redis did not carry out a command of {@link RedisDedupeStore}: it could not be reached, did not
 * answer within the timeout, or refused the command (authentication, a read-only replica, out of
 * memory). The callback handler answers such a delivery with a retryable error and credits
 * nothing (fail closed). The message names the command and the client's reason, never a key or a
 * password.
 */
public final class RedisDedupeException extends GameSdkException {
  private static final long serialVersionUID = 1L;

  private final String command;

  RedisDedupeException(String command, Throwable cause) {
    super("Redis " + command + " failed: " + cause.getClass().getSimpleName() + ": "
        + cause.getMessage(), cause);
    this.command = command;
  }

  RedisDedupeException(String command, String reason) {
    super("Redis " + command + " failed: " + reason, null);
    this.command = command;
  }

  /**
   * The Redis command that failed.
   *
   * @return {@code SET NX}, {@code DEL} or {@code PING}
   */
  public String command() {
    return command;
  }
}
