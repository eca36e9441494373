package io.github.gamesdk.phonecheck;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.http.CallExecutor;
import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.http.PreparedCall;
import io.github.gamesdk.core.http.RequestListener;
import io.github.gamesdk.core.http.RetryPolicy;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.phonecheck.internal.PhoneCheckWire;
import io.github.gamesdk.phonecheck.model.PhoneCheckRequest;
import io.github.gamesdk.phonecheck.model.PhoneCheckResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/**
 * The client of the QXT virtual/privacy phone-number check (seed 001): {@code /ssPhone_Privacy}
 * answers whether one mainland mobile number is a privacy (virtual) number, where it is registered
 * and which carrier it uses now. The call exists in a blocking and an async form.
 *
 * <p>Immutable and thread-safe. Build one per apikey; many clients may share one {@link
 * GameSdkHttp}. The number is checked before anything is sent ({@link MobileNumber}). Queries go
 * by POST with a form body unless {@link Builder#httpMethod GET} is chosen (the seed advises POST,
 * line 64), over HTTPS unless another base URL is set (the seed documents both, lines 48-50).
 *
 * <p>Every query is billed against the account's balance (code -5, line 129), so a query that may
 * have reached the server is not sent again: see {@link PhoneCheckEndpoints} and {@link
 * Builder#retryAfterSend(boolean)}.
 *
 * <pre>{@code
 * PhoneCheckClient phones = PhoneCheckClient.builder()
 *     .apikey(Secret.of(System.getenv("QXT_APIKEY")))
 *     .build();
 * PhoneCheckResult r = phones.check("18466849135").result();
 * if (r.isPrivacyNumber()) { ... }            // Status "隐私号"
 * String province = r.province();             // "上海" of Area "上海-上海"
 * Carrier carrier = r.carrier();              // CHINA_MOBILE of Now_isp "中国移动"
 * }</pre>
 */
public final class PhoneCheckClient {
  /** The documented host over HTTPS (seed 001 line 50); {@code http://ps.szqxt.com} also works. */
  public static final String DEFAULT_BASE_URL = "https://ps.szqxt.com";

