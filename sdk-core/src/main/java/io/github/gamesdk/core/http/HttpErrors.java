package io.github.gamesdk.core.http;

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
}
