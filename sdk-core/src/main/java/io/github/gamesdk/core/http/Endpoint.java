package io.github.gamesdk.core.http;

import java.util.Objects;

/**
 * One vendor call as data: which vendor, its name, HTTP method, path, and whether it only reads
 * (idempotent) or changes state. Each vendor module keeps all of its endpoints in one table, the
 * list of what the SDK covers (DESIGN.md §2 "Endpoints are data").
 *
 * <p>Only idempotent endpoints are retried after the request may have reached the server; a call
 * that sends a message, shares, pushes or reports is never sent twice (DESIGN.md §3 "Retries").
 */
public final class Endpoint {
  private final String vendor;
  private final String name;
  private final HttpMethod method;
  private final String path;
  private final boolean idempotent;

  private Endpoint(
      String vendor, String name, HttpMethod method, String path, boolean idempotent) {
    this.vendor = Objects.requireNonNull(vendor, "vendor");
    this.name = Objects.requireNonNull(name, "name");
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.idempotent = idempotent;
  }

  /**
   * A read-only call: retried on timeouts, HTTP 5xx and retryable vendor codes.
   *
   * @param vendor the vendor's short name, for example {@code qqconnect}
   * @param name the vendor's name of the call, for example {@code gc_achieve_report}
   * @param method the HTTP method
   * @param path the path below the base URL, starting with {@code /}
   * @return the endpoint
   */
  public static Endpoint query(String vendor, String name, HttpMethod method, String path) {
    return new Endpoint(vendor, name, method, path, true);
  }

  /**
   * A call that changes state: retried only when the request certainly did not reach the server.
   *
   * @param vendor the vendor's short name
   * @param name the vendor's name of the call
   * @param method the HTTP method
   * @param path the path below the base URL, starting with {@code /}
   * @return the endpoint
   */
  public static Endpoint mutation(String vendor, String name, HttpMethod method, String path) {
    return new Endpoint(vendor, name, method, path, false);
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
   * The vendor's name of the call.
   *
   * @return for example {@code send_share_for_inner}
   */
  public String name() {
    return name;
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
   * The path below the base URL.
   *
   * @return the path, starting with {@code /}
   */
  public String path() {
    return path;
  }

  /**
   * Whether the call only reads, so that sending it twice is harmless.
   *
   * @return whether the call is idempotent
   */
  public boolean idempotent() {
    return idempotent;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Endpoint)) {
      return false;
    }
    Endpoint e = (Endpoint) o;
    return vendor.equals(e.vendor)
        && name.equals(e.name)
        && method == e.method
        && path.equals(e.path)
        && idempotent == e.idempotent;
  }

  @Override
  public int hashCode() {
    return Objects.hash(vendor, name, method, path, idempotent);
  }

  @Override
  public String toString() {
    return vendor + " " + name + " (" + method + " " + path + (idempotent ? "" : ", mutation") + ")";
  }
}
