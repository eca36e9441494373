package io.github.gamesdk.msdk;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.http.CallExecutor;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.PreparedCall;
import io.github.gamesdk.core.http.RequestFactory;
import io.github.gamesdk.core.http.RequestListener;
import io.github.gamesdk.core.http.RetryPolicy;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.core.sign.MsdkSigner;
import io.github.gamesdk.core.tea.RandomSource;
import io.github.gamesdk.msdk.internal.MsdkWire;
import io.github.gamesdk.msdk.model.MsdkRequest;
import io.github.gamesdk.msdk.model.MsdkResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/**
 * The client of the Tencent MSDK game backend (seed {@code 004_a22ae9e2991625ee.txt}): every call
 * of {@link MsdkEndpoints}, grouped by module ({@link #auth()}, {@link #relation()}, {@link
 * #share()}, {@link #freeflow()}), each in a blocking and an async form, and any of them through
 * {@link #call}.
 *
 * <p>Every request is a POST with a JSON body (two GET calls put their parameters in the query
 * string) to {@code /module/interface} with the fixed query parameters {@code timestamp}, {@code
 * appid}, {@code sig}, {@code openid}, {@code encode} (seed 004 lines 12-31) and, when configured,
 * {@code conn}, {@code msdkExtInfo}, {@code version} and {@code ishttps}. {@code sig =
 * md5(msdkkey + timestamp)} ({@code encode=2}, recommended) or {@code md5(appkey + timestamp)}
 * ({@code encode=1}), lower-case hex, with {@code timestamp} in Unix seconds from the client's
 * {@link Clock}, computed afresh for every attempt (lines 32-35, PROTOCOLS.md §3). With {@link
 * Builder#msdktea(boolean)} the bodies travel encrypted (lines 36-38, PROTOCOLS.md §4).
 *
 * <p>A call returns its typed response when {@code ret} is 0; any other {@code ret} is an {@link
 * io.github.gamesdk.core.error.ApiException} whose {@link MsdkErrorDetail} (via {@code
 * MsdkErrorDetail.of(e)}) holds {@code err_type} and the QQ or WeChat code relayed in {@code msg}.
 * Read-only calls are retried on timeouts, 5xx and retryable codes (such as {@code -503}, more than
 * about one request per second for one user); calls that send, share, push or change state are
 * never retried once the request may have reached the server.
 *
 * <p>Immutable and thread-safe. Build one per appid; many clients may share one {@link
 * GameSdkHttp}.
 *
 * <pre>{@code
 * MsdkClient msdk = MsdkClient.builder()
 *     .environment(MsdkEnvironment.PRODUCTION_HTTPS)
 *     .appId("100703379")
 *     .msdkKey(Secret.of(System.getenv("MSDK_KEY")))      // encode=2
 *     .build();
 * msdk.auth().verifyLogin(openid, VerifyLoginRequest.builder()
 *     .appid(100703379).openid(openid).openkey(Secret.of(accessToken)).userip("192.168.5.114")
 *     .build());
 * }</pre>
 */
public final class MsdkClient {
  /** The host unless changed: production over HTTPS (seed 004 line 10). */
  public static final MsdkEnvironment DEFAULT_ENVIRONMENT = MsdkEnvironment.PRODUCTION_HTTPS;

  /** The server's own time limit: "백그라운드 인터페이스 초과 시간은 3100ms" (seed 004 line 6). */
  public static final Duration SERVER_TIMEOUT = Duration.ofMillis(3100);

  /**
   * Read timeout unless changed: the server limit plus 500 ms, so that the server's own answer to a
   * call that hit its limit still arrives.
   */
  public static final Duration DEFAULT_READ_TIMEOUT = SERVER_TIMEOUT.plusMillis(500);

  /**
   * Retry policy unless changed: 3 attempts, backoff capped at 1 s then 2 s, 10 s in all. The
   * first delay is wider than the core default because the commonest retryable answer, {@code -503},
   * means more than about one request per second for the same user (MSDK wiki FAQ item 3).
   */
  public static final RetryPolicy DEFAULT_RETRY_POLICY =
      RetryPolicy.of(3, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(10));

  private final Builder settings;
  private final String appId;
  private final HttpUrl baseUrl;
  private final int encode;
  private final MsdkWire wire;
  private final CallExecutor executor;
  private final MsdkAuth auth;
  private final MsdkShare share;
  private final MsdkFreeflow freeflow;
  private final MsdkProfile profile;