  /**
   * Read timeout unless changed: 5 s. The seed says answers take "about 100 ms" (line 38); a
   * timeout may cost a billed answer that is never read, so the margin is generous.
   */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);

  private final PhoneCheckWire wire;
  private final CallExecutor executor;
  private final HttpUrl baseUrl;
  private final HttpMethod method;
  private final Endpoint endpoint;

  private PhoneCheckClient(Builder b) {
    this.baseUrl = b.baseUrl;
    this.method = b.method;
    this.endpoint = PhoneCheckEndpoints.check(b.method, b.retryAfterSend);
    this.wire = new PhoneCheckWire(b.apikey, b.baseUrl);
    this.executor = new CallExecutor(b.http, b.timeouts, b.retryPolicy, b.listeners);
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
   * Checks one number: {@code /ssPhone_Privacy} with {@code apikey} and {@code mobile} (seed 001
   * line 58). Billed; not sent again once it may have reached the server, unless {@link
   * Builder#retryAfterSend(boolean)} says so.
   *
   * @param mobile the number: 11 digits starting with 13-19, {@code +86}/{@code 0086}/{@code 86}
   *     prefix allowed (see {@link MobileNumber})
   * @return the answer, when {@code code} is 0; its {@code result()} is never {@code null}
   * @throws InvalidRequestException if the number breaks the rule (nothing is sent)
   * @throws io.github.gamesdk.core.error.ApiException for any other {@code code}, with its {@link
   *     PhoneCheckErrorCode}
   * @throws io.github.gamesdk.core.error.GameSdkException on any other failure
   */
  public PhoneCheckResponse check(String mobile) {
    return check(PhoneCheckRequest.of(mobile));
  }

  /**
   * Checks the number of a request. See {@link #check(String)}.
   *
   * @param request the request
   * @return the answer, when {@code code} is 0; its {@code result()} is never {@code null}
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public PhoneCheckResponse check(PhoneCheckRequest request) {
    return executor.execute(checkCall(request));
  }

  /**
   * Async form of {@link #check(String)}. An invalid number fails the future; nothing is sent.
   *
   * @param mobile the number
   * @return the answer's future; fails with a {@link io.github.gamesdk.core.error.GameSdkException}
   */
  public CompletableFuture<PhoneCheckResponse> checkAsync(String mobile) {
    PhoneCheckRequest request;
    try {
      request = PhoneCheckRequest.of(mobile);
    } catch (InvalidRequestException e) {
      // Found while preparing the call; reported through the future like every other failure.
      CompletableFuture<PhoneCheckResponse> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
    return checkAsync(request);
  }

  /**
   * Async form of {@link #check(PhoneCheckRequest)}.
   *
   * @param request the request
   * @return the answer's future; fails with a {@link io.github.gamesdk.core.error.GameSdkException}
   */
  public CompletableFuture<PhoneCheckResponse> checkAsync(PhoneCheckRequest request) {
    return executor.executeAsync(checkCall(request));
  }

  /**
   * The base URL queries go to.
   *
   * @return scheme, host and port
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * How queries are sent.
   *
   * @return POST (the default) or GET
   */
  public HttpMethod httpMethod() {
    return method;
  }

  /**
   * The endpoint of this client's queries: method, and whether it is retried after it may have
   * been sent ({@link Endpoint#idempotent()}).
   *
   * @return the endpoint
   */
  public Endpoint endpoint() {
    return endpoint;
  }

  /**
   * The client's settings; never the apikey.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "PhoneCheckClient{baseUrl=" + baseUrl + ", method=" + method + ", retryAfterSend="
        + endpoint.idempotent() + ", " + executor.timeouts() + ", " + executor.retryPolicy() + "}";
  }

  private PreparedCall<PhoneCheckResponse> checkCall(PhoneCheckRequest r) {
    InvalidRequestException.check(r != null, "mobile", "required");
    return PreparedCall.of(
        endpoint, attempt -> wire.request(r, method), PhoneCheckWire.handler(endpoint));
  }

  /** Builds a {@link PhoneCheckClient}. {@code apikey} is required. */
  public static final class Builder {
    private Secret apikey;
    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
    private HttpMethod method = HttpMethod.POST;
    private boolean retryAfterSend;
    private GameSdkHttp http;
    private Timeouts timeouts = Timeouts.forServerLimit(DEFAULT_READ_TIMEOUT);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private final List<RequestListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * The account's key, sent as {@code apikey} ("用户唯一标识, 帐户信息", seed 001 line 72). Never
     * printed.
     *
     * @param apikey the key
     * @return this builder
     */
    public Builder apikey(Secret apikey) {
      this.apikey = Objects.requireNonNull(apikey, "apikey");
      return this;
    }

    /**
     * Scheme, host and port; the SDK appends {@code /ssPhone_Privacy}. Default {@value
     * #DEFAULT_BASE_URL}; {@code http://ps.szqxt.com} is documented too (line 48).
     *
     * @param baseUrl for example {@code http://127.0.0.1:8080}
     * @return this builder
     * @throws InvalidRequestException if it is not an http(s) URL of scheme, host and port only
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
     * How to send queries: POST (default; the seed's advice, line 64), the parameters in a
     * form-encoded body, or GET, the parameters in the query string as in the seed's example (line
     * 77). POST keeps the apikey and the number out of URLs and access logs.
     *
     * @param method POST or GET
     * @return this builder
     */
    public Builder httpMethod(HttpMethod method) {
      this.method = Objects.requireNonNull(method, "method");
      return this;
    }

    /**
     * Whether a query that may have reached the server is sent again after a timeout, an HTTP
     * 5xx or 429, or code -8 (system error). Default {@code false}: every query is billed (seed 001
     * line 129), and a second attempt could be billed again for one answer. With {@code true} the
     * check is treated as an idempotent query under the {@link RetryPolicy}: more answers, at the
     * risk of paying twice. A query that certainly did not reach the server is retried either way.
     *
     * @param retryAfterSend whether to retry after a possible send
     * @return this builder
     */
    public Builder retryAfterSend(boolean retryAfterSend) {
      this.retryAfterSend = retryAfterSend;
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
     * Timeouts (default: connect 2 s, read 5 s).
     *
     * @param timeouts the timeouts
     * @return this builder
     */
    public Builder timeouts(Timeouts timeouts) {
      this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
      return this;
    }

    /**
     * The retry policy (default {@link RetryPolicy#defaults()}); what it may retry is decided by
     * {@link #retryAfterSend(boolean)}.
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
     * @throws InvalidRequestException if the apikey is missing
     */
    public PhoneCheckClient build() {
      InvalidRequestException.check(apikey != null, "apikey", "required");
      if (http == null) {
        http = GameSdkHttp.shared();
      }
      return new PhoneCheckClient(this);
    }
  }
}
