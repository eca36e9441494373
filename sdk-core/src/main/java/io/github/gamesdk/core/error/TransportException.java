package io.github.gamesdk.core.error;

/**
 * The call did not get a complete answer: the connection failed, was reset, or timed out, or the
 * server answered with an HTTP status that is not success and carried no vendor code.
 */
public final class TransportException extends GameSdkException {
  private static final long serialVersionUID = 1L;

  private final String vendor;
  private final String endpoint;
  private final boolean mayHaveBeenSent;
  private final boolean timeout;
  private final int httpStatus;

  /**
   * Creates the exception.
   *
   * @param vendor the vendor's short name
   * @param endpoint the endpoint called
   * @param message what happened, free of secrets
   * @param mayHaveBeenSent whether any byte of the request may have reached the server
   * @param timeout whether the failure was a timeout
   * @param httpStatus the HTTP status when the server answered, otherwise 0
   * @param cause the underlying I/O exception, or {@code null}
   */
  public TransportException(
      String vendor,
      String endpoint,
      String message,
      boolean mayHaveBeenSent,
      boolean timeout,
      int httpStatus,
      Throwable cause) {
    super(vendor + " " + endpoint + ": " + message, cause);
    this.vendor = vendor;
    this.endpoint = endpoint;
    this.mayHaveBeenSent = mayHaveBeenSent;
    this.timeout = timeout;
    this.httpStatus = httpStatus;
  }

  /**
   * The vendor's short name.
   *
   * @return for example {@code qqconnect}
   */
  public String vendor() {
    return vendor;
  }

  /**
   * The endpoint called.
   *
   * @return the vendor's name of the call
   */
  public String endpoint() {
    return endpoint;
  }

  /**
   * Whether the request may have reached the server. When {@code false} the request certainly did
   * not (for example the connection was refused), so sending it again cannot duplicate an effect.
   *
   * @return whether the request may have been sent
   */
  public boolean mayHaveBeenSent() {
    return mayHaveBeenSent;
  }

  /**
   * Whether the failure was a timeout (connect, read, write or the whole call).
   *
   * @return whether it timed out
   */
  public boolean isTimeout() {
    return timeout;
  }

  /**
   * The HTTP status when the server answered with a non-success status, otherwise 0.
   *
   * @return the status or 0
   */
  public int httpStatus() {
    return httpStatus;
  }
}
