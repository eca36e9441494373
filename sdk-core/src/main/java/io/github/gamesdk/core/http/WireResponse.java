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
    // Fast paths for the two usual cases, without MediaType.parse (about 1 KB of garbage per
    // answer): no charset parameter at all, and charset=utf-8.
    int at = charsetParameter(type);
    if (at < 0) {
      return defaultCharset;
    }
    int end = at + "utf-8".length();
    if (type.regionMatches(true, at, "utf-8", 0, 5)
        && (end == type.length() || type.charAt(end) == ';' || type.charAt(end) == ' ')) {
      return StandardCharsets.UTF_8;
    }
    MediaType media = MediaType.parse(type);
    Charset c = media == null ? null : media.charset(null);
    return c == null ? defaultCharset : c;
  }

  /**
   * Where the value of a {@code charset} parameter starts in a media type.
   *
   * @param type a {@code Content-Type} value
   * @return the index after {@code charset=}, or -1 when the type has no such parameter
   */
  private static int charsetParameter(String type) {
    String name = "charset=";
    for (int i = type.indexOf(';'); i >= 0 && i + name.length() <= type.length(); i++) {
      if (type.regionMatches(true, i, name, 0, name.length())) {
        char before = type.charAt(i - 1);
        if (before == ';' || before == ' ' || before == '\t') {
          return i + name.length();
        }
      }
    }
    return -1;
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
