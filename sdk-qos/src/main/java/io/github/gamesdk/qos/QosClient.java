package io.github.gamesdk.qos;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.http.CallExecutor;
import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.PreparedCall;
import io.github.gamesdk.core.http.RequestListener;
import io.github.gamesdk.core.http.RetryPolicy;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.core.sign.CloudApiV2Signer;
import io.github.gamesdk.qos.internal.QosWire;
import io.github.gamesdk.qos.model.CloseRequest;
import io.github.gamesdk.qos.model.CloseResponse;
import io.github.gamesdk.qos.model.GetUrlRequest;
import io.github.gamesdk.qos.model.GetUrlResponse;
import io.github.gamesdk.qos.model.MobileUrlAnswer;
import io.github.gamesdk.qos.model.MobileUrlRequest;
import io.github.gamesdk.qos.model.OpenRequest;
import io.github.gamesdk.qos.model.OpenResponse;
import io.github.gamesdk.qos.model.QosRequest;
import io.github.gamesdk.qos.model.QosResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * The client of Tencent Cloud QoS, 4G acceleration for mobile games (seed 000): {@code
 * Action=geturl}, {@code open} and {@code close} on {@code GET /qos}, and the phone-id lookup at
 * {@code mobileUrl}. Every call exists in a blocking and an async form.
 *
 * <p>Immutable and thread-safe. Build one per game ({@code GameId}); many clients may share one
 * {@link GameSdkHttp}. Every request carries {@code GameId}, {@code SecretId}, a {@code Timestamp}
 * from the client's {@link Clock}, a {@code Nonce} from its {@link NonceSource}, {@code
 * SignatureMethod} and the Tencent Cloud API 2.0 {@code Signature} (PROTOCOLS.md §5) over the host
 * the request goes to. Each attempt is signed afresh, so a retry is never refused as a replay
 * (4500). {@code geturl} and the lookup are retried on timeouts and 5xx; {@code open} and {@code
 * close} are never retried once they may have reached the server (see {@link QosEndpoints}).
 *
 * <pre>{@code
 * QosClient qos = QosClient.builder()
 *     .gameId("8282828")
 *     .secretId("AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA")
 *     .secretKey(Secret.of(System.getenv("QOS_SECRET_KEY")))
 *     .build();
 * GetUrlResponse url = qos.geturl(GetUrlRequest.forServer(privateIp, publicIp));
 * // ... the phone fetches url.mobileUrl() and relays the answer ...
 * MobileUrlAnswer id = QosClient.parseMobileUrlAnswer(relayedJson);
 * OpenResponse session = qos.open(OpenRequest.builder()
 *     .privateIp(privateIp).publicIp(publicIp)
 *     .phoneNo(id.phoneNoOrEmpty())
 *     .addDstIps("1.1.1.1", "2.2.2.2")
 *     .build());
 * }</pre>
 */
public final class QosClient {
  /**
   * The documented host, over HTTPS (seed 000 line 7: {@code https://qos.api.cloud.tencent.com/qos}).
   * The seed's examples use {@code qos.api.qcloud.com} (line 64), the older name of the same API
   * domain; set it with {@link Builder#baseUrl(String)} if needed.
   */
  public static final String DEFAULT_BASE_URL = "https://qos.api.cloud.tencent.com";

