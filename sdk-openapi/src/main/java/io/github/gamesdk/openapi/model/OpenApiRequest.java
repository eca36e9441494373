package io.github.gamesdk.openapi.model;

import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.http.HttpMethod;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A request to any OpenAPI V3 path, {@code //[域名/IP]/[api_name]} (seed 002 lines 3-8): the
 * common parameters (seed 002 §1.3) plus the call's own parameters by their vendor names. The
 * client adds {@code appid}, {@code format=json}, {@code charset=utf-8} and {@code sig}.
 *
 * <p>A call is assumed to change state, and is never sent twice once it may have reached the
 * server, unless {@link #idempotent()} says otherwise (or the path is {@code v3/user/get_info} or
 * {@code v3/user/is_login}, which only read). Declare a call idempotent only when sending it twice
 * is harmless, as for a query.
 *
 * <pre>{@code
 * OpenApiRequest.builder()
 *     .path("/v3/relation/get_app_friends")
 *     .openid(openid).openkey(Secret.of(openkey)).pf("qzone").userip("112.90.139.30")
 *     .idempotent(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@GameSdkStyle
public abstract class OpenApiRequest implements CommonParams {
  /**
   * The common parameters the client sets (seed 002 §1.3): they may not appear in {@link
   * #params()}.
   */
  public static final Set<String> COMMON_PARAMETERS =
      Collections.unmodifiableSet(
          new HashSet<>(
              Arrays.asList(
                  "openid", "openkey", "appid", "sig", "pf", "format", "userip", "charset")));

  private static final Pattern PATH = Pattern.compile("/v3(/[A-Za-z0-9_]+)+");

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableOpenApiRequest.Builder builder() {
    return ImmutableOpenApiRequest.builder();
  }

  /**
   * The {@code api_name}: a path below {@code /v3/}, for example {@code /v3/user/get_info} (seed
   * 002 line 7). Given without its leading slash ({@code v3/user/get_info}, as ENDPOINTS.md writes
   * it), the slash is added.
   *
   * @return the path, starting with {@code /v3/}
   */
  public abstract String path();

  /**
   * The HTTP method, {@code POST} unless set: the parameters go form-encoded in the body for a
   * POST and in the query string for a GET. The signed source starts with this method
   * (PROTOCOLS.md §6).
   *
   * @return GET or POST
   */
  @Value.Default
  public HttpMethod method() {
    return HttpMethod.POST;
  }

  /**
   * Whether sending the call twice is harmless (a query), so that it may be retried after a
   * timeout, an HTTP 5xx or a retryable code. {@code false} unless set: an unknown call is treated
   * as one that changes state.
   *
   * @return whether the call is idempotent
   */
  @Value.Default
  public boolean idempotent() {
    return false;
  }

  /**
   * The call's own parameters, by their vendor names, values unencoded; none may be a common
   * parameter ({@link #COMMON_PARAMETERS}).
   *
   * @return the parameters, empty when the call has none
   */
  public abstract Map<String, String> params();

  @Value.Check
  OpenApiRequest normalize() {
    CommonParams.check(this);
    String p = path();
    if (!p.startsWith("/")) {
      return ImmutableOpenApiRequest.copyOf(this).withPath("/" + p);
    }
    InvalidRequestException.check(
        PATH.matcher(p).matches(),
        "path",
        "must be /v3/ followed by names of letters, digits and _, e.g. /v3/user/get_info");
    for (String name : params().keySet()) {
      InvalidRequestException.check(!name.isEmpty(), "params", "a parameter name is empty");
      if (COMMON_PARAMETERS.contains(name)) {
        throw new InvalidRequestException(
            name, "is a common parameter set by the client; give it through its own field");
      }
    }
    return this;
  }
}
