package io.github.gamesdk.testkit.qqconnect;

import io.github.gamesdk.testkit.FakeVendorServer;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.RetryPolicy;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.qqconnect.QqConnectClient;
import io.github.gamesdk.testkit.Fault;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.ByteString;

/**
 * A fake of the QQ Connect server interfaces of seed 003 on mockwebserver3, bound to {@code
 * 127.0.0.1} on a free port. One base URL serves both hosts: the OpenSDK transfer CGI {@code
 * /cgi-bin/QQConnect.fcgi} of {@code proxy.vip.qq.com} (seed 003 lines 1565-1672) and {@code
 * /oauth2.0/me} of {@code graph.qq.com} (line 1583).
 *
 * <p>Every transfer-CGI request is checked against the vendor contract, in this order, and the
 * first broken rule is answered as the vendor documents it (HTTP 200, {@code {"ret":code,"msg":...}}):
 *
 * <ol>
 *   <li>method {@code GET}: "所有参数都是放在 QUREY_STRING 中 ... 不支持 POST 调用" (line 1604); any
 *       other method answers {@code -1};
 *   <li>no parameter twice, {@code format} {@code json}/{@code jsonp}, {@code callback} an
 *       identifier, and the common parameters {@code oauth_consumer_key}, {@code openid}, {@code
 *       access_token}, {@code cmd}, {@code sign} present (lines 1575-1600): else {@code -1}
 *       (APPREQ_INVALID, "client 的请求参数无效", line 2210);
 *   <li>{@code oauth_consumer_key} is the expected appid: else {@code -2} (APP_NOTEXIST, "请求中的
 *       APPID 不存在", line 2212);
 *   <li>{@code sign} is {@code md5(appkey + "$k1$v1..." + appkey)} (lines 1620-1665, PROTOCOLS.md
 *       §1), recomputed by the fake: else {@code -5} (SIG, "签名验证失败", line 2220);
 *   <li>{@code cmd} is known: {@code send_share_for_inner}, {@code gc_achieve_report}, {@code
 *       qc_set_summary_card}, or one added with {@link #registerCmd}: else {@code -9}
 *       (API_NOTEXIST, line 2228);
 *   <li>the {@code cmd}'s own parameters keep their documented rules (see {@link #registerCmd} and
 *       the seed lines cited on each call): else {@code -1} with a message naming the problem.
 * </ol>
 *
 * <p>A request that keeps the contract is answered with the next answer scripted for its {@code
 * cmd} or path ({@link #respondWith}), otherwise with the seed's example answer {@value
 * #SEED_ANSWER} (lines 988-998). With {@code format=jsonp} every JSON answer is wrapped as {@code
 * callback(...);}, the callback name defaulting to {@value #DEFAULT_JSONP_CALLBACK} (line 1600).
 *
 * <p>{@code /oauth2.0/me} needs {@code access_token} (else {@code {"error":100007,...}}, "缺少
 * access token", line 2283) and answers, for a token made known with {@link #registerToken}, {@code
 * callback( {"client_id":"APPID","openid":"OPENID"} );} as graph.qq.com does, or plain JSON when
 * {@code fmt=json}; an unknown token answers {@code {"error":100016,"error_description":"access
 * token check failed"}} (line 2301).
 *
 * <p>Before any of that, a fault queued with {@link #failNext(Fault)} replaces the answer. Every
 * request is recorded ({@link #requests()}, {@link #takeRequest()}), faults and violations
 * included. Thread-safe; close it (or use {@link QqConnectFakeExtension}) when done.
 *
 * <pre>{@code
 * try (FakeQqConnectServer fake = FakeQqConnectServer.start("100330589", Secret.of("123456"))) {
 *   fake.client().qcSetSummaryCard(request);
 *   assertThat(fake.takeRequest().param("card_id")).isEqualTo("11746");
 * }
 * }</pre>
 */
public final class FakeQqConnectServer extends FakeVendorServer<RecordedQqRequest> {
  /** The appid of the seed's signing example, {@code oauth_consumer_key=100330589} (line 1630). */
  public static final String DEFAULT_APP_ID = "100330589";