  private MsdkClient(Builder b) {
    this.settings = b.copy();
    this.appId = b.appId;
    this.baseUrl = b.baseUrl;
    this.encode = b.msdkKey != null ? 2 : 1;
    Secret key = b.msdkKey != null ? b.msdkKey : b.appKey;
    this.wire =
        new MsdkWire(
            b.baseUrl,
            b.appId,
            MsdkSigner.of(key),
            encode,
            b.conn,
            b.msdkExtInfo,
            b.version,
            b.ishttps == null ? null : (b.ishttps ? 1 : 0),
            b.msdktea,
            b.authModule,
            b.clock,
            b.random);
    this.executor = new CallExecutor(b.http, b.timeouts, b.retryPolicy, b.listeners);
    this.auth = new MsdkAuth(this);
    this.share = new MsdkShare(this);
    this.freeflow = new MsdkFreeflow(this);
    this.profile = new MsdkProfile(this);
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
   * A builder holding this client's settings, to derive a client that differs in one of them (for
   * example another {@code msdkExtInfo}); the derived client shares the {@link GameSdkHttp}.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return settings.copy();
  }

  /**
   * The login calls, {@code /auth/*} (seed 004 lines 61-190).
   *
   * @return the group
   */
  public MsdkAuth auth() {
    return auth;
  }

  /**
   * The share calls, {@code /share/*} (seed 004 lines 2094-2277).
   *
   * @return the group
   */
  public MsdkShare share() {
    return share;
  }

  /**
   * The free-flow calls, {@code /freeflow/*} (seed 004 lines 2278-2360).
   *
   * @return the group
   */
  public MsdkFreeflow freeflow() {
    return freeflow;
  }

  // ---- /relation ----

  /**
   * The relation calls, {@code /relation/*} (seed 004 lines 193-1337): profiles, friends,
   * memberships and guild groups. The group holds nothing but this client, so a fresh view is as
   * good as a kept one.
   *
   * @return the group
   */
  public MsdkRelation relation() {
    return new MsdkRelation(this);
  }

  /**
   * The profile calls, {@code /profile/*} (seed 004 lines 1336-2093).
   *
   * @return the group
   */
  public MsdkProfile profile() {
    return profile;
  }

  /**
   * Runs any call of {@link MsdkEndpoints}, blocking.
   *
   * @param <Q> the request model
   * @param <R> the response model
   * @param endpoint the call, for example {@link MsdkEndpoints#AUTH_VERIFY_LOGIN}
   * @param openid the {@code openid} query parameter (the user the call is made for), or {@code
   *     null} to leave it out as some of the seed's examples do
   * @param request the request model
   * @return the answer, when {@code ret} is 0
   * @throws GameSdkException on any failure
   */
  public <Q extends MsdkRequest, R extends MsdkResponse> R call(
      MsdkEndpoint<Q, R> endpoint, @Nullable String openid, Q request) {
    return executor.execute(prepare(endpoint, openid, request));
  }

  /**
   * Runs any call of {@link MsdkEndpoints}, asynchronously.
   *
   * @param <Q> the request model
   * @param <R> the response model
   * @param endpoint the call
   * @param openid the {@code openid} query parameter, or {@code null} to leave it out
   * @param request the request model
   * @return the answer's future; fails with a {@link GameSdkException}, an invalid request included
   */
  public <Q extends MsdkRequest, R extends MsdkResponse> CompletableFuture<R> callAsync(
      MsdkEndpoint<Q, R> endpoint, @Nullable String openid, Q request) {
    PreparedCall<R> call;
    try {
      call = prepare(endpoint, openid, request);
    } catch (GameSdkException e) {
      CompletableFuture<R> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
    return executor.executeAsync(call);
  }

  /**
   * The one factory of every call: the request is serialized on the first attempt (so that an
   * async call reports a bad request through its future), each attempt gets a fresh {@code
   * timestamp} and {@code sig}.
   */
  private <Q extends MsdkRequest, R extends MsdkResponse> PreparedCall<R> prepare(
      MsdkEndpoint<Q, R> endpoint, @Nullable String openid, Q request) {
    InvalidRequestException.check(endpoint != null, "endpoint", "required");
    RequestFactory[] built = new RequestFactory[1];
    return PreparedCall.of(
        endpoint.endpoint(),
        attempt -> {
          if (built[0] == null) {
            built[0] = wire.prepare(endpoint, openid, request);
          }
          return built[0].create(attempt);
        },
        wire.handler(endpoint));
  }

  /**
   * The appid, sent as the {@code appid} query parameter.
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
    return baseUrl;
  }

  /**
   * The {@code encode} query parameter: 2 when signing with the msdkkey, 1 with the appkey.
   *
   * @return 2 or 1
   */
  public int encode() {
    return encode;
  }

  /**
   * Whether bodies are encrypted with {@code msdktea}.
   *
   * @return whether they are
   */
  public boolean msdktea() {
    return wire.encrypts();
  }

  /**
   * The settings, never the key.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "MsdkClient{appId=" + appId + ", baseUrl=" + baseUrl + ", encode=" + encode
        + ", msdktea=" + wire.encrypts() + ", " + executor.timeouts() + ", "
        + executor.retryPolicy() + "}";
  }

  /**
   * Builds an {@link MsdkClient}. {@code appId} and one key ({@link #msdkKey} or {@link #appKey})
   * are required.
   */
  public static final class Builder {
    private String appId;
    private Secret msdkKey;
    private Secret appKey;
    private HttpUrl baseUrl = DEFAULT_ENVIRONMENT.url();
    private Integer conn;
    private String msdkExtInfo;
    private String version;
    private Boolean ishttps;
    private boolean msdktea;
    private MsdkAuthModule authModule = MsdkAuthModule.AUTH;
    private Clock clock = Clock.systemUTC();
    private RandomSource random = RandomSource.secure();
    private GameSdkHttp http;
    private Timeouts timeouts = Timeouts.forServerLimit(DEFAULT_READ_TIMEOUT);
    private RetryPolicy retryPolicy = DEFAULT_RETRY_POLICY;
    private List<RequestListener> listeners = new ArrayList<>();

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.appId = appId;
      b.msdkKey = msdkKey;
      b.appKey = appKey;
      b.baseUrl = baseUrl;
      b.conn = conn;
      b.msdkExtInfo = msdkExtInfo;
      b.version = version;
      b.ishttps = ishttps;
      b.msdktea = msdktea;
      b.authModule = authModule;
      b.clock = clock;
      b.random = random;
      b.http = http;
      b.timeouts = timeouts;
      b.retryPolicy = retryPolicy;
      b.listeners = new ArrayList<>(listeners);
      return b;
    }

    /**
     * The game's appid, sent as the {@code appid} query parameter (seed 004 line 19: "게임
     * appid(모바일QQ 또는 위챗)"): digits for mobile QQ, {@code wx...} for WeChat, {@code G_...} for
     * a guest.
     *
     * @param appId letters, digits and {@code _}
     * @return this builder
     */
    public Builder appId(String appId) {
      InvalidRequestException.check(
          appId != null && appId.matches("[A-Za-z0-9_]+"), "appid", "must be letters, digits or _");
      this.appId = appId;
      return this;
    }

    /**
     * Signs with the msdkkey: {@code sig = md5(msdkkey + timestamp)}, {@code encode=2}, the
     * recommended way (seed 004 lines 23 and 33). Replaces an {@link #appKey} set before.
     *
     * @param msdkKey the msdkkey
     * @return this builder
     */
    public Builder msdkKey(Secret msdkKey) {
      this.msdkKey = Objects.requireNonNull(msdkKey, "msdkKey");
      this.appKey = null;
      return this;
    }

    /**
     * Signs with the appkey: {@code sig = md5(appkey + timestamp)}, {@code encode=1}, which the
     * seed no longer recommends (lines 23 and 32). Replaces a {@link #msdkKey} set before.
     *
     * @param appKey the appkey
     * @return this builder
     */
    public Builder appKey(Secret appKey) {
      this.appKey = Objects.requireNonNull(appKey, "appKey");
      this.msdkKey = null;
      return this;
    }

    /**
     * One of the six documented hosts (default {@link MsdkEnvironment#PRODUCTION_HTTPS}).
     *
     * @param environment the host
     * @return this builder
     */
    public Builder environment(MsdkEnvironment environment) {
      this.baseUrl = Objects.requireNonNull(environment, "environment").url();
      return this;
    }

    /**
     * Any other host: scheme, host and port only; the SDK appends {@code /module/interface}.
     *
     * @param baseUrl for example {@code http://127.0.0.1:8080}
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      HttpUrl u = baseUrl == null ? null : HttpUrl.parse(baseUrl);
      InvalidRequestException.check(u != null, "baseUrl", "must be an http(s) URL");
      InvalidRequestException.check(
          u.encodedPath().equals("/") && u.query() == null,
          "baseUrl",
          "must be scheme, host and port only; the SDK appends /module/interface");
      this.baseUrl = u;
      return this;
    }

    /**
     * {@code conn}: 1 for a long connection, 0 (the server's default) otherwise (seed 004 line 24).
     * Left out of the URL unless set.
     *
     * @param conn 0 or 1
     * @return this builder
     */
    public Builder conn(int conn) {
      InvalidRequestException.check(conn == 0 || conn == 1, "conn", "must be 0 or 1");
      this.conn = conn;
      return this;
    }

    /**
     * {@code msdkExtInfo}: a value the server echoes back in the answer, for example a request
     * serial number (seed 004 lines 25 and 66). Left out unless set.
     *
     * @param msdkExtInfo letters, digits and {@code _} only, as the seed requires
     * @return this builder
     */
    public Builder msdkExtInfo(String msdkExtInfo) {
      InvalidRequestException.check(
          msdkExtInfo != null && msdkExtInfo.matches("[A-Za-z0-9_]+"),
          "msdkExtInfo",
          "must be letters, digits and underscore only (seed 004 line 25)");
      this.msdkExtInfo = msdkExtInfo;
      return this;
    }

    /**
     * {@code version}: the MSDK version the caller has, for example {@code 3.0.0a} (seed 004 line
     * 26; {@code 2.16.0i} or later also turns on HTTPS links, line 39). Left out unless set.
     *
     * @param version the version, without spaces
     * @return this builder
     */
    public Builder version(String version) {
      InvalidRequestException.check(
          version != null && version.matches("[A-Za-z0-9._\\-]+"),
          "version",
          "must be a version such as 3.0.0a");
      this.version = version;
      return this;
    }

    /**
     * {@code ishttps}: {@code true} sends {@code ishttps=1}, asking for https URLs in answers, the
     * recommended way (seed 004 lines 27 and 39); {@code false} sends {@code ishttps=0}. Left out
     * unless set (http URLs).
     *
     * @param ishttps whether answers should carry https URLs
     * @return this builder
     */
    public Builder ishttps(boolean ishttps) {
      this.ishttps = ishttps;
      return this;
    }

    /**
     * Encrypts bodies with {@code msdktea} (seed 004 lines 36-38; PROTOCOLS.md §4): requests carry
     * {@code Content-Encrypt: msdktea} and {@code Accept-Encrypt: msdktea}. Off by default.
     *
     * @param msdktea whether to encrypt
     * @return this builder
     */
    public Builder msdktea(boolean msdktea) {
      this.msdktea = msdktea;
      return this;
    }

    /**
     * How to spell the login module: {@code /auth/...} (default) or {@code /wxoauth/...}, which the
     * seed declares interchangeable (line 61).
     *
     * @param authModule the spelling
     * @return this builder
     */
    public Builder authModule(MsdkAuthModule authModule) {
      this.authModule = Objects.requireNonNull(authModule, "authModule");
      return this;
    }

    /**
     * The clock {@code timestamp} is read from (default the system clock, UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The random bytes of the {@code msdktea} frames (default {@link RandomSource#secure()}); a
     * fixed source makes ciphertexts reproducible in tests.
     *
     * @param random the source
     * @return this builder
     */
    public Builder msdkteaRandom(RandomSource random) {
      this.random = Objects.requireNonNull(random, "random");
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
     * Timeouts (default: connect 2 s, read {@link #DEFAULT_READ_TIMEOUT}).
     *
     * @param timeouts the timeouts
     * @return this builder
     */
    public Builder timeouts(Timeouts timeouts) {
      this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
      return this;
    }

    /**
     * The retry policy (default {@link #DEFAULT_RETRY_POLICY}).
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
     * @throws InvalidRequestException if the appid or the key is missing
     */
    public MsdkClient build() {
      InvalidRequestException.check(appId != null, "appid", "appId is required");
      InvalidRequestException.check(
          msdkKey != null || appKey != null, "msdkkey", "msdkKey (encode=2) or appKey (encode=1) is required");
      if (http == null) {
        http = GameSdkHttp.shared();
      }
      return new MsdkClient(this);
    }

    /**
     * The settings, never the key.
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "MsdkClient.Builder{appId=" + appId + ", baseUrl=" + baseUrl + ", encode="
          + (msdkKey != null ? 2 : appKey != null ? 1 : "unset") + "}";
    }
  }
}
