package io.github.gamesdk.testkit.msdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.RetryPolicy;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.core.tea.MsdkTea;
import io.github.gamesdk.core.tea.MsdkTeaException;
import io.github.gamesdk.msdk.MsdkClient;
import io.github.gamesdk.testkit.Fault;
import io.github.gamesdk.testkit.FakeVendorServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.Buffer;
import okio.ByteString;

/**
 * A fake of the MSDK game backend of seed 004 ({@code 004_a22ae9e2991625ee.txt}) on mockwebserver3,
 * bound to {@code 127.0.0.1} on a free port.
 *
 * <p>Every request is checked against the vendor contract, in this order, and the first broken
 * rule is answered as MSDK answers it (HTTP 200, {@code {"ret":code,"msg":"..."}}, codes from
 * {@code shared/reference/error-codes.md} (a) and (b)), in plain JSON even when an encrypted answer
 * was asked for (error answers may come back plain, PROTOCOLS.md §4):
 *
 * <ol>
 *   <li>the path is {@code /module/interface} of a known call, with or without a trailing {@code
 *       /} (the MSDK wiki writes one before {@code ?}, the seed mostly does not), {@code wxoauth}
 *       standing for {@code auth} (seed line 61): else {@code -505} (no such API);
 *   <li>the fixed query parameters (lines 12-31): {@code timestamp} (digits), {@code appid}, {@code
 *       sig} and {@code encode} ({@code 1} or {@code 2}) present, optional {@code conn} and {@code
 *       ishttps} 0 or 1, optional {@code msdkExtInfo} letters, digits and {@code _} only: else
 *       {@code -506};
 *   <li>{@code appid} is the appid this fake expects: else {@code -504};
 *   <li>{@code sig = md5(key + timestamp)}, lower-case hex, with the msdkkey for {@code encode=2}
 *       and the appkey for {@code encode=1} (lines 32-35): else {@code -502};
 *   <li>the method is the call's: a POST call reached by GET has no body ({@code -501}), a GET call
 *       reached by POST is {@code -505};
 *   <li>a POST body with {@code Content-Encrypt: msdktea} decrypts (lines 36-38, PROTOCOLS.md §4):
 *       else {@code -304}; the body is not empty ({@code -501}) and is a JSON object ({@code -304});
 *   <li>the call's {@link MsdkContract}: every field of the seed's table with its JSON type,
 *       required flag and documented limits: else {@code -1011} (or the answer the rule names).
 * </ol>
 *
 * <p>A request that keeps the contract is answered with the next answer scripted for its call
 * ({@link #respondWith}), otherwise with the seed's example answer. A JSON-object answer gets the
 * request's {@code msdkExtInfo} echoed (line 27) unless it has one, and is encrypted with {@code
 * msdktea} when the request carried {@code Accept-Encrypt: msdktea}. Before any of that, a fault
 * queued with {@link #failNext(Fault)} replaces the answer. Every request is recorded ({@link
 * #requests()}, {@link #takeRequest()}), faults and violations included, with its body decrypted.
 * Thread-safe; close it (or use {@link MsdkFakeExtension}) when done.
 *
 * <pre>{@code
 * try (FakeMsdkServer fake = FakeMsdkServer.start()) {
 *   fake.client().auth().verifyLogin(openid, request);
 *   assertThat(fake.takeRequest().json().get("userip").asText()).isEqualTo("192.168.5.114");
 * }
 * }</pre>
 */
public final class FakeMsdkServer extends FakeVendorServer<RecordedMsdkRequest> {
  /** The appid of the seed's examples, {@code appid=100703379} (seed 004 line 112). */
  public static final String DEFAULT_APP_ID = "100703379";

  /**
   * The msdkkey the fake checks {@code sig} with for {@code encode=2}. The seed publishes no key;
   * this one is the fake's own.
   */
  public static final String DEFAULT_MSDK_KEY = "5d0cf7a8c5f3e4b2a19d86e0b7c4f312";

  /**
   * The appkey the fake checks {@code sig} with for {@code encode=1}. The seed masks its appkey
   * ({@code f92212f75cd*********}, line 47); this one is the fake's own.
   */
  public static final String DEFAULT_APP_KEY = "f92212f75cd04a1e9b3c6d8e7f215a40";