  /** The key of the seed's signing example, "密钥：123456" (line 1639). */
  public static final String DEFAULT_APP_KEY = "123456";

  /** The transfer CGI's path (seed 003 line 1571). */
  public static final String TRANSFER_PATH = "/cgi-bin/QQConnect.fcgi";

  /** graph.qq.com's openid call (seed 003 line 1583). */
  public static final String ME_PATH = "/oauth2.0/me";

  /** The JSONP callback name when {@code format=jsonp} comes without {@code callback} (line 1600). */
  public static final String DEFAULT_JSONP_CALLBACK = "_Callback";

  /** The seed's example answer of a successful call (seed 003 lines 988-998, comments removed). */
  public static final String SEED_ANSWER = "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":0,\"msg\":\"xx\"}}";

  /**
   * Timeouts of {@link #clientBuilder()}: connect 1 s, read and write 2 s, a whole attempt 5 s.
   * Fault tests usually set a shorter read timeout.
   */
  public static final Timeouts TEST_TIMEOUTS =
      Timeouts.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));

  /** Retry policy of {@link #clientBuilder()}: 3 attempts, 5-20 ms apart, at most 2 s in all. */
  public static final RetryPolicy TEST_RETRY_POLICY =
      RetryPolicy.of(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(2));

  /** The seed's wording of the codes the fake answers (seed 003 lines 2210-2228). */
  private static final Map<Integer, String> SEED_MESSAGES;

  static {
    Map<Integer, String> m = new HashMap<>();
    m.put(TransferContract.APPREQ_INVALID, "client 的请求参数无效");
    m.put(TransferContract.APP_NOTEXIST, "请求中的 APPID 不存在");
    m.put(TransferContract.SIG, "签名验证失败");
    m.put(TransferContract.API_NOTEXIST, "API 不存在");
    SEED_MESSAGES = Collections.unmodifiableMap(m);
  }

  private static final Pattern CMD = Pattern.compile("[A-Za-z0-9_]+");

  private final String appId;
  private final byte[] appKey;
  private final Secret appKeySecret;
  private final String baseUrl;
  private final Map<String, Deque<Scripted>> scripted = new HashMap<>();
  private final Map<String, Identity> tokens = new HashMap<>();
  private final Map<String, List<String>> extraCmds = new HashMap<>();
  private volatile QqConnectClient client;

  private FakeQqConnectServer(String appId, Secret appKey) {
    super("fake QQ Connect server");
    this.appId = appId;
    this.appKeySecret = appKey;
    this.appKey = appKey.revealBytes();
    this.baseUrl = listen();
  }

  /**
   * Starts a fake that expects the seed's signing example's appid {@value #DEFAULT_APP_ID} and key
   * {@value #DEFAULT_APP_KEY} (seed 003 lines 1630-1639).
   *
   * @return the running fake
   * @throws UncheckedIOException if no local port could be bound
   */
  public static FakeQqConnectServer start() {
    return start(DEFAULT_APP_ID, Secret.of(DEFAULT_APP_KEY));
  }

  /**
   * Starts a fake that expects one app's credentials.
   *
   * @param appId the appid the requests must carry as {@code oauth_consumer_key} (digits, seed 003
   *     line 1575)
   * @param appKey the key {@code sign} must be computed with (seed 003 line 1639)
   * @return the running fake
   * @throws IllegalArgumentException if {@code appId} is not digits
   * @throws UncheckedIOException if no local port could be bound
   */
  public static FakeQqConnectServer start(String appId, Secret appKey) {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(appKey, "appKey");
    if (!appId.matches("[0-9]+")) {
      throw new IllegalArgumentException("appId must be digits (oauth_consumer_key)");
    }
    return new FakeQqConnectServer(appId, appKey);
  }

  /**
   * The appid the fake expects as {@code oauth_consumer_key}.
   *
   * @return the appid
   */
  public String appId() {
    return appId;
  }

  /**
   * The base URL for both the transfer CGI and graph.qq.com: pass it to {@code
   * QqConnectClient.Builder.baseUrl} and {@code graphBaseUrl}.
   *
   * @return {@code http://127.0.0.1:PORT}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * A builder of a client pointed at this fake (both base URLs), with this fake's appid and key,
   * {@link #TEST_TIMEOUTS} and {@link #TEST_RETRY_POLICY}. Change anything before building.
   *
   * @return a new builder
   */
  public QqConnectClient.Builder clientBuilder() {
    return QqConnectClient.builder()
        .appId(appId)
        .appKey(appKeySecret)
        .baseUrl(baseUrl)
        .graphBaseUrl(baseUrl)
        .timeouts(TEST_TIMEOUTS)
        .retryPolicy(TEST_RETRY_POLICY);
  }

  /**
   * A client built from {@link #clientBuilder()}, the same instance on every call.
   *
   * @return the client
   */
  public QqConnectClient client() {
    QqConnectClient c = client;
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
   * Makes an access token known to {@code /oauth2.0/me}, which answers its openid (seed 003 line
   * 1583: "openid ... 可通过调用 https://graph.qq.com/oauth2.0/me?access_token=YOUR_ACCESS_TOKEN
   * 来获取").
   *
   * @param accessToken the token ({@code access_token})
   * @param openid the openid to answer ({@code openid})
   */
  public void registerToken(Secret accessToken, String openid) {
    registerToken(accessToken, openid, null);
  }

  /**
   * Makes an access token known to {@code /oauth2.0/me}, with a unionid answered when the request
   * asks for it ({@code unionid=1}, graph.qq.com's option).
   *
   * @param accessToken the token ({@code access_token})
   * @param openid the openid to answer ({@code openid})
   * @param unionid the unionid to answer to {@code unionid=1} ({@code unionid}), or {@code null}
   *     to answer none
   */
  public void registerToken(Secret accessToken, String openid, @Nullable String unionid) {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(openid, "openid");
    synchronized (lock) {
      tokens.put(accessToken.reveal(), new Identity(openid, unionid));
    }
  }

  /**
   * Teaches the fake a transfer-CGI {@code cmd} that seed 003 does not document in full (the seed
   * says only that {@code cmd} "决定具体的接口功能", line 1590), so that {@code
   * QqConnectClient.transfer} can be tested with it. The common checks still apply; the named
   * parameters must be present and non-empty, else {@code -1}.
   *
   * @param cmd the {@code cmd}, letters, digits and {@code _}
   * @param requiredParams the {@code cmd}'s required parameters
   */
  public void registerCmd(String cmd, String... requiredParams) {
    if (cmd == null || !CMD.matcher(cmd).matches()) {
      throw new IllegalArgumentException("cmd must be letters, digits or _");
    }
    List<String> required = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(requiredParams)));
    synchronized (lock) {
      extraCmds.put(cmd, required);
    }
  }

  /**
   * Scripts the answer of the next request that matches and keeps the contract. The answers for
   * one key form a queue; each request takes one.
   *
   * <p>{@code cmdOrPath} is a transfer-CGI {@code cmd} (for example {@code send_share_for_inner}),
   * {@link #TRANSFER_PATH} (any {@code cmd}; a {@code cmd}'s own queue is used first) or {@link
   * #ME_PATH}. A body that is a JSON object and comes with a 2xx status is presented as the request
   * asked, like the fake's own answers: JSONP for {@code format=jsonp}, {@code callback( ... );}
   * for {@code /oauth2.0/me} without {@code fmt=json}. Any other body (HTML, already wrapped text)
   * is sent exactly as given.
   *
   * @param cmdOrPath the {@code cmd} or path to match
   * @param httpStatus the HTTP status
   * @param body the body, for example {@code {"ret":0,"msg":"ok","data":{"ret":-73,"msg":"..."}}}
   */
  public void respondWith(String cmdOrPath, int httpStatus, String body) {
    Objects.requireNonNull(cmdOrPath, "cmdOrPath");
    Objects.requireNonNull(body, "body");
    if (cmdOrPath.isEmpty()) {
      throw new IllegalArgumentException("cmdOrPath must name a cmd or a path");
    }
    if (httpStatus < 100 || httpStatus > 599) {
      throw new IllegalArgumentException("httpStatus must be 100..599");
    }
    synchronized (lock) {
      scripted.computeIfAbsent(cmdOrPath, k -> new ArrayDeque<>()).add(new Scripted(httpStatus, body));
    }
  }

  /**
   * {@inheritDoc}
   *
   * @return the request, as this vendor records it
   */
  @Override
  public RecordedQqRequest takeRequest() {
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
  public RecordedQqRequest takeRequest(long timeout, TimeUnit unit) {
    return super.takeRequest(timeout, unit);
  }

  /**
   * Forgets everything set or seen since the start: scripted answers, pending faults, registered
   * tokens and {@code cmd}s, and recorded requests. The port and the {@link #client()} stay.
   */
  @Override
  public void reset() {
    synchronized (lock) {
      scripted.clear();
      tokens.clear();
      extraCmds.clear();
      super.reset();
    }
  }

  /**
   * The appid, base URL and request count; never the appkey.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "FakeQqConnectServer{appId=" + appId + ", baseUrl=" + baseUrl + ", requests="
        + requestCount() + "}";
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
    String body = bodyBytes == null ? "" : bodyBytes.string(StandardCharsets.UTF_8);
    String method = request.getMethod() == null ? "" : request.getMethod();
    String path = url.encodedPath();
    synchronized (lock) {
      Fault fault = nextFault();
      Answer answer;
      if (path.equals(TRANSFER_PATH)) {
        answer = transfer(method, url, params, fault == null);
      } else if (path.equals(ME_PATH)) {
        answer = me(method, params, fault == null);
      } else {
        answer = Answer.violation(404, "text/plain; charset=utf-8", "404 Not Found", "unknown path " + path);
      }
      boolean signValid =
          path.equals(TRANSFER_PATH) && TransferContract.signValid(params, appKey);
      Reply reply =
          fault != null
              ? faultReply(fault, answer.body)
              : reply(answer.status, answer.contentType, answer.body);
      RecordedQqRequest r =
          new RecordedQqRequest(
              requestCount(),
              method,
              path,
              params,
              body,
              signValid,
              fault == null ? answer.violation : null,
              fault,
              reply.status(),
              reply.sent());
      record(r);
      return reply.response();
    }
  }

  /**
   * The transfer CGI. Called under {@link #lock}.
   *
   * @param consume whether a scripted answer may be taken (not when a fault replaces the answer)
   */
  private Answer transfer(String method, HttpUrl url, Map<String, String> p, boolean consume) {
    String formatProblem = TransferContract.format(p);
    String jsonp =
        formatProblem == null && "jsonp".equals(p.get("format"))
            ? p.getOrDefault("callback", DEFAULT_JSONP_CALLBACK)
            : null;
    if (!"GET".equals(method)) {
      return error(
          TransferContract.APPREQ_INVALID,
          method + " is not supported: every parameter goes in the query string of a GET (seed 003"
              + " line 1604, 不支持 POST 调用)",
          jsonp);
    }
    String problem = TransferContract.duplicate(url);
    if (problem == null) {
      problem = formatProblem;
    }
    if (problem == null) {
      problem = TransferContract.missingCommon(p);
    }
    if (problem != null) {
      return error(TransferContract.APPREQ_INVALID, problem, jsonp);
    }
    if (!appId.equals(p.get("oauth_consumer_key"))) {
      return error(
          TransferContract.APP_NOTEXIST,
          "oauth_consumer_key is not the appid this fake expects",
          jsonp);
    }
    if (!TransferContract.signValid(p, appKey)) {
      return error(
          TransferContract.SIG,
          "sign does not match md5(appkey + \"$name$value...\" + appkey) over the sorted parameters",
          jsonp);
    }
    String cmd = p.get("cmd");
    String cmdProblem;
    if (cmd.equals("send_share_for_inner")) {
      cmdProblem = TransferContract.sendShareForInner(p);
    } else if (cmd.equals("gc_achieve_report")) {
      cmdProblem = TransferContract.gcAchieveReport(p);
    } else if (cmd.equals("qc_set_summary_card")) {
      cmdProblem = TransferContract.qcSetSummaryCard(p);
    } else if (extraCmds.containsKey(cmd)) {
      cmdProblem = TransferContract.missing(p, extraCmds.get(cmd).toArray(new String[0]));
    } else {
      return error(TransferContract.API_NOTEXIST, "cmd " + cmd + " does not exist", jsonp);
    }
    if (cmdProblem != null) {
      return error(TransferContract.APPREQ_INVALID, cmdProblem, jsonp);
    }
    Scripted s = consume ? nextScripted(cmd, TRANSFER_PATH) : null;
    if (s != null) {
      return present(s, jsonp, false);
    }
    return jsonAnswer(SEED_ANSWER, jsonp, false);
  }

  /**
   * graph.qq.com {@code /oauth2.0/me}. Called under {@link #lock}.
   *
   * @param consume whether a scripted answer may be taken (not when a fault replaces the answer)
   */
  private Answer me(String method, Map<String, String> p, boolean consume) {
    String callback = "json".equals(p.get("fmt")) ? null : "callback";
    if (!"GET".equals(method)) {
      return Answer.violation(
          405, "text/plain; charset=utf-8", "405 Method Not Allowed", method + " is not supported");
    }
    String token = p.get("access_token");
    if (token == null || token.isEmpty()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("error", 100007);
      e.put("error_description", "missing access token");
      Answer a = jsonAnswer(GameSdkJson.writeString(e), callback, true);
      return Answer.violation(a.status, a.contentType, a.body, "missing required parameter access_token");
    }
    Scripted s = consume ? nextScripted(ME_PATH, null) : null;
    if (s != null) {
      return present(s, callback, true);
    }
    Identity id = tokens.get(token);
    Map<String, Object> body = new LinkedHashMap<>();
    if (id == null) {
      body.put("error", 100016);
      body.put("error_description", "access token check failed");
    } else {
      body.put("client_id", appId);
      body.put("openid", id.openid);
      if ("1".equals(p.get("unionid")) && id.unionid != null) {
        body.put("unionid", id.unionid);
      }
    }
    return jsonAnswer(GameSdkJson.writeString(body), callback, true);
  }

  private Scripted nextScripted(String key, @Nullable String fallbackKey) {
    Deque<Scripted> q = scripted.get(key);
    if (q != null && !q.isEmpty()) {
      return q.poll();
    }
    if (fallbackKey != null) {
      q = scripted.get(fallbackKey);
      if (q != null && !q.isEmpty()) {
        return q.poll();
      }
    }
    return null;
  }

  private static Answer present(Scripted s, @Nullable String callback, boolean graphStyle) {
    boolean json = s.body.trim().startsWith("{");
    if (json && s.status >= 200 && s.status < 300) {
      Answer a = jsonAnswer(s.body, callback, graphStyle);
      return new Answer(s.status, a.contentType, a.body, null);
    }
    String type =
        s.body.trim().startsWith("<")
            ? "text/html; charset=utf-8"
            : json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8";
    return new Answer(s.status, type, s.body, null);
  }

  private static Answer error(int ret, String problem, @Nullable String jsonp) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ret", ret);
    body.put("msg", SEED_MESSAGES.get(ret) + ": " + problem);
    Answer a = jsonAnswer(GameSdkJson.writeString(body), jsonp, false);
    return Answer.violation(a.status, a.contentType, a.body, problem);
  }

  private static Answer jsonAnswer(String json, @Nullable String callback, boolean graphStyle) {
    if (callback == null) {
      return new Answer(200, "application/json; charset=utf-8", json, null);
    }
    String wrapped = graphStyle ? callback + "( " + json + " );\n" : callback + "(" + json + ");";
    return new Answer(200, "application/javascript; charset=utf-8", wrapped, null);
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

  /** The openid and unionid a token stands for. */
  private static final class Identity {
    final String openid;
    final String unionid;

    Identity(String openid, @Nullable String unionid) {
      this.openid = openid;
      this.unionid = unionid;
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

    static Answer violation(int status, String contentType, String body, String violation) {
      return new Answer(status, contentType, body, violation);
    }
  }
}
