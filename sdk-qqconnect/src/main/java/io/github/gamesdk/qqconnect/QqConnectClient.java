package io.github.gamesdk.qqconnect;

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
import io.github.gamesdk.qqconnect.internal.QqConnectWire;
import io.github.gamesdk.qqconnect.model.GcAchieveReportRequest;
import io.github.gamesdk.qqconnect.model.GcAchieveReportResponse;
import io.github.gamesdk.qqconnect.model.OAuthMeRequest;
import io.github.gamesdk.qqconnect.model.OAuthMeResponse;
import io.github.gamesdk.qqconnect.model.QcSetSummaryCardRequest;
import io.github.gamesdk.qqconnect.model.QcSetSummaryCardResponse;
import io.github.gamesdk.qqconnect.model.SendShareForInnerRequest;
import io.github.gamesdk.qqconnect.model.SendShareForInnerResponse;
import io.github.gamesdk.qqconnect.model.TransferCgiResponse;
import io.github.gamesdk.qqconnect.model.TransferResponse;
import io.github.gamesdk.qqconnect.model.UserCredentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/**
 * The client of the QQ Connect server interfaces (seed 003): the OpenSDK transfer CGI {@code
 * QQConnect.fcgi} ({@code send_share_for_inner}, {@code gc_achieve_report}, {@code
 * qc_set_summary_card}, or any other {@code cmd} through {@link #transfer}) and {@code
 * graph.qq.com/oauth2.0/me}. Every call exists in a blocking and an async form.
 *
 * <p>Immutable and thread-safe. Build one per appid; many clients may share one {@link
 * GameSdkHttp}. Every request is signed with {@code sign = md5(appkey + "$k$v..." + appkey)}
 * (PROTOCOLS.md §1). A call that fails after it may have reached the server is not retried: the
 * three {@code cmd}s all send, report or change something.
 *
 * <pre>{@code
 * QqConnectClient qq = QqConnectClient.builder()
 *     .appId("100330589")
 *     .appKey(Secret.of(System.getenv("QQ_APPKEY")))
 *     .build();
 * qq.sendShareForInner(SendShareForInnerRequest.builder()
 *     .openid(openid).accessToken(Secret.of(token))
 *     .addFopenids(ShareReceiver.of(friendOpenid))
 *     .imageUrl("https://example.com/a.png").targetUrl("https://example.com/")
 *     .gameTag(GameTag.MSG_INVITE)
 *     .build());
 * }</pre>
 */
public final class QqConnectClient {
  /** The transfer CGI's documented host, over HTTPS (seed 003 line 1573). */
  public static final String DEFAULT_BASE_URL = "https://proxy.vip.qq.com";

  /** graph.qq.com, where {@code oauth2.0/me} lives (seed 003 line 1583). */
  public static final String DEFAULT_GRAPH_BASE_URL = "https://graph.qq.com";

