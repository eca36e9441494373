package io.github.gamesdk.testkit.openapi;

import io.github.gamesdk.testkit.FakeVendorServer;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.RetryPolicy;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.core.sign.OpenApiV3Signer;
import io.github.gamesdk.openapi.OpenApiClient;
import io.github.gamesdk.testkit.Fault;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.Buffer;
import okio.ByteString;

/**
 * A fake of the Tencent Open Platform OpenAPI V3 gateway of seed 002 on mockwebserver3, bound to
 * {@code 127.0.0.1} on a free port. It serves {@code /v3/user/get_info}, {@code /v3/user/is_login}
 * and any path taught with {@link #registerApi}.
 *
 * <p>Every request is checked against the vendor contract, in this order, and the first broken
 * rule is answered as the gateway documents it (HTTP 200, {@code {"ret":code,"msg":...}}):
 *
 * <ol>
 *   <li>a path below {@code /v3/} (else HTTP 404) and the method GET or POST (else HTTP 405);
 *   <li>GET carries every parameter in the query string and no body; POST carries them
 *       form-encoded ({@code application/x-www-form-urlencoded}) in the body and none in the URL,
 *       as Tencent's own SDKs send them; no parameter twice: else the seed's error example {@value
 *       #SEED_ERROR_ANSWER} (seed 002 lines 36-40);
 *   <li>the common parameters {@code openid}, {@code openkey}, {@code appid}, {@code sig}, {@code
 *       pf}, {@code format}, {@code userip} and {@code charset} present and not empty (seed 002
 *       §1.3; see {@link #requireCharset(boolean)}), {@code format=json}, {@code appid} digits,
 *       {@code userip} an IP address: else {@code 1000002} as above;
 *   <li>{@code appid} is the fake's: else {@code -2} (APP_NOTEXIST);
 *   <li>{@code sig} equals {@code base64(HMAC-SHA1(appkey + "&", source))} over the other
 *       parameters, with the method and path the request came with (PROTOCOLS.md §6), recomputed
 *       with the fake's appkey: else {@code -5} (SIG);
 *   <li>the path is served: else {@code -9} (API_NOTEXIST);
 *   <li>the session is known and alive: an {@code openid} the fake does not know answers {@code
 *       -24}, a known {@code openid} with another {@code openkey} {@code -71}, an openkey more than
 *       two hours past its registration or last {@code is_login} {@code -23} (seed 002 line 21:
 *       "openkey过期时间为两小时,需要用v3/user/is_login接口续期");
 *   <li>a registered API's own required parameters are present: else {@code 1000002}.
 * </ol>
 *
 * <p>A request that keeps the contract is answered with the next answer scripted for its path
 * ({@link #respondWith}); otherwise {@code get_info} answers the user's profile (by default the
 * Tencent wiki's example {@value #GET_INFO_ANSWER}), {@code is_login} renews the openkey for two
 * hours and answers {@value #IS_LOGIN_ANSWER}, and a registered API answers its registered body.
 * Answers are written in UTF-8 when the request said {@code charset=utf-8}, in gbk otherwise (seed
 * 002 line 29), and say so in {@code Content-Type}; {@link #answerCharset} overrides both.
 *
 * <p>The user of the PROTOCOLS.md §6 example, {@value #DEFAULT_OPENID} with openkey {@value
 * #DEFAULT_OPENKEY}, is registered from the start; {@link #registerUser} adds others. Before any
 * check, a fault queued with {@link #failNext(Fault)} replaces the answer. Every request is
 * recorded ({@link #requests()}, {@link #takeRequest()}), faults and violations included.
 * Thread-safe; close it (or use {@link OpenApiFakeExtension}) when done.
 *
 * <pre>{@code
 * try (FakeOpenApiServer fake = FakeOpenApiServer.start()) {
 *   GetInfoResponse me = fake.client().getInfo(GetInfoRequest.of(
 *       FakeOpenApiServer.DEFAULT_OPENID, Secret.of(FakeOpenApiServer.DEFAULT_OPENKEY),
 *       "qzone", "112.90.139.30"));
 *   assertThat(fake.takeRequest().sigValid()).isTrue();
 * }
 * }</pre>
 */
public final class FakeOpenApiServer extends FakeVendorServer<RecordedOpenApiRequest> {
  /** The appid of the PROTOCOLS.md §6 example (Tencent Open Platform wiki): {@code 123456}. */
  public static final String DEFAULT_APP_ID = "123456";