  /**
   * Read timeout unless changed: 5 s. Seed 000 documents no server limit; this is the SDK's
   * default for vendors that document none.
   */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);

  private final String gameId;
  private final HttpUrl baseUrl;
  private final CloudApiV2Signer.Method signatureMethod;
  private final QosWire wire;
  private final CallExecutor executor;

  private QosClient(Builder b) {
    this.gameId = b.gameId;
    this.baseUrl = b.baseUrl;
    this.signatureMethod = b.signatureMethod;
    this.wire =
        new QosWire(
            b.gameId, b.secretId, b.secretKey, b.baseUrl, b.signatureMethod, b.clock, b.nonces);
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
   * Reads the answer of the phone-id lookup that the phone relayed to the backend (seed 000 lines
   * 109-116): {@code {"result":"..."}} or {@code {"error":{"code":"4002","message":"Not
   * supported!"}}}. The same as {@link MobileUrlAnswer#parse(String)}.
   *
   * @param json the JSON the phone received from {@code mobileUrl}
   * @return the answer; an {@code error} answer is returned, not thrown
   * @throws io.github.gamesdk.core.error.ResponseFormatException if it is not JSON, or holds
   *     neither {@code result} nor {@code error}
   */
  public static MobileUrlAnswer parseMobileUrlAnswer(String json) {
    return MobileUrlAnswer.parse(json);
  }

  /**
   * {@code Action=geturl}: the phone's acceleration state and the URL that looks its encrypted
   * number up (seed 000 line 15). Read-only, so retried on timeouts, HTTP 5xx and 4500.
   *
   * @param request the request
   * @return the answer, when {@code errno} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure; errno 1 ("获取唯一标识地址失败",
   *     line 58) is an {@link io.github.gamesdk.core.error.ApiException} with {@link
   *     QosErrorCode#GET_URL_FAILED}
   */
  public GetUrlResponse geturl(GetUrlRequest request) {
    return executor.execute(geturlCall(request));
  }

  /**
   * Async form of {@link #geturl}.
   *
   * @param request the request
   * @return the answer's future; fails with a {@link io.github.gamesdk.core.error.GameSdkException}
   */
  public CompletableFuture<GetUrlResponse> geturlAsync(GetUrlRequest request) {
    return async(() -> geturlCall(request));
  }

  /**
   * {@code Action=open}: starts 4G acceleration for the phone towards {@code DstIP} (seed 000 line
   * 132). Never retried once it may have been sent: if it fails with {@link
   * io.github.gamesdk.core.error.TransportException#mayHaveBeenSent()}, acceleration may be on; it
   * ends by itself after {@code sessiontime}, or call {@link #close}.
   *
   * @param request the request
   * @return the session, when {@code errno} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public OpenResponse open(OpenRequest request) {
    return executor.execute(openCall(request));
  }

  /**
   * Async form of {@link #open}.
   *
   * @param request the request
   * @return the answer's future; fails with a {@link io.github.gamesdk.core.error.GameSdkException}
   */
  public CompletableFuture<OpenResponse> openAsync(OpenRequest request) {
    return async(() -> openCall(request));
  }

  /**
   * {@code Action=close}: stops 4G acceleration for the phone (seed 000 line 221). Never retried
   * once it may have been sent (see {@link QosEndpoints}); sending it again after a timeout is the
   * caller's choice.
   *
   * @param request the request, for example {@link CloseRequest#of(OpenRequest)}
   * @return the answer, when {@code errno} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public CloseResponse close(CloseRequest request) {
    return executor.execute(closeCall(request));
  }

  /**
   * Async form of {@link #close}.
   *
   * @param request the request
   * @return the answer's future; fails with a {@link io.github.gamesdk.core.error.GameSdkException}
   */
  public CompletableFuture<CloseResponse> closeAsync(CloseRequest request) {
    return async(() -> closeCall(request));
  }

  /**
   * {@code GET {mobileUrl}}: the phone's encrypted number (seed 000 line 96), with the documented
   * {@code Content-Type} and {@code Accept} headers (lines 100-107). Read-only, so retried on
   * timeouts and HTTP 5xx.
   *
   * <p>The operator identifies the phone by the connection the request comes from: "本操作必须要在用户手机
   * 客户端执行，否则无法获得正确结果" (line 94). Call this from a Java client running on the phone's mobile
   * network, or in tests; a backend receives the answer from the phone instead and reads it with
   * {@link #parseMobileUrlAnswer(String)}. This client's {@code GameId}, keys and base URL are not
   * used: the URL is fetched as {@code geturl} gave it.
   *
   * @param request the {@code mobileUrl}
   * @return a {@code result} answer
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure; an {@code error} answer
   *     is an {@link io.github.gamesdk.core.error.ApiException}, for example 4002 {@link
   *     QosErrorCode#NOT_SUPPORTED}
   */
  public MobileUrlAnswer fetchMobileUrl(MobileUrlRequest request) {
    return executor.execute(mobileUrlCall(request));
  }

  /**
   * Async form of {@link #fetchMobileUrl}.
   *
   * @param request the {@code mobileUrl}
   * @return the answer's future; fails with a {@link io.github.gamesdk.core.error.GameSdkException}
   */
  public CompletableFuture<MobileUrlAnswer> fetchMobileUrlAsync(MobileUrlRequest request) {
    return async(() -> mobileUrlCall(request));
  }

  /**
   * The game ({@code GameId}).
   *
   * @return the game id
   */
  public String gameId() {
    return gameId;
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
   * The host that {@code Signature} covers: the base URL's host, with {@code :port} when the port
   * is not the scheme's default, as in the {@code Host} header.
   *
   * @return for example {@code qos.api.cloud.tencent.com}
   */
  public String signedHost() {
    return wire.signedHost();
  }

  /**
   * The {@code SignatureMethod} sent.
   *
   * @return the method
   */
  public CloudApiV2Signer.Method signatureMethod() {
    return signatureMethod;
  }

  /**
   * The game, base URL and settings; never the SecretId or the key.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "QosClient{gameId=" + gameId + ", baseUrl=" + baseUrl + ", signatureMethod="
        + signatureMethod + ", " + executor.timeouts() + ", " + executor.retryPolicy() + "}";
  }

  /** Runs a call async; a request found invalid while preparing fails the future, not the caller. */
  private <T> CompletableFuture<T> async(Supplier<PreparedCall<T>> prepare) {
    PreparedCall<T> call;
    try {
      call = prepare.get();
    } catch (InvalidRequestException e) {
      CompletableFuture<T> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
    return executor.executeAsync(call);
  }

  private PreparedCall<GetUrlResponse> geturlCall(GetUrlRequest r) {
    return actionCall(QosEndpoints.GETURL, r, GetUrlResponse.class);
  }

  private PreparedCall<OpenResponse> openCall(OpenRequest r) {
    return actionCall(QosEndpoints.OPEN, r, OpenResponse.class);
  }

  private PreparedCall<CloseResponse> closeCall(CloseRequest r) {
    return actionCall(QosEndpoints.CLOSE, r, CloseResponse.class);
  }

  private <T extends QosResponse> PreparedCall<T> actionCall(
      Endpoint ep, QosRequest r, Class<T> type) {
    InvalidRequestException.check(r != null, "request", "required");
    // The factory runs once per attempt: a fresh Timestamp and Nonce, and so a fresh Signature.
    return PreparedCall.of(ep, attempt -> wire.request(ep.name(), r), QosWire.handler(ep, type));
  }

  private PreparedCall<MobileUrlAnswer> mobileUrlCall(MobileUrlRequest r) {
    InvalidRequestException.check(r != null, "request", "required");
    return PreparedCall.of(
        QosEndpoints.MOBILE_URL, attempt -> QosWire.mobileUrlRequest(r), QosWire.mobileUrlHandler());
  }

  /**
   * Builds a {@link QosClient}. {@code gameId}, {@code secretId} and {@code secretKey} are
   * required.
   */
  public static final class Builder {
    private String gameId;
    private String secretId;
    private Secret secretKey;
    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
    private CloudApiV2Signer.Method signatureMethod = CloudApiV2Signer.Method.HMAC_SHA256;
    private Clock clock = Clock.systemUTC();
    private NonceSource nonces = NonceSource.random();
    private GameSdkHttp http;
    private Timeouts timeouts = Timeouts.forServerLimit(DEFAULT_READ_TIMEOUT);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private final List<RequestListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * {@code GameId} (seed 000 line 19): "游戏 ID，可登录到腾讯云控制台查看", shown in the Tencent Cloud
     * console. For example {@code 8282828} (line 66).
     *
     * @param gameId the game id: letters, digits, {@code -}, {@code _} or {@code .}
     * @return this builder
     * @throws InvalidRequestException if it is empty or holds other characters
     */
    public Builder gameId(String gameId) {
      InvalidRequestException.check(
          gameId != null && gameId.matches("[A-Za-z0-9_.\\-]{1,64}"),
          "GameId",
          "must be 1-64 letters, digits, '-', '_' or '.'");
      this.gameId = gameId;
      return this;
    }

    /**
     * {@code SecretId} (seed 000 line 21): the id of the API key, for example {@code
     * AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA} (line 67).
     *
     * @param secretId the key id: letters and digits
     * @return this builder
     * @throws InvalidRequestException if it is empty or holds other characters
     */
    public Builder secretId(String secretId) {
      InvalidRequestException.check(
          secretId != null && secretId.matches("[A-Za-z0-9]{1,128}"),
          "SecretId",
          "must be 1-128 letters and digits");
      this.secretId = secretId;
      return this;
    }

    /**
     * The SecretKey paired with {@code SecretId}: the key of {@code Signature} (PROTOCOLS.md §5).
     *
     * @param secretKey the key
     * @return this builder
     */
    public Builder secretKey(Secret secretKey) {
      this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
      return this;
    }

    /**
     * Scheme, host and port; the SDK appends {@code /qos}. Default {@value
     * QosClient#DEFAULT_BASE_URL}. The host (with a non-default port) is what {@code Signature}
     * covers, so it must be the host the request really reaches.
     *
     * @param baseUrl for example {@code https://qos.api.qcloud.com} or {@code http://127.0.0.1:8080}
     * @return this builder
     * @throws InvalidRequestException if it is not an http(s) URL of scheme, host and port only
     */
    public Builder baseUrl(String baseUrl) {
      HttpUrl u = baseUrl == null ? null : HttpUrl.parse(baseUrl);
      InvalidRequestException.check(u != null, "baseUrl", "must be an http(s) URL");
      InvalidRequestException.check(
          u.encodedPath().equals("/") && u.query() == null && u.fragment() == null,
          "baseUrl",
          "must be scheme, host and port only; the SDK appends /qos");
      this.baseUrl = u;
      return this;
    }

    /**
     * The {@code SignatureMethod} to send (PROTOCOLS.md §5): {@code HMAC_SHA256} by default, as
     * Tencent's own SDK sends; {@code HMAC_SHA1}; or {@code NONE}, which sends no {@code
     * SignatureMethod} and signs with HMAC-SHA1.
     *
     * @param method the method
     * @return this builder
     */
    public Builder signatureMethod(CloudApiV2Signer.Method method) {
      this.signatureMethod = Objects.requireNonNull(method, "signatureMethod");
      return this;
    }

    /**
     * The clock {@code Timestamp} is read from (default {@link Clock#systemUTC()}). The server
     * refuses a {@code Timestamp} more than 2 hours off (4500).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Where each attempt's {@code Nonce} comes from (default {@link NonceSource#random()}).
     *
     * @param nonces the source
     * @return this builder
     */
    public Builder nonceSource(NonceSource nonces) {
      this.nonces = Objects.requireNonNull(nonces, "nonceSource");
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
     * The retry policy (default {@link RetryPolicy#defaults()}); it applies to {@code geturl} and
     * the lookup only, and to requests that certainly were not sent.
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
     * @throws InvalidRequestException if {@code GameId}, {@code SecretId} or the key is missing
     */
    public QosClient build() {
      InvalidRequestException.check(gameId != null, "GameId", "gameId is required");
      InvalidRequestException.check(secretId != null, "SecretId", "secretId is required");
      InvalidRequestException.check(secretKey != null, "SecretKey", "secretKey is required");
      if (http == null) {
        http = GameSdkHttp.shared();
      }
      return new QosClient(this);
    }
  }
}
