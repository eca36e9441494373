package io.github.gamesdk.core.http;

import io.github.gamesdk.core.Nullable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.MediaType;

/** An answer as it came off the wire: status, headers and the whole body. */
public final class WireResponse {
  private final int status;
  private final Headers headers;
  private final byte[] body;

  /**
   * Creates a response.
   *
   * @param status the HTTP status
   * @param headers the headers
   * @param body the whole body (not copied)
   */
  public WireResponse(int status, Headers headers, byte[] body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /**
   * The HTTP status.
   *
   * @return the status code
   */
  public int status() {
    return status;
  }

  /**
   * Whether the status is 2xx.
   *
   * @return whether the status means success
   */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /**
   * The headers.
   *
   * @return the headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * One header.
   *
   * @param name the header name, case-insensitive
   * @return its last value, or {@code null}
   */
  @Nullable
  public String header(String name) {
    return headers.get(name);
  }

  /**
   * The whole body.
   *
   * @return the body bytes (not a copy)
   */
  public byte[] body() {
    return body;
  }

  /**
   * The body's charset from {@code Content-Type}, or the given default.
   *
   * @param defaultCharset the charset to assume when the answer names none
   * @return the charset
   */
  public Charset charset(Charset defaultCharset) {
    String type = headers.get("Content-Type");
    if (type == null) {
      return defaultCharset;
    }
    MediaType media = MediaType.parse(type);
    Charset c = media == null ? null : media.charset(null);
    return c == null ? defaultCharset : c;
  }

  /**
   * The body's charset from {@code Content-Type}, UTF-8 when none is named.
   *
   * @return the charset
   */
  public Charset charset() {
    return charset(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "HTTP " + status + " (" + body.length + " bytes)";
  }
}