  /** The appkey of the PROTOCOLS.md §6 example. */
  public static final String DEFAULT_APP_KEY = "228bf094169a40a3bd188ba37ebe8723";

  /** The openid of the PROTOCOLS.md §6 example, registered from the start. */
  public static final String DEFAULT_OPENID = "11111111111111111";

  /** The openkey of the PROTOCOLS.md §6 example, registered from the start. */
  public static final String DEFAULT_OPENKEY = "2222222222222222";

  /** {@code /v3/user/get_info} (seed 002 line 7). */
  public static final String GET_INFO_PATH = "/v3/user/get_info";

  /** {@code /v3/user/is_login} (seed 002 line 21). */
  public static final String IS_LOGIN_PATH = "/v3/user/is_login";

  /** How long an openkey lives without {@code is_login}: two hours (seed 002 line 21). */
  public static final Duration OPENKEY_LIFETIME = Duration.ofHours(2);

  /** The seed's error example (seed 002 lines 36-40), answered for a parameter error. */
  public static final String SEED_ERROR_ANSWER =
      "{\"ret\":1000002,\"msg\":\"您提交的参数不正确,请重新操作!\",\"uin\":0}";

  /**
   * The {@code get_info} answer unless a user is registered with another: the Tencent Open
   * Platform wiki's example, with the fields PROTOCOLS.md §6 lists (seed 002 gives none).
   */
  public static final String GET_INFO_ANSWER =
      "{\"ret\":0,\"is_lost\":0,\"nickname\":\"Peter\",\"gender\":\"男\",\"country\":\"中国\","
          + "\"province\":\"广东\",\"city\":\"深圳\","
          + "\"figureurl\":\"http://imgcache.qq.com/qzone_v4/client/userinfo_icon/1236153759.gif\","
          + "\"is_yellow_vip\":1,\"is_yellow_year_vip\":1,\"yellow_vip_level\":7,\"is_yellow_high_vip\":0}";

  /** The {@code is_login} answer: the Tencent Open Platform wiki's example. */
  public static final String IS_LOGIN_ANSWER = "{\"ret\":0,\"msg\":\"用户已登录\"}";

