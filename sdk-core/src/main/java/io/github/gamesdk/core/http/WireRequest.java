package io.github.gamesdk.core.http;

import io.github.gamesdk.core.Nullable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * A request in its wire form, ready to send: method, full URL with the signed query string,
 * headers and body. Built fresh for every attempt, so that a retry can carry a new timestamp,
 * nonce and signature.
 */
public final class WireRequest {
  private final HttpMethod method;
  private final HttpUrl url;
  private final Map<String, String> headers;
  private final byte[] body;
  private final String contentType;

  private WireRequest(
      HttpMethod method,
      HttpUrl url,
      Map<String, String> headers,
      @Nullable byte[] body,
      @Nullable String contentType) {
    this.method = Objects.requireNonNull(method, "method");
    this.url = Objects.requireNonNull(url, "url");
    // Callers pass a map of their own (a fresh copy, or the shared empty map): no second copy.
    this.headers =
        headers.isEmpty()
            ? Collections.<String, String>emptyMap()
            : Collections.unmodifiableMap(headers);
    this.body = body;
    this.contentType = contentType;
  }

  /**
   * A GET request.
   *
   * @param url the full URL, query string included
   * @return the request
   */
  public static WireRequest get(HttpUrl url) {
    return new WireRequest(HttpMethod.GET, url, Collections.<String, String>emptyMap(), null, null);
  }

  /**
   * A POST request.
   *
   * @param url the full URL, query string included
   * @param body the body bytes (not copied: do not change them afterwards)
   * @param contentType the body's media type, for example {@code application/json}
   * @return the request
   */
  public static WireRequest post(HttpUrl url, byte[] body, String contentType) {
    return new WireRequest(
        HttpMethod.POST,
        url,
        Collections.<String, String>emptyMap(),
        Objects.requireNonNull(body, "body"),
        Objects.requireNonNull(contentType, "contentType"));
  }

  /**
   * A copy with one more header.
   *
   * @param name the header name
   * @param value the header value
   * @return the new request
   */
  public WireRequest withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new WireRequest(method, url, h, body, contentType);
  }

  /**
   * A copy with more headers, added in the map's order (one copy, however many headers).
   *
   * @param more the header names and values
   * @return the new request
   */
  public WireRequest withHeaders(Map<String, String> more) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    for (Map.Entry<String, String> e : more.entrySet()) {
      h.put(Objects.requireNonNull(e.getKey(), "name"), Objects.requireNonNull(e.getValue(), "value"));
    }
    return new WireRequest(method, url, h, body, contentType);
  }

  /**
   * The HTTP method.
   *
   * @return GET or POST
   */
  public HttpMethod method() {
    return method;
  }

  /**
   * The full URL, query string included. It may hold signatures and tokens: log only {@link
   * io.github.gamesdk.core.log.Redaction#redactUrl(String)} of it.
   *
   * @return the URL
   */
  public HttpUrl url() {
    return url;
  }

  /**
   * The extra headers.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The body of a POST, {@code null} for a GET.
   *
   * @return the body bytes (not a copy)
   */
  @Nullable
  public byte[] body() {
    return body;
  }

  /**
   * The body's media type, {@code null} for a GET.
   *
   * @return the media type
   */
  @Nullable
  public String contentType() {
    return contentType;
  }

  /**
   * The method and the URL with secrets removed.
   *
   * @return a loggable description
   */
  @Override
  public String toString() {
    return method
        + " "
        + io.github.gamesdk.core.log.Redaction.redactUrl(url.toString())
        + (body == null ? "" : " (" + body.length + " bytes " + contentType + ")");
  }
}
