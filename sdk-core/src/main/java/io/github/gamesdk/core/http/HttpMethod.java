package io.github.gamesdk.core.http;

/** The HTTP methods the vendor APIs use. */
public enum HttpMethod {
  /** Parameters in the query string. */
  GET,
  /** A request body (JSON or form). */
  POST
}
