package io.github.gamesdk.openapi;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.http.CallExecutor;
import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.http.PreparedCall;
import io.github.gamesdk.core.http.RequestListener;
import io.github.gamesdk.core.http.ResponseHandler;
import io.github.gamesdk.core.http.RetryPolicy;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.openapi.internal.OpenApiWire;
import io.github.gamesdk.openapi.model.CommonParams;
import io.github.gamesdk.openapi.model.GetInfoRequest;
import io.github.gamesdk.openapi.model.GetInfoResponse;
import io.github.gamesdk.openapi.model.IsLoginRequest;
import io.github.gamesdk.openapi.model.IsLoginResponse;
import io.github.gamesdk.openapi.model.OpenApiRequest;
import io.github.gamesdk.openapi.model.OpenApiResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * The client of the Tencent Open Platform OpenAPI V3 (seed 002): {@code v3/user/get_info} and
 * {@code v3/user/is_login} typed, and any other {@code /v3/...} path through {@link #call}. Every
 * call exists in a blocking and an async form.
 *
 * <p>Immutable and thread-safe. Build one per appid; many clients may share one {@link
 * GameSdkHttp}. Each request carries the common parameters of seed 002 §1.3: {@code openid},
 * {@code openkey}, {@code pf} and {@code userip} from the request, {@code appid} from the client,
 * {@code format=json}, {@code charset=utf-8} (the server's default is gbk; answers are decoded in
 * the charset they declare, gbk included), and {@code sig = base64(HMAC-SHA1(appkey + "&",
 * source))} (PROTOCOLS.md §6). Requests are POSTed form-encoded unless {@link
 * Builder#httpMethod(HttpMethod)} says GET. The read timeout defaults to the 3 s the platform's
 * servers allow themselves (seed 002 line 15). No usage statistics are sent anywhere (Tencent's own
 * SDKs report every call to a statistics host; gamesdk does not).
 *
 * <pre>{@code
 * OpenApiClient openapi = OpenApiClient.builder()
 *     .appId("123456")
 *     .appKey(Secret.of(System.getenv("OPENAPI_APPKEY")))
 *     .build();
 * GetInfoResponse me = openapi.getInfo(
 *     GetInfoRequest.of(openid, Secret.of(openkey), pf, userIp));
 * }</pre>
 */
public final class OpenApiClient {
  /**
   * Read timeout unless changed: 3 s, "OpenAPI接口机设置的最长超时时间为3s" (seed 002 line 15; the
   * platform usually answers within 50 ms).
   */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(3);

  private final String appId;
  private final HttpMethod httpMethod;
  private final OpenApiWire wire;
  private final CallExecutor executor;
  private final Charset expectedCharset;
  private final Endpoint getInfo;
  private final Endpoint isLogin;
  private final ResponseHandler<GetInfoResponse> getInfoHandler;
  private final ResponseHandler<IsLoginResponse> isLoginHandler;

  private OpenApiClient(Builder b) {
    this.appId = b.appId;
    this.httpMethod = b.httpMethod;
    this.wire = new OpenApiWire(b.appId, b.appKey, b.baseUrl, b.sendCharset);
    this.executor = new CallExecutor(b.http, b.timeouts, b.retryPolicy, b.listeners);
    this.expectedCharset = wire.expectedCharset();
    this.getInfo = OpenApiEndpoints.forPath(OpenApiEndpoints.GET_INFO_PATH, httpMethod, true);
    this.isLogin = OpenApiEndpoints.forPath(OpenApiEndpoints.IS_LOGIN_PATH, httpMethod, true);
    this.getInfoHandler = OpenApiWire.handler(getInfo, GetInfoResponse.class, expectedCharset);
    this.isLoginHandler = OpenApiWire.handler(isLogin, IsLoginResponse.class, expectedCharset);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code v3/user/get_info}: the user's profile (seed 002 lines 7-8; answer fields PROTOCOLS.md
   * §6). Read-only, so retried on timeouts, HTTP 5xx and retryable codes.
   *
   * @param request the request
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure; a {@code ret} other than
   *     0 is an {@link io.github.gamesdk.core.error.ApiException}
   */
  public GetInfoResponse getInfo(GetInfoRequest request) {
    return executor.execute(getInfoCall(request));
  }

  /**
   * Async form of {@link #getInfo}.
   *
   * @param request the request
   * @return the answer's future; fails with a {@link io.github.gamesdk.core.error.GameSdkException}
   */
  public CompletableFuture<GetInfoResponse> getInfoAsync(GetInfoRequest request) {
    return async(() -> getInfoCall(request));
  }

  /**
   * {@code v3/user/is_login}: checks that the openkey is still valid and extends it by two hours
   * (seed 002 line 21: "openkey过期时间为两小时,需要用v3/user/is_login接口续期"). Retried like a read:
   * renewing twice is harmless. {@link OpenKeyKeepAlive} calls it on a schedule.
   *
   * @param request the request
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure; an expired or unknown
   *     openkey is an {@link io.github.gamesdk.core.error.ApiException} whose {@link
   *     OpenApiErrorCode#endsSession()} is true
   */
  public IsLoginResponse isLogin(IsLoginRequest request) {
    return executor.execute(isLoginCall(request));
  }

  /**
   * Async form of {@link #isLogin}.
   *
   * @param request the request
   * @return the answer's future; fails with a {@link io.github.gamesdk.core.error.GameSdkException}
   */
  public CompletableFuture<IsLoginResponse> isLoginAsync(IsLoginRequest request) {
    return async(() -> isLoginCall(request));
  }

  /**
   * Any OpenAPI V3 path, {@code //[域名/IP]/[api_name]} (seed 002 lines 3-8), with the common
   * parameters and {@code sig} added to the request's own parameters, sent with the request's
   * method. Never retried once it may have reached the server, unless the request is declared
   * {@linkplain OpenApiRequest#idempotent() idempotent} or its path is {@code v3/user/get_info} or
   * {@code v3/user/is_login}.
   *
   * @param request the request
   * @return the {@code {ret,msg}} envelope and every other field, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure; a {@code ret} other than
   *     0 is an {@link io.github.gamesdk.core.error.ApiException}
   */
  public OpenApiResponse call(OpenApiRequest request) {
    return executor.execute(genericCall(request));
  }

  /**
   * Async form of {@link #call}.
   *
   * @param request the request
   * @return the answer's future; fails with a {@link io.github.gamesdk.core.error.GameSdkException}
   */
  public CompletableFuture<OpenApiResponse> callAsync(OpenApiRequest request) {
    return async(() -> genericCall(request));
  }

  /**
   * The appid sent as {@code appid}.
   *
   * @return the appid
   */
  public String appId() {
    return appId;
  }

  /**
   * The base URL.
   *
   * @return scheme, host and port
   */
  public HttpUrl baseUrl() {
    return wire.baseUrl();
  }

  /**
   * The method of {@link #getInfo} and {@link #isLogin}.
   *
   * @return POST unless the builder said GET
   */
  public HttpMethod httpMethod() {
    return httpMethod;
  }

  /**
   * The appid, base URL, method, timeouts and retry policy; never the appkey.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "OpenApiClient{appId=" + appId + ", baseUrl=" + wire.baseUrl() + ", method="
        + httpMethod + ", " + executor.timeouts() + ", " + executor.retryPolicy() + "}";
  }

  private PreparedCall<GetInfoResponse> getInfoCall(GetInfoRequest r) {
    InvalidRequestException.check(r != null, "request", "required");
    return prepare(getInfo, r, Collections.<String, String>emptyMap(), getInfoHandler);
  }

  private PreparedCall<IsLoginResponse> isLoginCall(IsLoginRequest r) {
    InvalidRequestException.check(r != null, "request", "required");
    return prepare(isLogin, r, Collections.<String, String>emptyMap(), isLoginHandler);
  }

  private PreparedCall<OpenApiResponse> genericCall(OpenApiRequest r) {
    InvalidRequestException.check(r != null, "request", "required");
    Endpoint ep = OpenApiEndpoints.forPath(r.path(), r.method(), r.idempotent());
    return prepare(
        ep, r, r.params(), OpenApiWire.handler(ep, OpenApiResponse.class, expectedCharset));
  }

  private <T> PreparedCall<T> prepare(
      Endpoint ep, CommonParams common, Map<String, String> params, ResponseHandler<T> handler) {
    return PreparedCall.of(
        ep, attempt -> wire.request(ep.method(), ep.path(), common, params), handler);
  }

  private <T> CompletableFuture<T> async(Supplier<PreparedCall<T>> call) {
    PreparedCall<T> prepared;
    try {
      prepared = call.get();
    } catch (InvalidRequestException e) {
      // A missing request is found while preparing the call; report it through the future like
      // every other failure of an async call.
      CompletableFuture<T> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
    return executor.executeAsync(prepared);
  }

  /** Builds an {@link OpenApiClient}. {@code appId} and {@code appKey} are required. */
  public static final class Builder {
    private String appId;
    private Secret appKey;
    private HttpUrl baseUrl = HttpUrl.get(OpenApiEnvironment.PRODUCTION.baseUrl());
    private HttpMethod httpMethod = OpenApiEndpoints.DEFAULT_METHOD;
    private boolean sendCharset = true;
    private GameSdkHttp http;
    private Timeouts timeouts = Timeouts.forServerLimit(DEFAULT_READ_TIMEOUT);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private final List<RequestListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * The application's {@code appid} (seed 002 line 22: 必须, unsigned int).
     *
     * @param appId digits
     * @return this builder
     * @throws InvalidRequestException if it is not digits
     */
    public Builder appId(String appId) {
      InvalidRequestException.check(
          appId != null && appId.matches("[0-9]{1,10}") && Long.parseLong(appId) <= 0xFFFFFFFFL,
          "appid",
          "must be an unsigned int (digits)");
      this.appId = appId;
      return this;
    }

    /**
     * The appkey, the key of {@code sig} (seed 002 line 23: "以appkey作为密钥"). Never printed.
     *
     * @param appKey the appkey
     * @return this builder
     */
    public Builder appKey(Secret appKey) {
      this.appKey = Objects.requireNonNull(appKey, "appKey");
      return this;
    }

    /**
     * One of the documented hosts (default {@link OpenApiEnvironment#PRODUCTION}).
     *
     * @param environment production domain or test IP
     * @return this builder
     */
    public Builder environment(OpenApiEnvironment environment) {
      return baseUrl(Objects.requireNonNull(environment, "environment").baseUrl());
    }

    /**
     * Another server: scheme, host and port only; the SDK appends the documented path (a fake,
     * a proxy, or the documented hosts over another scheme).
     *
     * @param baseUrl for example {@code http://127.0.0.1:8080}
     * @return this builder
     * @throws InvalidRequestException if it is not an http(s) URL without path or query
     */
    public Builder baseUrl(String baseUrl) {
      HttpUrl u = baseUrl == null ? null : HttpUrl.parse(baseUrl);
      InvalidRequestException.check(u != null, "baseUrl", "must be an http(s) URL");
      InvalidRequestException.check(
          u.encodedPath().equals("/") && u.query() == null && u.fragment() == null,
          "baseUrl",
          "must be scheme, host and port only; the SDK appends the documented path");
      this.baseUrl = u;
      return this;
    }

    /**
     * The method of {@code getInfo} and {@code isLogin} (default POST, the parameters form-encoded
     * in the body; GET puts them, the openkey and {@code sig} included, in the URL). The signed
     * source starts with the method used (PROTOCOLS.md §6). Requests through {@code call} carry
     * their own method.
     *
     * @param httpMethod GET or POST
     * @return this builder
     */
    public Builder httpMethod(HttpMethod httpMethod) {
      this.httpMethod = Objects.requireNonNull(httpMethod, "httpMethod");
      return this;
    }

    /**
     * Whether to send {@code charset=utf-8} (default {@code true}). Without it the server uses
     * its default, gbk, for the request and the answer (seed 002 line 29), and parameter values
     * outside ASCII may be misread; answers are then decoded as gbk unless they declare another
     * charset. Leave it on unless a server or proxy rejects the parameter.
     *
     * @param sendCharset whether to send the parameter
     * @return this builder
     */
    public Builder sendCharset(boolean sendCharset) {
      this.sendCharset = sendCharset;
      return this;
    }

    /**
     * The shared HTTP stack (default {@link GameSdkHttp#shared()}).
     *
     * @param http the stack
     * @return this builder
     */
    public Builder http(GameSdkHttp http) {
      this.http = Objects.requireNonNull(http, "http");
      return this;
    }

    /**
     * Timeouts (default: connect 2 s, read 3 s, seed 002 line 15).
     *
     * @param timeouts the timeouts
     * @return this builder
     */
    public Builder timeouts(Timeouts timeouts) {
      this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
      return this;
    }

    /**
     * The retry policy (default {@link RetryPolicy#defaults()}).
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Adds a listener called for every call.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder addListener(RequestListener listener) {
      this.listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws InvalidRequestException if the appid or appkey is missing
     */
    public OpenApiClient build() {
      InvalidRequestException.check(appId != null, "appid", "appId is required");
      InvalidRequestException.check(appKey != null, "appkey", "appKey is required");
      if (http == null) {
        http = GameSdkHttp.shared();
      }
      return new OpenApiClient(this);
    }
  }
}
