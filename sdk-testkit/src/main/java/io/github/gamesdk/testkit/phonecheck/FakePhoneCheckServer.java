package io.github.gamesdk.testkit.phonecheck;

import io.github.gamesdk.testkit.FakeVendorServer;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.RetryPolicy;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.phonecheck.PhoneCheckClient;
import io.github.gamesdk.phonecheck.model.PrivacyStatus;
import io.github.gamesdk.testkit.Fault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.ByteString;

/**
 * A fake of the QXT phone check of seed 001 ({@code /ssPhone_Privacy}) on mockwebserver3, bound to
 * {@code 127.0.0.1} on a free port.
 *
 * <p>Every request is checked against the vendor contract, in this order; the first broken rule is
 * answered as the seed's error table (lines 120-131) describes it, HTTP 200 with {@code {code: N,
 * reason: "<the table's text>: <the problem>"}}:
 *
 * <ol>
 *   <li>path {@code /ssPhone_Privacy} (lines 60-62; compared without case, since the seed's own
 *       example URLs write {@code /ssphone_privacy}, lines 77 and 95): else HTTP 404;
 *   <li>method GET or POST (line 64): else HTTP 405;
 *   <li>parameters: in the query string of a GET (line 77); in a form-encoded body (or the query
 *       string) of a POST; no name twice: else {@code 1};
 *   <li>{@code apikey} and {@code mobile} present and not empty (lines 72-73): else {@code 1}
 *       ("请求参数缺失");
 *   <li>{@code apikey} of the expected key's length: else {@code 1} ("apikey 长度不对", line 124);
 *       the expected key: else {@code -1} (line 125);
 *   <li>{@code mobile} of 11 characters: else {@code -2} (line 126); 11 digits starting with 13-19:
 *       else {@code -3} (line 127). One number per call, no {@code +86}: the vendor's form;
 *   <li>the account's balance covers the query: else {@code -5} (line 129). See {@link
 *       #setBalance(long)}.
 * </ol>
 *
 * <p>A request that keeps the contract is billed (one query off the balance, {@link
 * #billedQueries()}) and answered with the next answer scripted with {@link #respondWith}, or else
 * with what the fake knows of the number: the seed's two numbers are known ({@value
 * #SEED_NOT_PRIVACY_MOBILE}, not a privacy number, 广东-深圳, line 86; {@value #SEED_PRIVACY_MOBILE},
 * a privacy number, 上海-上海, line 102), more can be added with {@link #registerNumber}, and any other
 * number is answered like the documented example (非隐私号, 广东-深圳, 中国移动, lines 87-89). Answers
 * are written with unquoted keys like the seed's ({@link KeyStyle#UNQUOTED}, the default) or as
 * standard JSON ({@link #keyStyle(KeyStyle)}).
 *
 * <p>Billing: a default answer is billed; a scripted answer only when it is a 2xx with {@code code}
 * 0; a {@link Fault} is billed when the request kept the contract and the balance allowed it: the
 * vendor looked the number up and charged, and the answer was lost on the way back, the worst case
 * for a caller deciding whether to retry.
 *
 * <p>Before any of that, a fault queued with {@link #failNext(Fault)} replaces the answer. Every
 * request is recorded ({@link #requests()}, {@link #takeRequest()}), faults and violations
 * included. Thread-safe; close it (or use {@link PhoneCheckFakeExtension}) when done.
 *
 * <pre>{@code
 * try (FakePhoneCheckServer fake = FakePhoneCheckServer.start()) {
 *   assertThat(fake.client().check("18466849135").result().isPrivacyNumber()).isTrue();
 *   assertThat(fake.takeRequest().param("mobile")).isEqualTo("18466849135");
 * }
 * }</pre>
 */
public final class FakePhoneCheckServer extends FakeVendorServer<RecordedPhoneCheckRequest> {
  /** The apikey of the seed's parameter table, {@code 7c11272au708345c834b8ue81ac78972} (line 72). */
  public static final String DEFAULT_APIKEY = "7c11272au708345c834b8ue81ac78972";

  /** The path (seed 001 lines 60-62). */
  public static final String PATH = "/ssPhone_Privacy";

