package io.github.gamesdk.core.error;

/**
 * The server answered, but not in the documented shape: HTML instead of JSON, truncated JSON, a
 * body that cannot be decrypted, or a JSON value of the wrong type. Keeps a short excerpt of the
 * body with secrets removed and phone numbers masked.
 */
public final class ResponseFormatException extends GameSdkException {
  private static final long serialVersionUID = 1L;

  private final String vendor;
  private final String endpoint;
  private final int httpStatus;
  private final String excerpt;

  /**
   * Creates the exception.
   *
   * @param vendor the vendor's short name
   * @param endpoint the endpoint called
   * @param httpStatus the HTTP status of the answer
   * @param problem what is wrong with the body
   * @param excerpt a short, already redacted excerpt of the body
   * @param cause the parser's exception, or {@code null}
   */
  public ResponseFormatException(
      String vendor,
      String endpoint,
      int httpStatus,
      String problem,
      String excerpt,
      Throwable cause) {
    super(
        vendor + " " + endpoint + ": " + problem + " (HTTP " + httpStatus + "): " + excerpt,
        cause);
    this.vendor = vendor;
    this.endpoint = endpoint;
    this.httpStatus = httpStatus;
    this.excerpt = excerpt;
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
   * The HTTP status of the answer.
   *
   * @return the status
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * A short excerpt of the body, with secrets removed and phone numbers masked.
   *
   * @return the excerpt
   */
  public String excerpt() {
    return excerpt;
  }
}
