package io.github.gamesdk.core.error;

/**
 * An inbound request (a vendor callback) failed verification: its signature does not match, it is
 * stale, or it is malformed. The message never contains the expected or received signature.
 */
public final class SignatureVerificationException extends GameSdkException {
  private static final long serialVersionUID = 1L;

  /** Why verification failed. */
  public enum Reason {
    /** A required parameter is missing or malformed. */
    MALFORMED,
    /** The signature does not match. */
    BAD_SIGNATURE,
    /** The timestamp is outside the accepted window. */
    STALE
  }

  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why verification failed
   * @param message details, free of secrets and signatures
   */
  public SignatureVerificationException(Reason reason, String message) {
    super(message, null);
    this.reason = reason;
  }

  /**
   * Why verification failed.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
