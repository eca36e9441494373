package io.github.gamesdk.core.http;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.log.Redaction;

/** The shared handling of HTTP error statuses that carry no vendor code. */
public final class HttpErrors {
  private HttpErrors() {}

  /**
   * The exception for an answer whose status is not 2xx and whose body carries no vendor code. The
   * request reached the server, so it is reported as sent; {@link RetryPolicy} retries 5xx and 429
   * for idempotent endpoints only.
   *
   * @param endpoint the endpoint called
   * @param response the answer
   * @return the exception to throw
   */
  public static TransportException statusFailure(Endpoint endpoint, WireResponse response) {
    return new TransportException(
        endpoint.vendor(),
        endpoint.name(),
        "HTTP " + response.status() + ": " + Redaction.excerpt(response.body(), 120),
        true,
        false,
        response.status(),
        null);
  }

  /**
   * Reads a vendor's error code from an answer, the vendor's own way (its code and message fields).
   */
  @FunctionalInterface
  public interface CodeReader {
    /**
     * Reads the answer's vendor error.
     *
     * @param response the answer
     * @return the vendor error, or {@code null} when the answer carries no error code
     * @throws ResponseFormatException when the body is not the vendor's JSON
     */
    @Nullable
    ApiException read(WireResponse response);
  }

  /**
   * The exception for an answer whose status is not 2xx: the vendor error its body carries, when
   * {@code reader} finds one; otherwise (an HTML or empty error page, or JSON without a code) the
   * {@link #statusFailure(Endpoint, WireResponse)}.
   *
   * @param endpoint the endpoint called
   * @param response the answer
   * @param reader the vendor's way of reading its error code
   * @return the exception to throw
   */
  public static RuntimeException statusError(
      Endpoint endpoint, WireResponse response, CodeReader reader) {
    try {
      ApiException vendorError = reader.read(response);
      if (vendorError != null) {
        return vendorError;
      }
    } catch (ResponseFormatException notJson) {
      // An HTML or empty error page: reported by status below.
    }
    return statusFailure(endpoint, response);
  }
}