  /**
   * Timeouts of {@link #clientBuilder()}: connect 1 s, read and write 2 s, a whole attempt 5 s.
   * Fault tests usually set a shorter read timeout.
   */
  public static final Timeouts TEST_TIMEOUTS =
      Timeouts.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));

  /** Retry policy of {@link #clientBuilder()}: 3 attempts, 5-20 ms apart, at most 2 s in all. */
  public static final RetryPolicy TEST_RETRY_POLICY =
      RetryPolicy.of(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(2));

  private static final Pattern V3_PATH = Pattern.compile("/v3(/[A-Za-z0-9_]+)+");
  private static final Charset GBK = Charset.forName("GBK");

  /**
   * The platform's wording of the codes the fake answers, from the same table as seen through
   * QQ Connect (seed 003 lines 2210-2260; error-codes.md (f)).
   */
  private static final Map<Integer, String> MESSAGES;

  static {
    Map<Integer, String> m = new HashMap<>();
    m.put(OpenApiContract.APP_NOTEXIST, "请求中的 APPID 不存在");
    m.put(OpenApiContract.SIG, "签名验证失败");
    m.put(OpenApiContract.API_NOTEXIST, "API 不存在");
    m.put(OpenApiContract.INVALID_OPENKEY, "openkey 非法");
    m.put(OpenApiContract.INVALID_OPENID_OPENKEY, "openid openkey 验证失败");
    m.put(OpenApiContract.OPENID_OPENKEY_NOTMATCH, "openid 和 openkey 不匹配");
    MESSAGES = Collections.unmodifiableMap(m);
  }

  private final String appId;
  private final Secret appKey;
  private final OpenApiV3Signer signer;
  private final Clock clock;
  private final String baseUrl;
  private final Map<String, Deque<Scripted>> scripted = new HashMap<>();
  private final Map<String, User> users = new HashMap<>();
  private final Map<String, Api> apis = new HashMap<>();
  private boolean requireCharset = true;
  private Charset forcedCharset;
  private boolean declareForcedCharset;
  private volatile OpenApiClient client;

  private FakeOpenApiServer(String appId, Secret appKey, Clock clock) {
    super("fake OpenAPI server");
    this.appId = appId;
    this.appKey = appKey;
    this.signer = OpenApiV3Signer.of(appKey);
    this.clock = clock;
    registerDefaults();
    this.baseUrl = listen();
  }

  /**
   * Starts a fake that expects the PROTOCOLS.md §6 example's appid {@value #DEFAULT_APP_ID} and
   * appkey {@value #DEFAULT_APP_KEY}, on the system clock.
   *
   * @return the running fake
   * @throws UncheckedIOException if no local port could be bound
   */
  public static FakeOpenApiServer start() {
    return start(DEFAULT_APP_ID, Secret.of(DEFAULT_APP_KEY));
  }

  /**
   * Starts a fake that expects one app's credentials, on the system clock.
   *
   * @param appId the {@code appid} requests must carry (digits, seed 002 line 22)
   * @param appKey the key {@code sig} must be computed with (seed 002 line 23)
   * @return the running fake
   * @throws IllegalArgumentException if {@code appId} is not digits
   * @throws UncheckedIOException if no local port could be bound
   */
  public static FakeOpenApiServer start(String appId, Secret appKey) {
    return start(appId, appKey, Clock.systemUTC());
  }

  /**
   * Starts a fake that expects one app's credentials and ages openkeys by the given clock.
   *
   * @param appId the {@code appid} requests must carry (digits, seed 002 line 22)
   * @param appKey the key {@code sig} must be computed with (seed 002 line 23)
   * @param clock the clock that decides when an openkey has expired
   * @return the running fake
   * @throws IllegalArgumentException if {@code appId} is not digits
   * @throws UncheckedIOException if no local port could be bound
   */
  public static FakeOpenApiServer start(String appId, Secret appKey, Clock clock) {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(appKey, "appKey");
    Objects.requireNonNull(clock, "clock");
    if (!appId.matches("[0-9]{1,10}")) {
      throw new IllegalArgumentException("appId must be digits (appid, an unsigned int)");
    }
    return new FakeOpenApiServer(appId, appKey, clock);
  }

  /**
   * The appid the fake expects.
   *
   * @return the appid
   */
  public String appId() {
    return appId;
  }

  /**
   * The base URL: pass it to {@code OpenApiClient.Builder.baseUrl}.
   *
   * @return {@code http://127.0.0.1:PORT}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * A builder of a client pointed at this fake, with its appid and appkey, {@link #TEST_TIMEOUTS}
   * and {@link #TEST_RETRY_POLICY}. Change anything before building.
   *
   * @return a new builder
   */
  public OpenApiClient.Builder clientBuilder() {
    return OpenApiClient.builder()
        .appId(appId)
        .appKey(appKey)
        .baseUrl(baseUrl)
        .timeouts(TEST_TIMEOUTS)
        .retryPolicy(TEST_RETRY_POLICY);
  }

  /**
   * A client built from {@link #clientBuilder()}, the same instance on every call.
   *
   * @return the client
   */
  public OpenApiClient client() {
    OpenApiClient c = client;
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
   * Makes a session known: from now on the pair is valid for two hours, renewed by each {@code
   * is_login}; {@code get_info} answers {@link #GET_INFO_ANSWER} for it. A user may hold several
   * openkeys at once (seed 002 line 21, note 3).
   *
   * @param openid the {@code openid}
   * @param openkey the {@code openkey}
   */
  public void registerUser(String openid, Secret openkey) {
    registerUser(openid, openkey, GET_INFO_ANSWER);
  }

  /**
   * Makes a session known, with its own {@code get_info} answer.
   *
   * @param openid the {@code openid}
   * @param openkey the {@code openkey}
   * @param getInfoAnswer the JSON {@code get_info} answers for this user
   */
  public void registerUser(String openid, Secret openkey, String getInfoAnswer) {
    Objects.requireNonNull(openid, "openid");
    Objects.requireNonNull(openkey, "openkey");
    Objects.requireNonNull(getInfoAnswer, "getInfoAnswer");
    synchronized (lock) {
      User u = users.computeIfAbsent(openid, k -> new User());
      u.validUntil.put(openkey.reveal(), clock.instant().plus(OPENKEY_LIFETIME));
      u.profile = getInfoAnswer;
    }
  }

  /**
   * Lets every openkey of a user expire now, as two hours without {@code is_login} would: its
   * next call answers {@code -23}.
   *
   * @param openid the {@code openid}
   */
  public void expireOpenKeys(String openid) {
    synchronized (lock) {
      User u = users.get(openid);
      if (u != null) {
        Instant now = clock.instant();
        u.validUntil.replaceAll((k, v) -> now);
      }
    }
  }

  /**
   * When an openkey expires unless renewed.
   *
   * @param openid the {@code openid}
   * @param openkey the {@code openkey}
   * @return the instant, or {@code null} when the pair is not known
   */
  @Nullable
  public Instant openKeyValidUntil(String openid, Secret openkey) {
    synchronized (lock) {
      User u = users.get(openid);
      return u == null ? null : u.validUntil.get(openkey.reveal());
    }
  }

  /**
   * Teaches the fake another API path (seed 002 names only two; the platform has many, for
   * example {@code /v3/relation/get_app_friends}). The common checks apply; the named parameters
   * must be present and non-empty (else {@code 1000002}); the answer is {@code answer} unless
   * scripted.
   *
   * @param path a path below {@code /v3/}
   * @param answer the JSON answer, for example {@code {"ret":0,"items":[]}}
   * @param requiredParams the API's own required parameters
   */
  public void registerApi(String path, String answer, String... requiredParams) {
    Objects.requireNonNull(answer, "answer");
    if (path == null || !V3_PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("path must be /v3/ followed by names, e.g. /v3/user/is_setup");
    }
    List<String> required = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(requiredParams)));
    synchronized (lock) {
      apis.put(path, new Api(answer, required));
    }
  }

  /**
   * Whether a request without {@code charset} is refused (default {@code true}, since gamesdk
   * always sends it). With {@code false} it is served as the seed says: in gbk, the server's
   * default (seed 002 line 29).
   *
   * @param require whether {@code charset} is required
   */
  public void requireCharset(boolean require) {
    synchronized (lock) {
      this.requireCharset = require;
    }
  }

  /**
   * Writes every answer in one charset, whatever the request asked: a server that ignores {@code
   * charset}. With {@code declare} the {@code Content-Type} names it; without, it names none.
   *
   * @param charset the charset, or {@code null} to answer as the request asks again
   * @param declare whether {@code Content-Type} says {@code charset=...}
   */
  public void answerCharset(@Nullable Charset charset, boolean declare) {
    synchronized (lock) {
      this.forcedCharset = charset;
      this.declareForcedCharset = declare;
    }
  }

  /**
   * Scripts the answer of the next request to a path that keeps the contract. The answers for one
   * path form a queue; each request takes one. The body is encoded like the fake's own answers.
   *
   * @param path the path, for example {@value #GET_INFO_PATH}
   * @param httpStatus the HTTP status
   * @param body the body, for example {@code {"ret":-6,"msg":"..."}}
   */
  public void respondWith(String path, int httpStatus, String body) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
    if (httpStatus < 100 || httpStatus > 599) {
      throw new IllegalArgumentException("httpStatus must be 100..599");
    }
    synchronized (lock) {
      scripted.computeIfAbsent(path, k -> new ArrayDeque<>()).add(new Scripted(httpStatus, body));
    }
  }

  /**
   * {@inheritDoc}
   *
   * @return the request, as this vendor records it
   */
  @Override
  public RecordedOpenApiRequest takeRequest() {
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
  public RecordedOpenApiRequest takeRequest(long timeout, TimeUnit unit) {
    return super.takeRequest(timeout, unit);
  }

  /**
   * Forgets everything set or seen since the start: scripted answers, pending faults, users
   * (the default user is registered again, valid for two hours from now), APIs, charset settings
   * and recorded requests. The port and the {@link #client()} stay.
   */
  @Override
  public void reset() {
    synchronized (lock) {
      scripted.clear();
      users.clear();
      apis.clear();
      super.reset();
      requireCharset = true;
      forcedCharset = null;
      declareForcedCharset = false;
      registerDefaults();
    }
  }

  /**
   * The appid, base URL and request count; never the appkey.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "FakeOpenApiServer{appId=" + appId + ", baseUrl=" + baseUrl + ", requests="
        + requestCount() + "}";
  }

  private void registerDefaults() {
    User u = new User();
    u.validUntil.put(DEFAULT_OPENKEY, clock.instant().plus(OPENKEY_LIFETIME));
    u.profile = GET_INFO_ANSWER;
    users.put(DEFAULT_OPENID, u);
  }

  @Override
  protected MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    String method = request.getMethod() == null ? "" : request.getMethod();
    String path = url.encodedPath();
    ByteString bodyBytes = request.getBody();
    String body = bodyBytes == null ? "" : bodyBytes.string(StandardCharsets.ISO_8859_1);
    String contentType = request.getHeaders().get("Content-Type");
    synchronized (lock) {
      Fault fault = nextFault();
      Parsed parsed = parse(method, url.encodedQuery(), body, contentType);
      Answer answer = fault == null ? answer(method, path, parsed) : answer(method, path, parsed, false);
      boolean sigValid = parsed.params != null && sigValid(method, path, parsed.params);
      Reply reply;
      if (fault != null) {
        reply = faultReply(fault, answer.body);
      } else {
        Charset charset = forcedCharset != null ? forcedCharset : answer.charset;
        boolean declare = forcedCharset == null || declareForcedCharset;
        String type = answer.contentType + (declare ? "; charset=" + charsetName(charset) : "");
        reply =
            new Reply(
                new MockResponse.Builder()
                    .code(answer.status)
                    .setHeader("Content-Type", type)
                    .body(new Buffer().write(answer.body.getBytes(charset)))
                    .build(),
                answer.status,
                answer.body);
      }
      RecordedOpenApiRequest r =
          new RecordedOpenApiRequest(
              requestCount(),
              method,
              path,
              parsed.params == null ? Collections.<String, String>emptyMap() : parsed.params,
              body,
              contentType,
              sigValid,
              fault == null ? answer.violation : null,
              fault,
              reply.status(),
              reply.sent());
      record(r);
      return reply.response();
    }
  }

  private Answer answer(String method, String path, Parsed parsed) {
    return answer(method, path, parsed, true);
  }

  /** Called under {@link #lock}; takes scripted answers and renews openkeys only when {@code act}. */
  private Answer answer(String method, String path, Parsed parsed, boolean act) {
    if (!path.startsWith("/v3/")) {
      return Answer.plain(404, "404 Not Found", "unknown path " + path + " (OpenAPI paths start with /v3/)");
    }
    if (!"GET".equals(method) && !"POST".equals(method)) {
      return Answer.plain(405, "405 Method Not Allowed", method + " is not supported (GET or POST)");
    }
    if (parsed.problem != null) {
      return seedError(parsed.problem, parsed.charset);
    }
    Map<String, String> p = parsed.params;
    for (String name : OpenApiContract.REQUIRED) {
      if (name.equals("charset") && !requireCharset) {
        continue;
      }
      String v = p.get(name);
      if (v == null || v.isEmpty()) {
        return seedError("missing required parameter " + name, parsed.charset);
      }
    }
    String problem = OpenApiContract.values(p);
    if (problem != null) {
      return seedError(problem, parsed.charset);
    }
    if (!appId.equals(p.get("appid"))) {
      return error(OpenApiContract.APP_NOTEXIST, "appid is not the one this fake expects", parsed.charset);
    }
    if (!sigValid(method, path, p)) {
      return error(
          OpenApiContract.SIG,
          "sig does not match base64(HMAC-SHA1(appkey&, " + method + "&path&params))",
          parsed.charset);
    }
    Api api = apis.get(path);
    if (!path.equals(GET_INFO_PATH) && !path.equals(IS_LOGIN_PATH) && api == null) {
      return error(OpenApiContract.API_NOTEXIST, "path " + path + " is not served", parsed.charset);
    }
    Instant now = clock.instant();
    User user = users.get(p.get("openid"));
    if (user == null) {
      return error(OpenApiContract.INVALID_OPENID_OPENKEY, "openid is not known", parsed.charset);
    }
    Instant validUntil = user.validUntil.get(p.get("openkey"));
    if (validUntil == null) {
      return error(OpenApiContract.OPENID_OPENKEY_NOTMATCH, "openkey is not this openid's", parsed.charset);
    }
    if (!now.isBefore(validUntil)) {
      return error(OpenApiContract.INVALID_OPENKEY, "openkey expired", parsed.charset);
    }
    if (api != null) {
      for (String name : api.required) {
        String v = p.get(name);
        if (v == null || v.isEmpty()) {
          return seedError("missing required parameter " + name + " of " + path, parsed.charset);
        }
      }
    }
    if (!act) {
      return json(defaultAnswer(path, user, api), parsed.charset);
    }
    if (path.equals(IS_LOGIN_PATH)) {
      user.validUntil.put(p.get("openkey"), now.plus(OPENKEY_LIFETIME));
    }
    Deque<Scripted> q = scripted.get(path);
    Scripted s = q == null ? null : q.poll();
    if (s != null) {
      String trimmed = s.body.trim();
      String type =
          trimmed.startsWith("{")
              ? "application/json"
              : trimmed.startsWith("<") ? "text/html" : "text/plain";
      return new Answer(s.status, type, s.body, parsed.charset, null);
    }
    return json(defaultAnswer(path, user, api), parsed.charset);
  }

  private static String defaultAnswer(String path, User user, @Nullable Api api) {
    if (path.equals(GET_INFO_PATH)) {
      return user.profile;
    }
    if (path.equals(IS_LOGIN_PATH)) {
      return IS_LOGIN_ANSWER;
    }
    return api.answer;
  }

  private boolean sigValid(String method, String path, Map<String, String> params) {
    String sig = params.get("sig");
    if (sig == null || (!"GET".equals(method) && !"POST".equals(method))) {
      return false;
    }
    String expected = signer.sign(method, path, params).signature();
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), sig.getBytes(StandardCharsets.UTF_8));
  }

  /** Where the parameters are, decoded, or what is wrong with how they came. */
  private Parsed parse(String method, @Nullable String query, String body, @Nullable String contentType) {
    boolean post = "POST".equals(method);
    List<OpenApiContract.RawPair> raw = OpenApiContract.split(post ? body : query);
    String rawCharset = null;
    for (OpenApiContract.RawPair pair : raw) {
      if (pair.name.equals("charset")) {
        rawCharset = pair.value;
      }
    }
    Charset charset = OpenApiContract.charsetOf(rawCharset);
    Map<String, String> params = new TreeMap<>();
    String problem = null;
    for (OpenApiContract.RawPair pair : raw) {
      String name = OpenApiContract.decode(pair.name, charset);
      String value = OpenApiContract.decode(pair.value, charset);
      if (params.containsKey(name)) {
        problem = problem == null ? "parameter " + name + " sent twice" : problem;
      } else {
        params.put(name, value);
      }
    }
    if (post) {
      if (query != null && !query.isEmpty()) {
        problem = "a POST carries its parameters in the form body, not in the URL";
      } else if (contentType == null
          || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
        problem = "a POST body must be application/x-www-form-urlencoded";
      }
    } else if (!body.isEmpty()) {
      problem = "a GET carries its parameters in the query string and has no body";
    }
    return new Parsed(params, problem, charset);
  }

  private static Answer seedError(String problem, Charset charset) {
    return new Answer(200, "application/json", SEED_ERROR_ANSWER, charset, problem);
  }

  private static Answer error(int ret, String problem, Charset charset) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ret", ret);
    body.put("msg", MESSAGES.get(ret) + ": " + problem);
    return new Answer(200, "application/json", GameSdkJson.writeString(body), charset, problem);
  }

  private static Answer json(String body, Charset charset) {
    return new Answer(200, "application/json", body, charset, null);
  }

  private static String charsetName(Charset c) {
    return c.equals(StandardCharsets.UTF_8) ? "utf-8" : c.equals(GBK) ? "gbk" : c.name();
  }

  /** A session table entry: each openkey of the user and when it expires, and the profile. */
  private static final class User {
    final Map<String, Instant> validUntil = new HashMap<>();
    String profile;
  }

  /** A path taught with {@link #registerApi}. */
  private static final class Api {
    final String answer;
    final List<String> required;

    Api(String answer, List<String> required) {
      this.answer = answer;
      this.required = required;
    }
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

  /** The decoded parameters, and a problem with the way they came. */
  private static final class Parsed {
    final Map<String, String> params;
    final String problem;
    final Charset charset;

    Parsed(Map<String, String> params, @Nullable String problem, Charset charset) {
      this.params = params;
      this.problem = problem;
      this.charset = charset;
    }
  }

  /** What the fake answers, and the contract violation it answers, if any. */
  private static final class Answer {
    final int status;
    final String contentType;
    final String body;
    final Charset charset;
    final String violation;

    Answer(int status, String contentType, String body, Charset charset, @Nullable String violation) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
      this.charset = charset;
      this.violation = violation;
    }

    static Answer plain(int status, String body, String violation) {
      return new Answer(status, "text/plain", body, StandardCharsets.UTF_8, violation);
    }
  }
}