  /** The number of the documented answer: not a privacy number, 广东-深圳, 中国移动 (lines 86-89). */
  public static final String SEED_NOT_PRIVACY_MOBILE = "18819079212";

  /** The number of the browser-captured answer: a privacy number, 上海-上海, 中国移动 (lines 102-105). */
  public static final String SEED_PRIVACY_MOBILE = "18466849135";

  /** {@code reason} of a successful answer (lines 84, 112). */
  public static final String SUCCESS_REASON = "Succ";

  /**
   * Timeouts of {@link #clientBuilder()}: connect 1 s, read and write 2 s, a whole attempt 5 s.
   * Fault tests usually set a shorter read timeout.
   */
  public static final Timeouts TEST_TIMEOUTS =
      Timeouts.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));

  /** Retry policy of {@link #clientBuilder()}: 3 attempts, 5-20 ms apart, at most 2 s in all. */
  public static final RetryPolicy TEST_RETRY_POLICY =
      RetryPolicy.of(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(2));

  /** The table's text of each code (seed 001 lines 123-131). */
  private static final Map<Integer, String> SEED_REASONS;

  static {
    Map<Integer, String> m = new HashMap<>();
    m.put(1, "请求参数缺失,apikey 长度不对,查询的手机号码长度不对,查询的手机号码有误");
    m.put(-1, "apikey 信息不匹配(用户信息不正确)apikey 不正确");
    m.put(-2, "查询的手机号码长度不对");
    m.put(-3, "请填写正确的手机号码");
    m.put(-4, "未查询到相关信息或填写正确的手机号码再查询");
    m.put(-5, "当前余额不足发起本次查询请求,请与供应商联系");
    m.put(-8, "系统错误,请稍候再试");
    m.put(-9, "ip 地址鉴权失败");
    SEED_REASONS = Collections.unmodifiableMap(m);
  }

  private static final Pattern MAINLAND = Pattern.compile("1[3-9][0-9]{9}");
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String JSON_TYPE = "application/json; charset=utf-8";

  private final Secret apikey;
  private final byte[] apikeyBytes;
  private final String baseUrl;
  private final Deque<Scripted> scripted = new ArrayDeque<>();
  private final Map<String, Known> numbers = new HashMap<>();
  private KeyStyle keyStyle = KeyStyle.UNQUOTED;
  private long balance = Long.MAX_VALUE;
  private long billed;
  private volatile PhoneCheckClient client;

  private FakePhoneCheckServer(Secret apikey) {
    super("fake phone-check server");
    this.apikey = apikey;
    this.apikeyBytes = apikey.revealBytes();
    registerSeedNumbers();
    this.baseUrl = listen();
  }

  /**
   * Starts a fake that expects the seed's example apikey {@value #DEFAULT_APIKEY} (line 72).
   *
   * @return the running fake
   * @throws UncheckedIOException if no local port could be bound
   */
  public static FakePhoneCheckServer start() {
    return start(Secret.of(DEFAULT_APIKEY));
  }

  /**
   * Starts a fake that expects one account's apikey.
   *
   * @param apikey the key requests must carry as {@code apikey} (line 72)
   * @return the running fake
   * @throws UncheckedIOException if no local port could be bound
   */
  public static FakePhoneCheckServer start(Secret apikey) {
    Objects.requireNonNull(apikey, "apikey");
    return new FakePhoneCheckServer(apikey);
  }

  /**
   * The base URL: pass it to {@code PhoneCheckClient.Builder.baseUrl}.
   *
   * @return {@code http://127.0.0.1:PORT}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * A builder of a client pointed at this fake, with this fake's apikey, {@link #TEST_TIMEOUTS}
   * and {@link #TEST_RETRY_POLICY}. Change anything before building.
   *
   * @return a new builder
   */
  public PhoneCheckClient.Builder clientBuilder() {
    return PhoneCheckClient.builder()
        .apikey(apikey)
        .baseUrl(baseUrl)
        .timeouts(TEST_TIMEOUTS)
        .retryPolicy(TEST_RETRY_POLICY);
  }

  /**
   * A client built from {@link #clientBuilder()}, the same instance on every call.
   *
   * @return the client
   */
  public PhoneCheckClient client() {
    PhoneCheckClient c = client;
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
   * Tells the fake what to answer for a number (the fields of {@code result}, lines 113-118).
   *
   * @param mobile the 11-digit number
   * @param status {@code Status}: {@link PrivacyStatus#PRIVACY_NUMBER} ("隐私号") or {@link
   *     PrivacyStatus#NOT_PRIVACY_NUMBER} ("非隐私号")
   * @param area {@code Area}, "省-市", for example "广东-深圳"
   * @param nowIsp {@code Now_isp}, for example "中国联通"
   * @throws IllegalArgumentException if the number is not 11 digits starting with 13-19, or the
   *     status is {@link PrivacyStatus#UNKNOWN}
   */
  public void registerNumber(String mobile, PrivacyStatus status, String area, String nowIsp) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(nowIsp, "nowIsp");
    if (mobile == null || !MAINLAND.matcher(mobile).matches()) {
      throw new IllegalArgumentException("mobile must be 11 digits starting with 13-19");
    }
    if (status == PrivacyStatus.UNKNOWN) {
      throw new IllegalArgumentException("status must be PRIVACY_NUMBER or NOT_PRIVACY_NUMBER");
    }
    synchronized (lock) {
      numbers.put(mobile, new Known(status.label(), area, nowIsp));
    }
  }

  /**
   * How answers write their keys; {@link KeyStyle#UNQUOTED} (the seed's way) unless set.
   *
   * @param style the style
   */
  public void keyStyle(KeyStyle style) {
    Objects.requireNonNull(style, "style");
    synchronized (lock) {
      keyStyle = style;
    }
  }

  /**
   * Sets how many more queries the account can pay for; when none is left, queries are answered
   * {@code -5} (line 129). Unlimited unless set.
   *
   * @param queries the number of queries, at least 0
   */
  public void setBalance(long queries) {
    if (queries < 0) {
      throw new IllegalArgumentException("balance must not be negative");
    }
    synchronized (lock) {
      balance = queries;
    }
  }

  /**
   * How many more queries the account can pay for.
   *
   * @return the balance; {@link Long#MAX_VALUE} minus the billed queries when never set
   */
  public long balance() {
    synchronized (lock) {
      return balance;
    }
  }

  /**
   * How many queries were billed since the start or the last {@link #reset()}.
   *
   * @return the count
   */
  public long billedQueries() {
    synchronized (lock) {
      return billed;
    }
  }

  /**
   * Scripts the answer of the next request that keeps the contract; answers form a queue. The body
   * is sent exactly as given, whatever the {@link KeyStyle}. It is billed when its status is 2xx
   * and its {@code code} is 0.
   *
   * @param httpStatus the HTTP status
   * @param body the body, for example {@code {code: -8, reason: "系统错误,请稍候再试"}}
   */
  public void respondWith(int httpStatus, String body) {
    Objects.requireNonNull(body, "body");
    if (httpStatus < 100 || httpStatus > 599) {
      throw new IllegalArgumentException("httpStatus must be 100..599");
    }
    synchronized (lock) {
      scripted.add(new Scripted(httpStatus, body));
    }
  }

  /**
   * Scripts an error answer of the seed's table for the next request that keeps the contract:
   * {@code {code: N, reason: "<the table's text>"}} in the current {@link KeyStyle}.
   *
   * @param code one of 1, -1, -2, -3, -4, -5, -8, -9 (lines 124-131)
   * @throws IllegalArgumentException for a code the table does not list
   */
  public void respondWithError(int code) {
    String reason = SEED_REASONS.get(code);
    if (reason == null) {
      throw new IllegalArgumentException("code " + code + " is not in the seed's table");
    }
    synchronized (lock) {
      scripted.add(new Scripted(200, render(errorBody(code, reason), keyStyle)));
    }
  }

  /**
   * {@inheritDoc}
   *
   * @return the request, as this vendor records it
   */
  @Override
  public RecordedPhoneCheckRequest takeRequest() {
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
  public RecordedPhoneCheckRequest takeRequest(long timeout, TimeUnit unit) {
    return super.takeRequest(timeout, unit);
  }

  /**
   * Forgets everything set or seen since the start: scripted answers, pending faults, registered
   * numbers (the seed's two stay known), the key style, the balance and the billed count, and
   * recorded requests. The port and the {@link #client()} stay.
   */
  @Override
  public void reset() {
    synchronized (lock) {
      scripted.clear();
      numbers.clear();
      registerSeedNumbers();
      keyStyle = KeyStyle.UNQUOTED;
      balance = Long.MAX_VALUE;
      billed = 0;
      super.reset();
    }
  }

  /**
   * The base URL and counts; never the apikey.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "FakePhoneCheckServer{baseUrl=" + baseUrl + ", requests=" + requestCount()
        + ", billed=" + billedQueries() + "}";
  }

  private void registerSeedNumbers() {
    numbers.put(SEED_NOT_PRIVACY_MOBILE, new Known("非隐私号", "广东-深圳", "中国移动"));
    numbers.put(SEED_PRIVACY_MOBILE, new Known("隐私号", "上海-上海", "中国移动"));
  }

  @Override
  protected MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    ByteString bodyBytes = request.getBody();
    String body = bodyBytes == null ? "" : bodyBytes.string(StandardCharsets.UTF_8);
    String method = request.getMethod() == null ? "" : request.getMethod();
    String contentType = request.getHeaders().get("Content-Type");
    String path = url.encodedPath();
    synchronized (lock) {
      Fault fault = nextFault();
      Map<String, String> params = new LinkedHashMap<>();
      Answer answer;
      if (!path.equalsIgnoreCase(PATH)) {
        answer = Answer.violation(404, "text/plain; charset=utf-8", "404 Not Found", "unknown path " + path);
      } else if (!method.equals("GET") && !method.equals("POST")) {
        answer =
            Answer.violation(
                405, "text/plain; charset=utf-8", "405 Method Not Allowed", method + " is not GET or POST");
      } else {
        answer = query(method, url, contentType, body, params, fault == null);
      }
      String sentKey = params.get("apikey");
      boolean apikeyValid =
          sentKey != null
              && MessageDigest.isEqual(sentKey.getBytes(StandardCharsets.UTF_8), apikeyBytes);
      Reply reply =
          fault != null
              ? faultReply(fault, answer.body)
              : reply(answer.status, answer.contentType, answer.body);
      RecordedPhoneCheckRequest r =
          new RecordedPhoneCheckRequest(
              requestCount(),
              method,
              path,
              params,
              contentType,
              body,
              apikeyValid,
              fault == null ? answer.violation : null,
              fault,
              answer.billed,
              reply.status(),
              reply.sent());
      record(r);
      return reply.response();
    }
  }

  /**
   * {@code /ssPhone_Privacy} by GET or POST. Called under {@link #lock}.
   *
   * @param params filled with the request's parameters
   * @param consume whether a scripted answer may be taken (not when a fault replaces the answer)
   */
  private Answer query(
      String method,
      HttpUrl url,
      @Nullable String contentType,
      String body,
      Map<String, String> params,
      boolean consume) {
    String problem = null;
    for (String name : url.queryParameterNames()) {
      List<String> values = url.queryParameterValues(name);
      String v = values.get(0);
      params.put(name, v == null ? "" : v);
      if (values.size() > 1) {
        problem = "parameter " + safeName(name) + " given more than once";
      }
    }
    if (method.equals("POST") && !body.isEmpty()) {
      if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
        problem = "a POST body must be " + FORM;
      } else {
        String formProblem = parseForm(body, params);
        if (problem == null) {
          problem = formProblem;
        }
      }
    }
    if (problem != null) {
      return error(1, problem);
    }
    String key = params.get("apikey");
    String mobile = params.get("mobile");
    if (key == null || key.isEmpty()) {
      return error(1, "missing parameter apikey");
    }
    if (mobile == null || mobile.isEmpty()) {
      return error(1, "missing parameter mobile");
    }
    byte[] sentKey = key.getBytes(StandardCharsets.UTF_8);
    if (sentKey.length != apikeyBytes.length) {
      return error(1, "apikey has the wrong length");
    }
    if (!MessageDigest.isEqual(sentKey, apikeyBytes)) {
      return error(-1, "apikey is not the key this fake expects");
    }
    if (mobile.length() != 11) {
      return error(-2, "mobile must be 11 digits, one number per call");
    }
    if (!MAINLAND.matcher(mobile).matches()) {
      return error(-3, "mobile must be 11 digits starting with 13-19");
    }
    if (balance <= 0) {
      return new Answer(
          200, JSON_TYPE, render(errorBody(-5, SEED_REASONS.get(-5)), keyStyle), null, false);
    }
    Scripted s = consume ? scripted.poll() : null;
    boolean bill = s == null || s.isSuccess();
    if (bill) {
      balance--;
      billed++;
    }
    if (s != null) {
      return new Answer(s.status, s.contentType(), s.body, null, bill);
    }
    Known n = numbers.get(mobile);
    if (n == null) {
      n = new Known("非隐私号", "广东-深圳", "中国移动");
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("Mobile", mobile);
    result.put("Status", n.status);
    result.put("Area", n.area);
    result.put("Now_isp", n.nowIsp);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("code", 0);
    answer.put("reason", SUCCESS_REASON);
    answer.put("result", result);
    return new Answer(200, JSON_TYPE, render(answer, keyStyle), null, true);
  }

  private static String parseForm(String body, Map<String, String> params) {
    String problem = null;
    for (String pair : body.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name;
      String value;
      try {
        name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), "UTF-8");
        value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), "UTF-8");
      } catch (IllegalArgumentException | UnsupportedEncodingException e) {
        return "malformed form body";
      }
      if (params.containsKey(name)) {
        problem = "parameter " + safeName(name) + " given more than once";
      } else {
        params.put(name, value);
      }
    }
    return problem;
  }

  private static String safeName(String name) {
    return name.matches("[A-Za-z0-9_]{1,40}") ? name : "(not shown)";
  }

  private Answer error(int code, String problem) {
    String body = render(errorBody(code, SEED_REASONS.get(code) + ": " + problem), keyStyle);
    return new Answer(200, JSON_TYPE, body, problem, false);
  }

  private static Map<String, Object> errorBody(int code, String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("reason", reason);
    return m;
  }

  /**
   * Writes an answer in a key style. {@link KeyStyle#UNQUOTED} gives the layout of seed 001 lines
   * 98-107 exactly.
   */
  static String render(Map<String, Object> answer, KeyStyle style) {
    if (style == KeyStyle.QUOTED) {
      return GameSdkJson.writeString(answer);
    }
    StringBuilder sb = new StringBuilder();
    unquoted(answer, "", sb);
    return sb.toString();
  }

  private static void unquoted(Map<?, ?> map, String indent, StringBuilder sb) {
    sb.append("{\n");
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!first) {
        sb.append(",\n");
      }
      first = false;
      sb.append(indent).append("  ").append(e.getKey()).append(": ");
      Object v = e.getValue();
      if (v instanceof Map) {
        unquoted((Map<?, ?>) v, indent + "  ", sb);
      } else {
        sb.append(GameSdkJson.writeString(v));
      }
    }
    sb.append('\n').append(indent).append('}');
  }

  /** What the fake knows of a number. */
  private static final class Known {
    final String status;
    final String area;
    final String nowIsp;

    Known(String status, String area, String nowIsp) {
      this.status = status;
      this.area = area;
      this.nowIsp = nowIsp;
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

    /** A 2xx whose {@code code} is 0 (read leniently, unquoted keys included). */
    boolean isSuccess() {
      if (status < 200 || status >= 300) {
        return false;
      }
      try {
        JsonNode n = GameSdkJson.mapper().readTree(body);
        return n != null && n.isObject() && n.path("code").asText().trim().equals("0");
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }

    String contentType() {
      String t = body.trim();
      return t.startsWith("<")
          ? "text/html; charset=utf-8"
          : t.startsWith("{") ? "application/json; charset=utf-8" : "text/plain; charset=utf-8";
    }
  }

  /** What the fake answers, the contract violation it answers (if any), and whether it bills. */
  private static final class Answer {
    final int status;
    final String contentType;
    final String body;
    final String violation;
    final boolean billed;

    Answer(int status, String contentType, String body, @Nullable String violation, boolean billed) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
      this.violation = violation;
      this.billed = billed;
    }

    static Answer violation(int status, String contentType, String body, String violation) {
      return new Answer(status, contentType, body, violation, false);
    }
  }
}