  /**
   * Timeouts of {@link #clientBuilder()}: connect 1 s, read and write 2 s, a whole attempt 5 s.
   * Fault tests usually set a shorter read timeout.
   */
  public static final Timeouts TEST_TIMEOUTS =
      Timeouts.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));

  /** Retry policy of {@link #clientBuilder()}: 3 attempts, 5-20 ms apart, at most 2 s in all. */
  public static final RetryPolicy TEST_RETRY_POLICY =
      RetryPolicy.of(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(2));

  /** The fixed query parameters of every call (seed 004 lines 12-31). */
  public static final List<String> FIXED_PARAMS =
      Collections.unmodifiableList(
          Arrays.asList(
              "timestamp", "appid", "sig", "openid", "encode", "conn", "msdkExtInfo", "version",
              "ishttps"));

  static final int NO_SUCH_API = -505;
  static final int URL_PARAM_MISSING = -506;
  static final int APPID_NOT_ALLOWED = -504;
  static final int SIG_ERROR = -502;
  static final int BODY_EMPTY = -501;
  static final int BODY_NOT_JSON = -304;

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern EXT_INFO = Pattern.compile("[A-Za-z0-9_]*");
  private static final Pattern PATH = Pattern.compile("/([a-z]+)/([a-z0-9_]+)/?");
  private static final String JSON_TYPE = "application/json; charset=utf-8";
  private static final String CIPHER_TYPE = "application/octet-stream";

  private final String appId;
  private final Secret msdkKey;
  private final Secret appKey;
  private final String baseUrl;
  private final Map<String, MsdkContract> builtIn = MsdkContracts.all();
  private final Map<String, MsdkContract> registered = new HashMap<>();
  private final Map<String, Deque<Scripted>> scripted = new HashMap<>();
  private volatile MsdkClient client;

  private FakeMsdkServer(String appId, Secret msdkKey, @Nullable Secret appKey) {
    super("fake MSDK server");
    this.appId = appId;
    this.msdkKey = msdkKey;
    this.appKey = appKey;
    this.baseUrl = listen();
  }

  /**
   * Starts a fake expecting appid {@value #DEFAULT_APP_ID}, msdkkey {@value #DEFAULT_MSDK_KEY}
   * ({@code encode=2}) and appkey {@value #DEFAULT_APP_KEY} ({@code encode=1}).
   *
   * @return the running fake
   * @throws UncheckedIOException if no local port could be bound
   */
  public static FakeMsdkServer start() {
    return start(DEFAULT_APP_ID, Secret.of(DEFAULT_MSDK_KEY), Secret.of(DEFAULT_APP_KEY));
  }

  /**
   * Starts a fake for one app that signs with its msdkkey only ({@code encode=2}).
   *
   * @param appId the {@code appid} the requests must carry
   * @param msdkKey the key of {@code sig} for {@code encode=2}
   * @return the running fake
   */
  public static FakeMsdkServer start(String appId, Secret msdkKey) {
    return start(appId, msdkKey, null);
  }

  /**
   * Starts a fake for one app.
   *
   * @param appId the {@code appid} the requests must carry (letters, digits, {@code _})
   * @param msdkKey the key of {@code sig} for {@code encode=2}
   * @param appKey the key of {@code sig} for {@code encode=1}, or {@code null} to answer {@code
   *     -502} to every {@code encode=1} request
   * @return the running fake
   * @throws IllegalArgumentException if {@code appId} is malformed
   * @throws UncheckedIOException if no local port could be bound
   */
  public static FakeMsdkServer start(String appId, Secret msdkKey, @Nullable Secret appKey) {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(msdkKey, "msdkKey");
    if (!appId.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("appId must be letters, digits or _");
    }
    return new FakeMsdkServer(appId, msdkKey, appKey);
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
   * The base URL: pass it to {@code MsdkClient.Builder.baseUrl}.
   *
   * @return {@code http://127.0.0.1:PORT}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * A builder of a client pointed at this fake, with its appid and msdkkey ({@code encode=2}),
   * {@link #TEST_TIMEOUTS} and {@link #TEST_RETRY_POLICY}. Change anything before building.
   *
   * @return a new builder
   */
  public MsdkClient.Builder clientBuilder() {
    return MsdkClient.builder()
        .appId(appId)
        .msdkKey(msdkKey)
        .baseUrl(baseUrl)
        .timeouts(TEST_TIMEOUTS)
        .retryPolicy(TEST_RETRY_POLICY);
  }

  /**
   * A client built from {@link #clientBuilder()}, the same instance on every call.
   *
   * @return the client
   */
  public MsdkClient client() {
    MsdkClient c = client;
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
   * Adds or replaces the contract of a call, for calls the fake does not know yet or stricter
   * rules; kept until {@link #reset()}.
   *
   * @param contract the contract
   */
  public void registerContract(MsdkContract contract) {
    Objects.requireNonNull(contract, "contract");
    synchronized (lock) {
      registered.put(contract.name(), contract);
    }
  }

  /**
   * The contract the fake applies to a call.
   *
   * @param name {@code module/interface} or a path
   * @return the contract, or {@code null} when the fake does not know the call
   */
  @Nullable
  public MsdkContract contract(String name) {
    String n = normalize(name);
    synchronized (lock) {
      return n == null ? null : contractOf(n);
    }
  }

  /**
   * Scripts the answer of the next request to a call that keeps the contract; the answers of one
   * call form a queue. A JSON object with a 2xx status is presented like the fake's own answers
   * ({@code msdkExtInfo} echoed, encrypted when asked); anything else is sent as given.
   *
   * @param call {@code module/interface} or a path, for example {@code auth/verify_login}
   * @param httpStatus the HTTP status
   * @param body the body, for example {@code {"ret":-20000,"msg":"40001,invalid credential"}}
   */
  public void respondWith(String call, int httpStatus, String body) {
    Objects.requireNonNull(body, "body");
    enqueue(call, new Scripted(httpStatus, null, body.getBytes(StandardCharsets.UTF_8), true));
  }

  /**
   * Scripts an answer sent exactly as given, never encrypted or changed: plain JSON to an
   * encrypted request, ciphertext that does not decrypt, an empty body.
   *
   * @param call {@code module/interface} or a path
   * @param httpStatus the HTTP status
   * @param contentType the {@code Content-Type}
   * @param body the bytes
   */
  public void respondWithRaw(String call, int httpStatus, String contentType, byte[] body) {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    enqueue(call, new Scripted(httpStatus, contentType, body.clone(), false));
  }

  private void enqueue(String call, Scripted s) {
    Objects.requireNonNull(call, "call");
    String n = normalize(call);
    if (n == null) {
      throw new IllegalArgumentException("call must be module/interface, e.g. auth/verify_login");
    }
    if (s.status < 100 || s.status > 599) {
      throw new IllegalArgumentException("httpStatus must be 100..599");
    }
    synchronized (lock) {
      scripted.computeIfAbsent(n, k -> new ArrayDeque<>()).add(s);
    }
  }

  /**
   * Forgets everything set or seen since the start: scripted answers, pending faults, registered
   * contracts and recorded requests. The port and the {@link #client()} stay.
   */
  @Override
  public void reset() {
    synchronized (lock) {
      scripted.clear();
      registered.clear();
      super.reset();
    }
  }

  /**
   * The appid, base URL and request count; never a key.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "FakeMsdkServer{appId=" + appId + ", baseUrl=" + baseUrl + ", requests="
        + requestCount() + "}";
  }

  /**
   * {@code module/interface} of a path or name: slashes around it ignored, {@code wxoauth} read as
   * {@code auth}.
   */
  @Nullable
  static String normalize(String pathOrName) {
    String p = pathOrName.startsWith("/") ? pathOrName : "/" + pathOrName;
    java.util.regex.Matcher m = PATH.matcher(p);
    if (!m.matches()) {
      return null;
    }
    String module = m.group(1).equals("wxoauth") ? "auth" : m.group(1);
    return module + "/" + m.group(2);
  }

  @Nullable
  private MsdkContract contractOf(String name) {
    MsdkContract c = registered.get(name);
    return c != null ? c : builtIn.get(name);
  }

  @Override
  protected MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    Map<String, String> params = new LinkedHashMap<>();
    for (String name : url.queryParameterNames()) {
      String v = url.queryParameter(name);
      params.put(name, v == null ? "" : v);
    }
    ByteString bodyBytes = request.getBody();
    byte[] raw = bodyBytes == null ? new byte[0] : bodyBytes.toByteArray();
    String method = request.getMethod() == null ? "" : request.getMethod();
    String path = url.encodedPath();
    boolean contentEncrypted = MsdkTea.ENCODING.equalsIgnoreCase(request.getHeaders().get("Content-Encrypt"));
    boolean acceptEncrypted = MsdkTea.ENCODING.equalsIgnoreCase(request.getHeaders().get("Accept-Encrypt"));
    synchronized (lock) {
      Fault fault = nextFault();
      Exchange x = new Exchange(method, path, params, raw, contentEncrypted, acceptEncrypted);
      evaluate(x, fault == null);
      MockResponse response;
      int status;
      String sent;
      boolean sentEncrypted;
      if (fault != null) {
        response = fault.toMockResponse(x.answerText);
        boolean silent = fault == Fault.TIMEOUT || fault == Fault.RESET;
        status = silent ? 0 : response.getCode();
        sent = silent ? "" : bodyOf(response);
        sentEncrypted = false;
      } else {
        response =
            new MockResponse.Builder()
                .code(x.status)
                .setHeader("Content-Type", x.contentType)
                .body(new Buffer().write(x.answerBytes))
                .build();
        status = x.status;
        sent = x.answerText;
        sentEncrypted = x.answerEncrypted;
      }
      RecordedMsdkRequest r =
          new RecordedMsdkRequest(
              requestCount(),
              method,
              path,
              x.name,
              params,
              x.plainBody,
              raw,
              contentEncrypted,
              acceptEncrypted,
              x.sigValid,
              fault == null ? x.violation : null,
              fault,
              status,
              sent,
              sentEncrypted);
      record(r);
      return response;
    }
  }

  private static String bodyOf(MockResponse response) {
    Buffer buffer = new Buffer();
    try {
      if (response.getBody() != null) {
        response.getBody().writeTo(buffer);
      }
    } catch (IOException e) {
      return "";
    }
    return buffer.readUtf8();
  }

  /** Checks a request and decides the answer. Called under {@link #lock}. */
  private void evaluate(Exchange x, boolean consume) {
    Map<String, String> p = x.params;
    x.sigValid = sigValid(p);
    String name = normalize(x.path);
    MsdkContract contract = name == null ? null : contractOf(name);
    x.name = contract == null ? null : name;
    if (x.contentEncrypted) {
      try {
        x.plainBody = MsdkTea.withDefaultKey().decrypt(x.raw);
      } catch (MsdkTeaException e) {
        x.plainBody = null;
      }
    } else {
      x.plainBody = x.raw;
    }
    if (contract == null) {
      x.error(NO_SUCH_API, "no such API: " + x.path);
      return;
    }
    String problem = fixedParamsProblem(p);
    if (problem != null) {
      x.error(URL_PARAM_MISSING, problem);
      return;
    }
    if (!appId.equals(p.get("appid"))) {
      x.error(APPID_NOT_ALLOWED, "appid " + p.get("appid") + " is not the appid this fake expects");
      return;
    }
    if (!x.sigValid) {
      x.error(SIG_ERROR, "sig is not md5(" + ("1".equals(p.get("encode")) ? "appkey" : "msdkkey")
          + " + timestamp) in lower-case hex");
      return;
    }
    JsonNode body;
    if (contract.method().equals("GET")) {
      if (!x.method.equals("GET")) {
        x.error(NO_SUCH_API, name + " is a GET call; its parameters go in the query string");
        return;
      }
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, String> e : p.entrySet()) {
        o.put(e.getKey(), e.getValue());
      }
      body = o;
    } else {
      if (!x.method.equals("POST")) {
        x.error(BODY_EMPTY, name + " is a POST call with a JSON body; " + x.method + " has none");
        return;
      }
      if (x.plainBody == null) {
        x.error(BODY_NOT_JSON, "Content-Encrypt: msdktea but the body does not decrypt");
        return;
      }
      if (x.plainBody.length == 0) {
        x.error(BODY_EMPTY, "HTTP body is empty");
        return;
      }
      body = parseObject(x.plainBody);
      if (body == null) {
        x.error(BODY_NOT_JSON, "request body is not a JSON object");
        return;
      }
      MsdkContract.Problem q = contract.checkQuery(p);
      if (q != null) {
        x.error(q.ret(), q.msg());
        return;
      }
    }
    MsdkContract.Problem bp = contract.checkBody(body);
    if (bp != null) {
      x.error(bp.ret(), bp.msg());
      return;
    }
    Scripted s = null;
    if (consume) {
      Deque<Scripted> q = scripted.get(name);
      s = q == null ? null : q.poll();
    }
    if (s == null) {
      x.answer(200, contract.answer().getBytes(StandardCharsets.UTF_8), p.get("msdkExtInfo"));
    } else if (s.present) {
      x.answer(s.status, s.body, p.get("msdkExtInfo"));
    } else {
      x.raw(s.status, s.contentType, s.body);
    }
  }

  @Nullable
  private static JsonNode parseObject(byte[] body) {
    try {
      JsonNode n = GameSdkJson.mapper().readTree(body);
      return n != null && n.isObject() ? n : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  @Nullable
  private static String fixedParamsProblem(Map<String, String> p) {
    for (String required : new String[] {"timestamp", "appid", "sig", "encode"}) {
      String v = p.get(required);
      if (v == null || v.isEmpty()) {
        return "missing URL parameter " + required;
      }
    }
    if (!DIGITS.matcher(p.get("timestamp")).matches()) {
      return "timestamp must be Unix seconds (uint)";
    }
    if (!p.get("encode").equals("1") && !p.get("encode").equals("2")) {
      return "encode must be 1 (appkey) or 2 (msdkkey)";
    }
    for (String flag : new String[] {"conn", "ishttps"}) {
      String v = p.get(flag);
      if (v != null && !v.equals("0") && !v.equals("1")) {
        return flag + " must be 0 or 1";
      }
    }
    String ext = p.get("msdkExtInfo");
    if (ext != null && !EXT_INFO.matcher(ext).matches()) {
      return "msdkExtInfo may hold letters, digits and underscore only";
    }
    return null;
  }

  private boolean sigValid(Map<String, String> p) {
    String ts = p.get("timestamp");
    String sig = p.get("sig");
    String encode = p.get("encode");
    Secret key = "2".equals(encode) ? msdkKey : "1".equals(encode) ? appKey : null;
    if (ts == null || sig == null || key == null) {
      return false;
    }
    String expected = md5Hex(key.reveal() + ts);
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), sig.getBytes(StandardCharsets.UTF_8));
  }

  private static String md5Hex(String text) {
    try {
      byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(32);
      for (byte b : d) {
        sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every Java platform", e);
    }
  }

  /** One exchange while it is evaluated. */
  private static final class Exchange {
    final String method;
    final String path;
    final Map<String, String> params;
    final byte[] raw;
    final boolean contentEncrypted;
    final boolean acceptEncrypted;
    String name;
    byte[] plainBody;
    boolean sigValid;
    String violation;
    int status;
    String contentType;
    byte[] answerBytes;
    String answerText;
    boolean answerEncrypted;

    Exchange(
        String method,
        String path,
        Map<String, String> params,
        byte[] raw,
        boolean contentEncrypted,
        boolean acceptEncrypted) {
      this.method = method;
      this.path = path;
      this.params = params;
      this.raw = raw;
      this.contentEncrypted = contentEncrypted;
      this.acceptEncrypted = acceptEncrypted;
    }

    /** A violation, answered in plain JSON (error answers may be, PROTOCOLS.md §4). */
    void error(int ret, String problem) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("ret", ret);
      body.put("msg", problem);
      violation = problem;
      status = 200;
      contentType = JSON_TYPE;
      answerText = GameSdkJson.writeString(body);
      answerBytes = answerText.getBytes(StandardCharsets.UTF_8);
      answerEncrypted = false;
    }

    /** An answer presented like the fake's own: extinfo echoed, encrypted when asked. */
    void answer(int status, byte[] body, @Nullable String msdkExtInfo) {
      String text = new String(body, StandardCharsets.UTF_8);
      JsonNode tree = status >= 200 && status < 300 ? parseObject(body) : null;
      if (tree != null && msdkExtInfo != null && !tree.has("msdkExtInfo")) {
        ((ObjectNode) tree).put("msdkExtInfo", msdkExtInfo);
        text = GameSdkJson.writeString(tree);
      }
      this.status = status;
      this.answerText = text;
      if (tree != null && acceptEncrypted) {
        this.answerBytes = MsdkTea.withDefaultKey().encrypt(text.getBytes(StandardCharsets.UTF_8));
        this.contentType = CIPHER_TYPE;
        this.answerEncrypted = true;
      } else {
        this.answerBytes = text.getBytes(StandardCharsets.UTF_8);
        this.contentType =
            text.trim().startsWith("<")
                ? "text/html; charset=utf-8"
                : tree != null || text.trim().startsWith("{") ? JSON_TYPE : "text/plain; charset=utf-8";
        this.answerEncrypted = false;
      }
    }

    /** An answer sent exactly as scripted. */
    void raw(int status, String type, byte[] body) {
      this.status = status;
      this.contentType = type;
      this.answerBytes = body;
      this.answerText = new String(body, StandardCharsets.UTF_8);
      this.answerEncrypted = false;
    }
  }

  /** An answer scripted with {@link #respondWith} or {@link #respondWithRaw}. */
  private static final class Scripted {
    final int status;
    final String contentType;
    final byte[] body;
    final boolean present;

    Scripted(int status, @Nullable String contentType, byte[] body, boolean present) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
      this.present = present;
    }
  }
}
