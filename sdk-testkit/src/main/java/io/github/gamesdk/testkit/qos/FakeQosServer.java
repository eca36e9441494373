package io.github.gamesdk.testkit.qos;

import io.github.gamesdk.testkit.FakeVendorServer;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.RetryPolicy;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.core.sign.CloudApiV2Signer;
import io.github.gamesdk.qos.QosClient;
import io.github.gamesdk.testkit.Fault;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A fake of Tencent Cloud QoS (seed 000) on mockwebserver3, bound to {@code 127.0.0.1} on a free
 * port: {@code GET /qos} with {@code Action=geturl}, {@code open} and {@code close}, and a
 * phone-id lookup at {@link #MOBILE_PATH} that {@code geturl} hands out as its {@code mobileUrl}.
 *
 * <p>Every {@code /qos} request is checked, in this order, and the first broken rule is answered
 * the way the vendor's two layers answer:
 *
 * <ol>
 *   <li>method {@code GET} ("请求方式：GET", seed 000 line 9): else HTTP 405;
 *   <li>the gateway (Tencent Cloud API 2.0; PROTOCOLS.md §5, {@code reference/error-codes.md} (g))
 *       answers {@code {"code":N,"message":"..."}}: {@code SecretId}, {@code Timestamp}, {@code
 *       Nonce} and {@code Signature} present and well-formed, else 4100; {@code SecretId} the one
 *       expected, else 4104; {@code Timestamp} within 2 hours of the fake's {@linkplain
 *       #setClock(Clock) clock}, else 4500; {@code Signature} equal to {@code
 *       base64(HMAC(key, "GET" + Host + "/qos?" + sorted parameters))}, recomputed with {@link
 *       CloudApiV2Signer} over the {@code Host} header the request arrived with, else 4100; the
 *       {@code Nonce} not seen before within the window, else 4500;
 *   <li>the QoS service answers {@code {"errno":1,"errmsg":"..."}} (seed 000 lines 41-58; errno 1
 *       is the only failure code the seed lists, so the fake uses it for every broken rule of the
 *       call itself): no parameter twice, {@code Action} one of the three, {@code GameId} the one
 *       expected, no undocumented parameter, {@code ReqType} 0 or 1, {@code PrivateIP} an IPv4
 *       address, {@code PublicIP} one too and present when {@code ReqType=1} (line 27), and for
 *       {@code open}/{@code close} {@code PhoneNO} present (it may be empty, line 160) and {@code
 *       DstIP} 1 to 4 comma-separated IPv4 addresses (line 148).
 * </ol>
 *
 * <p>A request that keeps the contract is answered with the next answer scripted for its action
 * ({@link #respondWith}), otherwise with the seed's example: {@code geturl} wrapped in {@code
 * Response} (lines 78-85) with the seed's placeholder {@code http://xxx.com} replaced by this
 * fake's own {@link #mobileUrl()}, so that a flow can run end to end; {@code open} (lines 196-201)
 * and {@code close} (lines 283-286) flat. The fake's own answers to {@code geturl} are all wrapped,
 * those of {@code open}/{@code close} all flat, as in the seed. The lookup answers {@code
 * {"result":"<the seed's encrypted number>"}} (lines 111-112) unless scripted with {@link
 * #MOBILE_URL}, for example with the seed's failure {@code
 * {"error":{"code":"4002","message":"Not supported!"}}} (line 116).
 *
 * <p>Before any of that, a fault queued with {@link #failNext(Fault)} replaces the answer. Every
 * request is recorded ({@link #requests()}, {@link #takeRequest()}), faults and violations
 * included. Thread-safe; close it (or use {@link QosFakeExtension}) when done.
 */
public final class FakeQosServer extends FakeVendorServer<RecordedQosRequest> {
  /** The seed's {@code GameId} (seed 000 line 66). */
  public static final String DEFAULT_GAME_ID = "8282828";

  /** The seed's {@code SecretId} (seed 000 line 67). */
  public static final String DEFAULT_SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA";

  /**
   * The SecretKey that Tencent's API 2.0 documentation pairs with the seed's {@code SecretId}
   * (PROTOCOLS.md §5 vectors); the seed itself shows no key.
   */
  public static final String DEFAULT_SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA";

  /** The path of the three actions (seed 000 line 7). */
  public static final String PATH = "/qos";

  /** Where the fake answers the phone-id lookup; {@code geturl} hands out this URL. */
  public static final String MOBILE_PATH = "/mobile";

  /** The key of {@link #respondWith} for the phone-id lookup. */
  public static final String MOBILE_URL = "mobileUrl";

  /** The seed's encrypted number (seed 000 lines 111-112, the PDF's line break removed). */
  public static final String SEED_PHONE_NO =
      "1462930663_q_Tl8WPi0PqGgOHWFnUXz/NXOXgHQm+EUOKD5v0qPo4l0Ue9fKGVK79/2QKUVhsVehckYyaDKZ7Hmmb1538k8nnQ==";

  /** The seed's {@code open} answer (seed 000 lines 196-201). */
  public static final String SEED_OPEN_ANSWER =
      "{\"errno\":0,\"errmsg\":\"success\",\"sessionId\":\"193424\",\"sessiontime\":7200}";

  /** The seed's {@code close} answer (seed 000 lines 283-286). */
  public static final String SEED_CLOSE_ANSWER = "{\"errno\":0,\"errmsg\":\"success\"}";

  /** The seed's failed lookup (seed 000 line 116). */
  public static final String SEED_MOBILE_URL_FAILURE =
      "{\"error\":{\"code\":\"4002\",\"message\":\"Not supported!\"}}";

  /**
   * Timeouts of {@link #clientBuilder()}: connect 1 s, read and write 2 s, a whole attempt 5 s.
   */
  public static final Timeouts TEST_TIMEOUTS =
      Timeouts.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));

  /** Retry policy of {@link #clientBuilder()}: 3 attempts, 5-20 ms apart, at most 2 s in all. */
  public static final RetryPolicy TEST_RETRY_POLICY =
      RetryPolicy.of(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(2));

  private final String gameId;
  private final String secretId;
  private final Secret secretKey;
  private final CloudApiV2Signer signer;
  private final String baseUrl;
  private final Map<String, Deque<Scripted>> scripted = new HashMap<>();
  private final Map<String, Long> nonces = new HashMap<>();
  private volatile Clock clock = Clock.systemUTC();
  private volatile QosClient client;

  private FakeQosServer(String gameId, String secretId, Secret secretKey) {
    super("fake QoS server");
    this.gameId = gameId;
    this.secretId = secretId;
    this.secretKey = secretKey;
    this.signer = CloudApiV2Signer.of(secretKey);
    this.baseUrl = listen();
  }

  /**
   * Starts a fake that expects the seed's {@code GameId} {@value #DEFAULT_GAME_ID} and {@code
   * SecretId} {@value #DEFAULT_SECRET_ID}, with the key {@value #DEFAULT_SECRET_KEY}.
   *
   * @return the running fake
   * @throws UncheckedIOException if no local port could be bound
   */
  public static FakeQosServer start() {
    return start(DEFAULT_GAME_ID, DEFAULT_SECRET_ID, Secret.of(DEFAULT_SECRET_KEY));
  }

  /**
   * Starts a fake that expects one game's credentials.
   *
   * @param gameId the {@code GameId} requests must carry (seed 000 line 19)
   * @param secretId the {@code SecretId} requests must carry (line 21)
   * @param secretKey the key the {@code Signature} must be computed with
   * @return the running fake
   * @throws IllegalArgumentException if {@code gameId} or {@code secretId} is empty
   * @throws UncheckedIOException if no local port could be bound
   */
  public static FakeQosServer start(String gameId, String secretId, Secret secretKey) {
    Objects.requireNonNull(gameId, "gameId");
    Objects.requireNonNull(secretId, "secretId");
    Objects.requireNonNull(secretKey, "secretKey");
    if (gameId.isEmpty() || secretId.isEmpty()) {
      throw new IllegalArgumentException("gameId and secretId must not be empty");
    }
    return new FakeQosServer(gameId, secretId, secretKey);
  }

  /**
   * The {@code GameId} the fake expects.
   *
   * @return the game id
   */
  public String gameId() {
    return gameId;
  }

  /**
   * The {@code SecretId} the fake expects.
   *
   * @return the key id
   */
  public String secretId() {
    return secretId;
  }

  /**
   * The base URL: pass it to {@code QosClient.Builder.baseUrl}.
   *
   * @return {@code http://127.0.0.1:PORT}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The fake's phone-id lookup URL, which its {@code geturl} answers as {@code mobileUrl}.
   *
   * @return {@code http://127.0.0.1:PORT/mobile}
   */
  public String mobileUrl() {
    return baseUrl + MOBILE_PATH;
  }

  /**
   * The clock the fake checks {@code Timestamp} against (default {@link Clock#systemUTC()}): a
   * request more than 2 hours off is refused with 4500. Give the client's fixed clock to a fake
   * that a client with a fixed clock calls.
   *
   * @param clock the clock
   */
  public void setClock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A builder of a client pointed at this fake, with its {@code GameId}, {@code SecretId} and
   * key, {@link #TEST_TIMEOUTS} and {@link #TEST_RETRY_POLICY}. Change anything before building.
   *
   * @return a new builder
   */
  public QosClient.Builder clientBuilder() {
    return QosClient.builder()
        .gameId(gameId)
        .secretId(secretId)
        .secretKey(secretKey)
        .baseUrl(baseUrl)
        .timeouts(TEST_TIMEOUTS)
        .retryPolicy(TEST_RETRY_POLICY);
  }

  /**
   * A client built from {@link #clientBuilder()}, the same instance on every call.
   *
   * @return the client
   */
  public QosClient client() {
    QosClient c = client;
    if (c == null) {
      synchronized (lock) {
        c = client;
        if (c == null) {
          c = clientBuilder().build();
          client = c;
        }
      }
    }
    return c;
  }

  /**
   * Scripts the answer of the next request that keeps the contract. The answers for one key form a
   * queue; each request takes one. The body is sent exactly as given (so a test can send the
   * wrapped or the flat form, or anything else).
   *
   * @param actionOrLookup {@code geturl}, {@code open}, {@code close}, or {@link #MOBILE_URL}
   * @param httpStatus the HTTP status
   * @param body the body, for example {@code {"errno":1,"errmsg":"..."}}
   */
  public void respondWith(String actionOrLookup, int httpStatus, String body) {
    Objects.requireNonNull(actionOrLookup, "actionOrLookup");
    Objects.requireNonNull(body, "body");
    if (!QosContract.ACTIONS.contains(actionOrLookup) && !MOBILE_URL.equals(actionOrLookup)) {
      throw new IllegalArgumentException("actionOrLookup must be geturl, open, close or mobileUrl");
    }
    if (httpStatus < 100 || httpStatus > 599) {
      throw new IllegalArgumentException("httpStatus must be 100..599");
    }
    synchronized (lock) {
      scripted.computeIfAbsent(actionOrLookup, k -> new ArrayDeque<>()).add(new Scripted(httpStatus, body));
    }
  }

  /**
   * {@inheritDoc}
   *
   * @return the request, as this vendor records it
   */
  @Override
  public RecordedQosRequest takeRequest() {
    return super.takeRequest();
  }

  /**
   * {@inheritDoc}
   *
   * @param timeout how long to wait
   * @param unit the unit of {@code timeout}
   * @return the request, as this vendor records it, or {@code null} if none arrived in time
   */
  @Override
  @Nullable
  public RecordedQosRequest takeRequest(long timeout, TimeUnit unit) {
    return super.takeRequest(timeout, unit);
  }

  /**
   * Forgets everything set or seen since the start: scripted answers, pending faults, the nonces
   * seen, recorded requests, and the clock (back to the system clock). The port and the {@link
   * #client()} stay.
   */
  @Override
  public void reset() {
    synchronized (lock) {
      scripted.clear();
      nonces.clear();
      super.reset();
      clock = Clock.systemUTC();
    }
  }

  /**
   * The game, base URL and request count; never the key.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "FakeQosServer{gameId=" + gameId + ", baseUrl=" + baseUrl + ", requests=" + requestCount() + "}";
  }

  @Override
  protected MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    Map<String, String> params = new LinkedHashMap<>();
    for (String name : url.queryParameterNames()) {
      String v = url.queryParameter(name);
      params.put(name, v == null ? "" : v);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : request.getHeaders().names()) {
      headers.put(name, request.getHeaders().get(name));
    }
    String host = request.getHeaders().get("Host");
    host = host == null ? "" : host;
    String method = request.getMethod() == null ? "" : request.getMethod();
    String path = url.encodedPath();
    synchronized (lock) {
      Fault fault = nextFault();
      Answer answer;
      boolean signatureValid = false;
      if (path.equals(PATH)) {
        signatureValid = signatureValid(params, host, method);
        answer = action(method, url, params, host, signatureValid, fault == null);
      } else if (path.equals(MOBILE_PATH)) {
        answer = lookup(method, fault == null);
      } else {
        answer = new Answer(404, "text/plain; charset=utf-8", "404 Not Found", "unknown path " + path);
      }
      Reply reply =
          fault != null
              ? faultReply(fault, answer.body)
              : reply(answer.status, answer.contentType, answer.body);
      RecordedQosRequest r =
          new RecordedQosRequest(
              requestCount(),
              method,
              path,
              host,
              url.encodedQuery(),
              params,
              headers,
              signatureValid,
              fault == null ? answer.violation : null,
              fault,
              reply.status(),
              reply.sent());
      record(r);
      return reply.response();
    }
  }

  /** Whether the Signature verifies over the other parameters and the Host header. */
  private boolean signatureValid(Map<String, String> params, String host, String method) {
    String sent = params.get("Signature");
    if (sent == null || (!method.equals("GET") && !method.equals("POST"))) {
      return false;
    }
    Map<String, String> unsigned = new TreeMap<>(params);
    unsigned.remove("Signature");
    String expected = signer.sign(method, host, PATH, unsigned).signature();
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code GET /qos}. Called under {@link #lock}.
   *
   * @param consume whether a scripted answer may be taken (not when a fault replaces the answer)
   */
  private Answer action(
      String method,
      HttpUrl url,
      Map<String, String> p,
      String host,
      boolean signatureValid,
      boolean consume) {
    String action = p.get("Action");
    boolean wrap = "geturl".equals(action);
    if (!"GET".equals(method)) {
      return new Answer(
          405, "text/plain; charset=utf-8", "405 Method Not Allowed",
          method + " is not supported: QoS calls are GET (seed 000 line 9)");
    }
    String problem = QosContract.auth(p);
    if (problem != null) {
      return gateway(4100, problem);
    }
    if (!secretId.equals(p.get("SecretId"))) {
      return gateway(4104, "SecretId is not the one this fake expects");
    }
    long timestamp = Long.parseLong(p.get("Timestamp"));
    long now = clock.instant().getEpochSecond();
    if (!QosContract.fresh(timestamp, now)) {
      return gateway(4500, "Timestamp is more than 2 hours from the server's time");
    }
    if (!signatureValid) {
      return gateway(
          4100,
          "Signature does not match base64(HMAC(key, \"GET\" + \"" + host + "\" + \"/qos?\" + sorted"
              + " parameters)) (PROTOCOLS.md §5)");
    }
    Long seen = nonces.get(p.get("Nonce"));
    if (seen != null && QosContract.fresh(seen, now)) {
      return gateway(4500, "Nonce " + p.get("Nonce") + " was already used");
    }
    nonces.put(p.get("Nonce"), timestamp);
    problem = QosContract.duplicate(url);
    if (problem == null && !QosContract.ACTIONS.contains(action)) {
      problem = "Action must be geturl, open or close";
    }
    if (problem == null && !gameId.equals(p.get("GameId"))) {
      problem = p.containsKey("GameId") ? "GameId is not the one this fake expects" : "missing required parameter GameId";
    }
    if (problem == null) {
      problem = QosContract.action(action, p);
    }
    if (problem != null) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("errno", 1);
      body.put("errmsg", problem);
      return json(GameSdkJson.writeString(body), wrap, problem);
    }
    Scripted s = consume ? next(action) : null;
    if (s != null) {
      return new Answer(s.status, contentType(s.body), s.body, null);
    }
    switch (action) {
      case "geturl":
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errno", 0);
        body.put("errmsg", "success");
        body.put("isQos", 1);
        body.put("mobileUrl", mobileUrl());
        return json(GameSdkJson.writeString(body), true, null);
      case "open":
        return json(SEED_OPEN_ANSWER, false, null);
      default:
        return json(SEED_CLOSE_ANSWER, false, null);
    }
  }

  /** The phone-id lookup. Called under {@link #lock}. */
  private Answer lookup(String method, boolean consume) {
    if (!"GET".equals(method)) {
      return new Answer(
          405, "text/plain; charset=utf-8", "405 Method Not Allowed",
          method + " is not supported: the lookup is a GET (seed 000 line 98)");
    }
    Scripted s = consume ? next(MOBILE_URL) : null;
    if (s != null) {
      return new Answer(s.status, contentType(s.body), s.body, null);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("result", SEED_PHONE_NO);
    return json(GameSdkJson.writeString(body), false, null);
  }

  @Nullable
  private Scripted next(String key) {
    Deque<Scripted> q = scripted.get(key);
    return q == null ? null : q.poll();
  }

  private static Answer gateway(int code, String problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("message", problem);
    return new Answer(200, "application/json; charset=utf-8", GameSdkJson.writeString(body), problem);
  }

  private static Answer json(String body, boolean wrap, @Nullable String violation) {
    String text = wrap ? "{\"Response\":" + body + "}" : body;
    return new Answer(200, "application/json; charset=utf-8", text, violation);
  }

  private static String contentType(String body) {
    String t = body.trim();
    return t.startsWith("<")
        ? "text/html; charset=utf-8"
        : t.startsWith("{") ? "application/json; charset=utf-8" : "text/plain; charset=utf-8";
  }

  /** An answer scripted with {@link #respondWith}. */
  private static final class Scripted {
    final int status;
    final String body;

    Scripted(int status, String body) {
      this.status = status;
      this.body = body;
    }
  }

  /** What the fake answers, and the contract violation it answers, if any. */
  private static final class Answer {
    final int status;
    final String contentType;
    final String body;
    final String violation;

    Answer(int status, String contentType, String body, @Nullable String violation) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
      this.violation = violation;
    }
  }
}
