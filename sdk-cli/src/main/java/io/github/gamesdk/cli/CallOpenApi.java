package io.github.gamesdk.cli;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.openapi.OpenApiClient;
import io.github.gamesdk.openapi.OpenApiEndpoints;
import io.github.gamesdk.openapi.model.GetInfoRequest;
import io.github.gamesdk.openapi.model.IsLoginRequest;
import io.github.gamesdk.openapi.model.OpenApiRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code call openapi PATH --openid ID --openkey KEY [--method GET|POST] [NAME=VALUE]...}: one call
 * of the Tencent Open Platform OpenAPI V3 (seed 002) through {@link OpenApiClient}, printing the
 * typed answer as one line of JSON.
 *
 * <p>{@code pf} and {@code userip} are given as {@code NAME=VALUE} like the call's own parameters;
 * the tool puts them in the request's common parameters, where the SDK checks them (both
 * required, {@code userip} an IP address) before anything is sent. {@code v3/user/get_info} and
 * {@code v3/user/is_login} use their typed calls; any other path goes through {@link
 * OpenApiClient#call} with its parameters as given, and is not retried once it may have been sent.
 *
 * <p>The appid, appkey and base URL come from the environment ({@link #ENV_APPID}, {@link
 * #ENV_APPKEY}, {@link #ENV_BASE_URL}); the appkey and the openkey are never printed.
 */
final class CallOpenApi {
  /** The application's appid; required. */
  static final String ENV_APPID = "GAMESDK_OPENAPI_APPID";

  /** The appkey {@code sig} is computed with; required. */
  static final String ENV_APPKEY = "GAMESDK_OPENAPI_APPKEY";

  /**
   * Scheme, host and port to use instead of {@code https://openapi.tencentyun.com}, for example
   * the test IP {@code http://119.147.19.43}; optional.
   */
  static final String ENV_BASE_URL = "GAMESDK_OPENAPI_BASE_URL";

  /** Common parameters the tool sets from options and the environment. */
  private static final Set<String> SET_BY_TOOL =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(Arrays.asList("openid", "openkey", "appid", "sig", "format", "charset")));

  private CallOpenApi() {}

  /**
   * Runs the command.
   *
   * @param a the arguments; the one positional argument is {@code PATH}
   * @param io the streams and environment
   * @return the exit status
   */
  static int run(Args a, Io io) {
    String path = a.positionals().get(0);
    if (!path.startsWith("/")) {
      path = "/" + path;
    }
    String openid = a.required("openid");
    Secret openkey = Secret.of(io.secret(a.required("openkey")));
    HttpMethod method = method(a);

    String appId = io.env(ENV_APPID);
    String appKey = io.secret(io.env(ENV_APPKEY));
    String baseUrl = io.env(ENV_BASE_URL);
    if (appId == null) {
      throw a.usageError("environment variable " + ENV_APPID + " is not set");
    }
    if (appKey == null) {
      throw a.usageError("environment variable " + ENV_APPKEY + " is not set");
    }
    if (!appId.matches("[0-9]{1,10}")) {
      throw a.usageError("environment variable " + ENV_APPID + " must be the appid (digits)");
    }

    Map<String, String> own = new LinkedHashMap<>(a.params());
    for (String name : own.keySet()) {
      if (SET_BY_TOOL.contains(name)) {
        throw a.usageError(
            "parameter " + name + " is set by the tool (from --openid, --openkey and the environment)");
      }
    }
    String pf = own.remove("pf");
    String userip = own.remove("userip");
    InvalidRequestException.check(pf != null, "pf", "required: give it as pf=VALUE");
    InvalidRequestException.check(userip != null, "userip", "required: give it as userip=IP");

    // Build and validate the request before any network resource exists.
    Call call = call(path, method, openid, openkey, pf, userip, own);

    try (GameSdkHttp http = GameSdkHttp.builder().build()) {
      OpenApiClient.Builder b =
          OpenApiClient.builder()
              .appId(appId)
              .appKey(Secret.of(appKey))
              .httpMethod(method)
              .http(http);
      if (baseUrl != null) {
        try {
          b.baseUrl(baseUrl);
        } catch (InvalidRequestException e) {
          throw a.usageError(
              "environment variable "
                  + ENV_BASE_URL
                  + " must be scheme, host and port only, e.g. http://119.147.19.43");
        }
      }
      Object response = call.execute(b.build());
      io.out().println(io.scrub(GameSdkJson.writeString(response)));
    }
    return GamesdkCli.EXIT_OK;
  }

  /** A validated request, ready to be sent with a client. */
  private interface Call {
    Object execute(OpenApiClient client);
  }

  private static Call call(
      String path,
      HttpMethod method,
      String openid,
      Secret openkey,
      String pf,
      String userip,
      Map<String, String> own) {
    if (path.equals(OpenApiEndpoints.GET_INFO_PATH) || path.equals(OpenApiEndpoints.IS_LOGIN_PATH)) {
      for (String name : own.keySet()) {
        throw new InvalidRequestException(
            name.matches("[A-Za-z0-9_.]{1,40}") ? name : "parameter",
            "not a parameter of " + path.substring(1) + "; it takes only pf and userip");
      }
      if (path.equals(OpenApiEndpoints.GET_INFO_PATH)) {
        GetInfoRequest r = GetInfoRequest.of(openid, openkey, pf, userip);
        return client -> client.getInfo(r);
      }
      IsLoginRequest r = IsLoginRequest.of(openid, openkey, pf, userip);
      return client -> client.isLogin(r);
    }
    OpenApiRequest r =
        OpenApiRequest.builder()
            .path(path)
            .method(method)
            .openid(openid)
            .openkey(openkey)
            .pf(pf)
            .userip(userip)
            .params(own)
            .build();
    return client -> client.call(r);
  }

  private static HttpMethod method(Args a) {
    String m = a.option("method", "POST").toUpperCase(Locale.ROOT);
    if (!m.equals("GET") && !m.equals("POST")) {
      throw a.usageError("option --method must be GET or POST");
    }
    return HttpMethod.valueOf(m);
  }
}
