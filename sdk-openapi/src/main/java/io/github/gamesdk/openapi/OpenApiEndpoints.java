package io.github.gamesdk.openapi;

import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.HttpMethod;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Every call the SDK makes, as data (the OpenAPI V3 rows of {@code ENDPOINTS.md}). All calls go to
 * {@code //[域名/IP]/[api_name]} (seed 002 line 3), carry the common parameters of seed 002 §1.3
 * and {@code sig}, and are sent as {@link #DEFAULT_METHOD} unless the client is told otherwise.
 *
 * <p>{@code v3/user/get_info} and {@code v3/user/is_login} only read (is_login also extends the
 * openkey's life, which is harmless to do twice), so they are retried on timeouts, HTTP 5xx and
 * retryable codes. Any other {@code /v3/...} path goes through {@link OpenApiClient#call} and is
 * never retried once it may have been sent unless its request says it is idempotent.
 */
public final class OpenApiEndpoints {
  /** The vendor name used in exceptions, logs and metrics. */
  public static final String VENDOR = "openapi";

  /**
   * The method the typed calls use unless the client is told otherwise: POST with the parameters
   * form-encoded in the body, as Tencent's own OpenAPI V3 SDKs send them. It keeps the openkey
   * and {@code sig} out of URLs and access logs.
   */
  public static final HttpMethod DEFAULT_METHOD = HttpMethod.POST;

  /** {@code /v3/user/get_info} (seed 002 lines 7-8): the user's profile. */
  public static final String GET_INFO_PATH = "/v3/user/get_info";

  /** {@code /v3/user/is_login} (seed 002 line 21): checks the openkey and renews it for 2 h. */
  public static final String IS_LOGIN_PATH = "/v3/user/is_login";

  /** {@code v3/user/get_info}: reads the user's profile. */
  public static final Endpoint GET_INFO = query(GET_INFO_PATH, DEFAULT_METHOD);

  /** {@code v3/user/is_login}: checks and renews the openkey. */
  public static final Endpoint IS_LOGIN = query(IS_LOGIN_PATH, DEFAULT_METHOD);

  /** All typed endpoints, in the order of {@code ENDPOINTS.md}. */
  public static final List<Endpoint> ALL =
      Collections.unmodifiableList(Arrays.asList(GET_INFO, IS_LOGIN));

  private OpenApiEndpoints() {}

  /**
   * The endpoint of a path, as the client sends it.
   *
   * @param path a path such as {@code /v3/user/get_info}
   * @param method the HTTP method used
   * @param idempotent whether the caller declared the call safe to send twice
   * @return a query endpoint for a known read-only path or a declared idempotent call, otherwise a
   *     mutation
   */
  public static Endpoint forPath(String path, HttpMethod method, boolean idempotent) {
    if (idempotent || isKnownQuery(path)) {
      return query(path, method);
    }
    return Endpoint.mutation(VENDOR, path.substring(1), method, path);
  }

  /**
   * Whether a path is one of the typed read-only calls.
   *
   * @param path a path such as {@code /v3/user/is_login}
   * @return whether it is {@link #GET_INFO_PATH} or {@link #IS_LOGIN_PATH}
   */
  public static boolean isKnownQuery(String path) {
    return GET_INFO_PATH.equals(path) || IS_LOGIN_PATH.equals(path);
  }

  private static Endpoint query(String path, HttpMethod method) {
    // The name is the seed's api_name: the path without its leading slash (ENDPOINTS.md spelling).
    return Endpoint.query(VENDOR, path.substring(1), method, path);
  }
}
