package io.github.gamesdk.core.error;

/**
 * The root of every exception gamesdk throws. All are unchecked. Messages never contain secrets,
 * tokens or signatures, and phone numbers in them are masked.
 */
public abstract class GameSdkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, free of secrets
   * @param cause the underlying cause, or {@code null}
   */
  protected GameSdkException(String message, Throwable cause) {
    super(message, cause);
  }
}