  /**
   * Read timeout unless changed: 5 s. Seed 003 documents no server limit; OpenAPI V3, the same
   * platform's gateway, documents 3 s (seed 002), and the transfer CGI calls through to it.
   */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);

  private final String appId;
  private final QqConnectWire wire;
  private final CallExecutor executor;
  private final HttpUrl baseUrl;
  private final HttpUrl graphBaseUrl;

  private QqConnectClient(Builder b) {
    this.appId = b.appId;
    this.baseUrl = b.baseUrl;
    this.graphBaseUrl = b.graphBaseUrl;
    this.wire = new QqConnectWire(b.appId, b.appKey, b.baseUrl, b.graphBaseUrl, b.jsonpCallback);
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
   * {@code cmd=send_share_for_inner}: shares a message to QQ friends (seed 003 line 954). Never
   * retried once it may have been sent.
   *
   * @param request the request
   * @return the answer, when {@code ret} and {@code data.ret} are 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public SendShareForInnerResponse sendShareForInner(SendShareForInnerRequest request) {
    return executor.execute(sendShareForInnerCall(request));
  }

  /**
   * Async form of {@link #sendShareForInner}.
   *
   * @param request the request
   * @return the answer's future; fails with a {@link io.github.gamesdk.core.error.GameSdkException}
   */
  public CompletableFuture<SendShareForInnerResponse> sendShareForInnerAsync(
      SendShareForInnerRequest request) {
    return executor.executeAsync(sendShareForInnerCall(request));
  }

  /**
   * {@code cmd=gc_achieve_report}: reports player values (seed 003 line 1700). Never retried once
   * it may have been sent.
   *
   * @param request the request
   * @return the answer, when {@code ret} and {@code data.ret} are 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public GcAchieveReportResponse gcAchieveReport(GcAchieveReportRequest request) {
    return executor.execute(gcAchieveReportCall(request));
  }

  /**
   * Async form of {@link #gcAchieveReport}.
   *
   * @param request the request
   * @return the answer's future; fails with a {@link io.github.gamesdk.core.error.GameSdkException}
   */
  public CompletableFuture<GcAchieveReportResponse> gcAchieveReportAsync(
      GcAchieveReportRequest request) {
    return executor.executeAsync(gcAchieveReportCall(request));
  }

  /**
   * {@code cmd=qc_set_summary_card}: sets the user's profile card and style (seed 003 line 1620).
   * Never retried once it may have been sent.
   *
   * @param request the request
   * @return the answer, when {@code ret} and {@code data.ret} are 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public QcSetSummaryCardResponse qcSetSummaryCard(QcSetSummaryCardRequest request) {
    return executor.execute(qcSetSummaryCardCall(request));
  }

  /**
   * Async form of {@link #qcSetSummaryCard}.
   *
   * @param request the request
   * @return the answer's future; fails with a {@link io.github.gamesdk.core.error.GameSdkException}
   */
  public CompletableFuture<QcSetSummaryCardResponse> qcSetSummaryCardAsync(
      QcSetSummaryCardRequest request) {
    return executor.executeAsync(qcSetSummaryCardCall(request));
  }

  /**
   * Any transfer-CGI {@code cmd}, with its parameters given by name (seed 003 line 1590: {@code
   * cmd} decides the function). The common parameters and {@code sign} are added. A {@code cmd}
   * that the SDK does not know is treated as changing state and is never retried once sent.
   *
   * @param cmd the {@code cmd}
   * @param openid {@code openid}
   * @param accessToken {@code access_token}
   * @param params the call-specific parameters, vendor names
   * @return the answer, when {@code ret} and {@code data.ret} are 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public TransferResponse transfer(
      String cmd, String openid, Secret accessToken, Map<String, String> params) {
    return executor.execute(transferCall(cmd, openid, accessToken, params));
  }

  /**
   * Async form of {@link #transfer}.
   *
   * @param cmd the {@code cmd}
   * @param openid {@code openid}
   * @param accessToken {@code access_token}
   * @param params the call-specific parameters, vendor names
   * @return the answer's future; fails with a {@link io.github.gamesdk.core.error.GameSdkException}
   */
  public CompletableFuture<TransferResponse> transferAsync(
      String cmd, String openid, Secret accessToken, Map<String, String> params) {
    PreparedCall<TransferResponse> call;
    try {
      call = transferCall(cmd, openid, accessToken, params);
    } catch (InvalidRequestException e) {
      // A bad cmd is found while preparing the call; report it through the future like every
      // other failure of an async call.
      CompletableFuture<TransferResponse> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
    return executor.executeAsync(call);
  }

  /**
   * {@code GET graph.qq.com/oauth2.0/me}: the openid (and optionally unionid) of an access token
   * (seed 003 line 1583). Read-only, so retried on timeouts and 5xx.
   *
   * @param request the request
   * @return the answer
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure; an {@code error} answer
   *     is an {@link io.github.gamesdk.core.error.ApiException}
   */
  public OAuthMeResponse me(OAuthMeRequest request) {
    return executor.execute(meCall(request));
  }

  /**
   * Async form of {@link #me}.
   *
   * @param request the request
   * @return the answer's future; fails with a {@link io.github.gamesdk.core.error.GameSdkException}
   */
  public CompletableFuture<OAuthMeResponse> meAsync(OAuthMeRequest request) {
    return executor.executeAsync(meCall(request));
  }

  /**
   * The QQ VIP page URL for this game (seed 003 line 726), on the documented page.
   *
   * @param code {@code code}: svip or vip
   * @param months {@code month}, at least 1
   * @param aid {@code aid}, assigned by QQ VIP
   * @return the URL
   * @throws InvalidRequestException if a parameter breaks its rule
   */
  public String vipPageUrl(VipCode code, int months, String aid) {
    return VipPageUrl.build(code, months, aid);
  }

  /**
   * The appid ({@code oauth_consumer_key}).
   *
   * @return the appid
   */
  public String appId() {
    return appId;
  }

  /**
   * The transfer CGI's base URL.
   *
   * @return scheme, host and port
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * graph.qq.com's base URL.
   *
   * @return scheme, host and port
   */
  public HttpUrl graphBaseUrl() {
    return graphBaseUrl;
  }

  @Override
  public String toString() {
    return "QqConnectClient{appId=" + appId + ", baseUrl=" + baseUrl + ", graphBaseUrl="
        + graphBaseUrl + ", " + executor.timeouts() + ", " + executor.retryPolicy() + "}";
  }

  private PreparedCall<SendShareForInnerResponse> sendShareForInnerCall(
      SendShareForInnerRequest r) {
    return transferCall(
        QqConnectEndpoints.SEND_SHARE_FOR_INNER, r, QqConnectWire.params(r),
        SendShareForInnerResponse.class);
  }

  private PreparedCall<GcAchieveReportResponse> gcAchieveReportCall(GcAchieveReportRequest r) {
    return transferCall(
        QqConnectEndpoints.GC_ACHIEVE_REPORT, r, QqConnectWire.params(r, appId),
        GcAchieveReportResponse.class);
  }

  private PreparedCall<QcSetSummaryCardResponse> qcSetSummaryCardCall(QcSetSummaryCardRequest r) {
    return transferCall(
        QqConnectEndpoints.QC_SET_SUMMARY_CARD, r, QqConnectWire.params(r),
        QcSetSummaryCardResponse.class);
  }

  private PreparedCall<TransferResponse> transferCall(
      String cmd, String openid, Secret accessToken, Map<String, String> params) {
    Endpoint ep = endpointFor(cmd);
    return PreparedCall.of(
        ep,
        a -> {
          checkCommon(openid, accessToken, params);
          return wire.transferRequest(ep.name(), openid, accessToken, params);
        },
        QqConnectWire.transferHandler(ep, TransferResponse.class));
  }

  private <T extends TransferCgiResponse> PreparedCall<T> transferCall(
      Endpoint ep, UserCredentials user, Map<String, String> params, Class<T> type) {
    return PreparedCall.of(
        ep,
        a -> wire.transferRequest(ep.name(), user.openid(), user.accessToken(), params),
        QqConnectWire.transferHandler(ep, type));
  }

  private PreparedCall<OAuthMeResponse> meCall(OAuthMeRequest r) {
    return PreparedCall.of(
        QqConnectEndpoints.OAUTH2_ME, a -> wire.meRequest(r), QqConnectWire.meHandler());
  }

  private static Endpoint endpointFor(String cmd) {
    InvalidRequestException.check(
        cmd != null && cmd.matches("[A-Za-z0-9_]+"), "cmd", "must be letters, digits or _");
    Endpoint known = QqConnectEndpoints.forCmd(cmd);
    return known != null
        ? known
        : Endpoint.mutation(
            QqConnectEndpoints.VENDOR, cmd, HttpMethod.GET, QqConnectEndpoints.TRANSFER_PATH);
  }

  private static void checkCommon(String openid, Secret accessToken, Map<String, String> params) {
    InvalidRequestException.check(
        openid != null && !openid.trim().isEmpty(), "openid", "must not be empty");
    InvalidRequestException.check(accessToken != null, "access_token", "required");
    InvalidRequestException.check(params != null, "params", "required (may be empty)");
  }

  /** Builds a {@link QqConnectClient}. {@code appId} and {@code appKey} are required. */
  public static final class Builder {
    private String appId;
    private Secret appKey;
    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
    private HttpUrl graphBaseUrl = HttpUrl.get(DEFAULT_GRAPH_BASE_URL);
    private GameSdkHttp http;
    private Timeouts timeouts = Timeouts.forServerLimit(DEFAULT_READ_TIMEOUT);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private final List<RequestListener> listeners = new ArrayList<>();
    private String jsonpCallback;

    private Builder() {}

    /**
     * The QQ Connect appid, sent as {@code oauth_consumer_key} (seed 003 line 1575).
     *
     * @param appId digits
     * @return this builder
     */
    public Builder appId(String appId) {
      InvalidRequestException.check(
          appId != null && appId.matches("\\d+"), "oauth_consumer_key", "appid must be digits");
      this.appId = appId;
      return this;
    }

    /**
     * The appkey that {@code sign} is computed with (seed 003 line 1620, "密钥").
     *
     * @param appKey the key
     * @return this builder
     */
    public Builder appKey(Secret appKey) {
      this.appKey = Objects.requireNonNull(appKey, "appKey");
      return this;
    }

    /**
     * Scheme, host and port of the transfer CGI; the SDK appends {@code /cgi-bin/QQConnect.fcgi}.
     * Default {@code https://proxy.vip.qq.com}; {@code http://proxy.vip.qq.com} is documented too.
     *
     * @param baseUrl for example {@code http://127.0.0.1:8080}
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = parseBase(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Scheme, host and port of graph.qq.com; the SDK appends {@code /oauth2.0/me}.
     *
     * @param graphBaseUrl for example {@code http://127.0.0.1:8080}
     * @return this builder
     */
    public Builder graphBaseUrl(String graphBaseUrl) {
      this.graphBaseUrl = parseBase(graphBaseUrl, "graphBaseUrl");
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
     * Asks the transfer CGI for JSONP ({@code format=jsonp&callback=NAME}, seed 003 line 1596);
     * the answer is unwrapped and read as usual. JSON is the default.
     *
     * @param callback the callback name, letters, digits and {@code _}
     * @return this builder
     */
    public Builder jsonp(String callback) {
      InvalidRequestException.check(
          callback != null && callback.matches("[A-Za-z_$][A-Za-z0-9_$]*"),
          "callback",
          "must be a JavaScript identifier");
      this.jsonpCallback = callback;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws InvalidRequestException if the appid or appkey is missing
     */
    public QqConnectClient build() {
      InvalidRequestException.check(appId != null, "oauth_consumer_key", "appId is required");
      InvalidRequestException.check(appKey != null, "appkey", "appKey is required");
      if (http == null) {
        http = GameSdkHttp.shared();
      }
      return new QqConnectClient(this);
    }

    private static HttpUrl parseBase(String url, String name) {
      HttpUrl u = url == null ? null : HttpUrl.parse(url);
      InvalidRequestException.check(u != null, name, "must be an http(s) URL");
      InvalidRequestException.check(
          u.encodedPath().equals("/") && u.query() == null,
          name,
          "must be scheme, host and port only; the SDK appends the documented path");
      return u;
    }
  }
}
