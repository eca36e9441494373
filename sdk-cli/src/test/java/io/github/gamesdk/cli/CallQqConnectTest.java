package io.github.gamesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code call qqconnect} against a local server that answers like the vendor. Every run also checks
 * that neither the access token nor the appkey was printed.
 */
class CallQqConnectTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String APPID = "100330589";
  private static final String APPKEY = "appkey-SECRET-7f3a9c0d";
  private static final String TOKEN = "TOKEN-SECRET-1821FD577DD45526";
  private static final String OPENID = "29439511BB5D23F36BD09F5B0DF94181";
  private static final String OK = "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":0,\"msg\":\"xx\"}}";

  private MockWebServer server;
  private Map<String, String> env;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    env = new HashMap<>();
    env.put("GAMESDK_QQCONNECT_APPID", APPID);
    env.put("GAMESDK_QQCONNECT_APPKEY", APPKEY);
    env.put("GAMESDK_QQCONNECT_BASE_URL", "http://127.0.0.1:" + server.getPort());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse answer(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  private Cli.Result call(String cmd, String... rest) {
    List<String> args =
        new ArrayList<>(
            Arrays.asList("call", "qqconnect", cmd, "--openid", OPENID, "--access-token", TOKEN));
    args.addAll(Arrays.asList(rest));
    return run(args.toArray(new String[0]));
  }

  private Cli.Result run(String... args) {
    Cli.Result r = Cli.run(env, "", args);
    assertThat(r.out + r.err).as(r.toString()).doesNotContain(TOKEN).doesNotContain(APPKEY);
    return r;
  }

  private Cli.Result share(String... params) {
    return call("send_share_for_inner", params);
  }

  private static final String[] SHARE_OK = {
    "fopenids=[{\"openid\":\"F00D\",\"type\":0}]",
    "imageUrl=https://example.com/a.png",
    "targetUrl=https://example.com/",
    "game_tag=MSG_INVITE"
  };

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).isNotNull();
    return r;
  }

  /** Checks {@code sign} of a received request independently: md5(key + "$k$v..." + key). */
  private static void assertSigned(HttpUrl url) {
    Map<String, String> params = new TreeMap<>();
    for (String name : url.queryParameterNames()) {
      params.put(name, url.queryParameter(name));
    }
    String sign = params.remove("sign");
    StringBuilder sb = new StringBuilder(APPKEY);
    for (Map.Entry<String, String> e : params.entrySet()) {
      sb.append('$').append(e.getKey()).append('$').append(e.getValue());
    }
    sb.append(APPKEY);
    assertThat(sign).isEqualTo(Crypto.md5Hex(sb.toString()));
  }

  @Test
  void shareSuccessPrintsTypedJsonAndSendsASignedRequest() throws Exception {
    server.enqueue(answer(200, OK));
    Cli.Result r = share(SHARE_OK);
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).isEqualTo(OK + System.lineSeparator());

    HttpUrl url = take().getUrl();
    assertThat(url.encodedPath()).isEqualTo("/cgi-bin/QQConnect.fcgi");
    assertThat(url.queryParameter("cmd")).isEqualTo("send_share_for_inner");
    assertThat(url.queryParameter("oauth_consumer_key")).isEqualTo(APPID);
    assertThat(url.queryParameter("openid")).isEqualTo(OPENID);
    assertThat(url.queryParameter("access_token")).isEqualTo(TOKEN);
    assertThat(JSON.readTree(url.queryParameter("fopenids")))
        .isEqualTo(JSON.readTree("[{\"openid\":\"F00D\",\"type\":0}]"));
    assertThat(url.queryParameter("imageUrl")).isEqualTo("https://example.com/a.png");
    assertThat(url.queryParameter("targetUrl")).isEqualTo("https://example.com/");
    assertThat(url.queryParameter("game_tag")).isEqualTo("MSG_INVITE");
    assertThat(url.queryParameter("dst")).isEqualTo("1001");
    assertThat(url.queryParameter("flag")).isEqualTo("1");
    assertSigned(url);
  }

  @Test
  void shareAcceptsBareOpenidsAndExplicitDefaults() throws Exception {
    server.enqueue(answer(200, OK));
    Cli.Result r =
        share(
            "fopenids=[\"A1\",{\"openid\":\"B2\"}]",
            "imageUrl=http://example.com/a.png",
            "targetUrl=http://example.com/",
            "game_tag=MSG_HEART_SEND",
            "dst=1001",
            "flag=1");
    assertThat(r.exit).as(r.toString()).isZero();
    HttpUrl url = take().getUrl();
    assertThat(JSON.readTree(url.queryParameter("fopenids")))
        .isEqualTo(
            JSON.readTree("[{\"openid\":\"A1\",\"type\":0},{\"openid\":\"B2\",\"type\":0}]"));
  }

  @Test
  void invalidTypedRequestsNeverReachTheServer() {
    String[][] bad = {
      {SHARE_OK[0], SHARE_OK[1], SHARE_OK[2], SHARE_OK[3], "dst=1002"},
      {SHARE_OK[0], SHARE_OK[1], SHARE_OK[2], SHARE_OK[3], "flag=0"},
      {SHARE_OK[0], SHARE_OK[1], SHARE_OK[2], SHARE_OK[3], "dst=abc"},
      {"fopenids=not json", SHARE_OK[1], SHARE_OK[2], SHARE_OK[3]},
      {"fopenids={\"openid\":\"x\"}", SHARE_OK[1], SHARE_OK[2], SHARE_OK[3]},
      {"fopenids=[]", SHARE_OK[1], SHARE_OK[2], SHARE_OK[3]},
      {"fopenids=[{\"openid\":\"\"}]", SHARE_OK[1], SHARE_OK[2], SHARE_OK[3]},
      {"fopenids=[{\"openid\":1}]", SHARE_OK[1], SHARE_OK[2], SHARE_OK[3]},
      {"fopenids=[{\"openid\":\"x\",\"typo\":0}]", SHARE_OK[1], SHARE_OK[2], SHARE_OK[3]},
      {"fopenids=[\"x\"] trailing", SHARE_OK[1], SHARE_OK[2], SHARE_OK[3]},
      {SHARE_OK[0], "imageUrl=ftp://example.com/a.png", SHARE_OK[2], SHARE_OK[3]},
      {SHARE_OK[0], SHARE_OK[1], "targetUrl=not a url", SHARE_OK[3]},
      {SHARE_OK[0], SHARE_OK[1], SHARE_OK[2], "game_tag=MSG_UNKNOWN"},
      {SHARE_OK[0], SHARE_OK[1], SHARE_OK[2]},
      {SHARE_OK[1], SHARE_OK[2], SHARE_OK[3]},
      {SHARE_OK[0], SHARE_OK[1], SHARE_OK[2], SHARE_OK[3], "extra=1"},
    };
    for (String[] params : bad) {
      Cli.Result r = share(params);
      assertThat(r.exit).as(Arrays.toString(params) + "\n" + r).isEqualTo(2);
      assertThat(r.out).isEmpty();
      assertThat(r.err).startsWith("invalid request: ");
    }
    Cli.Result dst = share(SHARE_OK[0], SHARE_OK[1], SHARE_OK[2], SHARE_OK[3], "dst=1002");
    assertThat(dst.err).contains("dst").contains("1001");
    assertThat(server.getRequestCount()).isZero();
  }

  private static final String ACHIEVE_PARAM =
      "{\"total\":4,\"list\":[{\"type\":12,\"data\":\"1\",\"bcover\":1,\"expires\":0},"
          + "{\"type\":26,\"data\":\"1\"},{\"type\":27,\"data\":\"s1\"},"
          + "{\"type\":28,\"data\":\"r1\",\"bcover\":0,\"expires\":1700000000}]}";

  @Test
  void achieveReportBuildsParamFromItems() throws Exception {
    server.enqueue(answer(200, OK));
    Cli.Result r = call("gc_achieve_report", "param=" + ACHIEVE_PARAM, "appid=" + APPID);
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).isEqualTo(OK + System.lineSeparator());
    HttpUrl url = take().getUrl();
    assertThat(url.queryParameter("cmd")).isEqualTo("gc_achieve_report");
    assertThat(url.queryParameter("appid")).isEqualTo(APPID);
    JsonNode param = JSON.readTree(url.queryParameter("param"));
    assertThat(param)
        .isEqualTo(
            JSON.readTree(
                "{\"total\":4,\"list\":["
                    + "{\"type\":12,\"data\":\"1\",\"bcover\":1,\"expires\":0},"
                    + "{\"type\":26,\"data\":\"1\",\"bcover\":1,\"expires\":0},"
                    + "{\"type\":27,\"data\":\"s1\",\"bcover\":1,\"expires\":0},"
                    + "{\"type\":28,\"data\":\"r1\",\"bcover\":0,\"expires\":1700000000}]}"));
    assertSigned(url);
  }

  @Test
  void invalidAchieveReportsNeverReachTheServer() {
    String[][] bad = {
      {"param=" + ACHIEVE_PARAM, "appid=123"},
      {"param=" + ACHIEVE_PARAM.replace("\"total\":4", "\"total\":3")},
      {"param={\"list\":[{\"type\":12,\"data\":\"1\"}]}"},
      {"param={\"list\":[]}"},
      {
        "param="
            + ACHIEVE_PARAM.replace("{\"type\":12,\"data\":\"1\"", "{\"type\":12,\"data\":\"7\"")
      },
      {"param=" + ACHIEVE_PARAM.replace("\"bcover\":0", "\"bcover\":2")},
      {"param=" + ACHIEVE_PARAM.replace("\"total\":4,", "\"total\":4,\"x\":1,")},
      {"param=[]"},
      {"param={"},
      {},
    };
    for (String[] params : bad) {
      Cli.Result r = call("gc_achieve_report", params);
      assertThat(r.exit).as(Arrays.toString(params) + "\n" + r).isEqualTo(2);
      assertThat(r.err).startsWith("invalid request: ");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void summaryCard() throws Exception {
    server.enqueue(answer(200, OK));
    Cli.Result r =
        call("qc_set_summary_card", "card_id=11746", "style_id=1", "version=7.2.5", "platform=2");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).isEqualTo(OK + System.lineSeparator());
    HttpUrl url = take().getUrl();
    assertThat(url.queryParameter("cmd")).isEqualTo("qc_set_summary_card");
    assertThat(url.queryParameter("card_id")).isEqualTo("11746");
    assertThat(url.queryParameter("style_id")).isEqualTo("1");
    assertThat(url.queryParameter("version")).isEqualTo("7.2.5");
    assertThat(url.queryParameter("platform")).isEqualTo("2");
    assertSigned(url);

    assertThat(call("qc_set_summary_card", "card_id=x", "style_id=1").exit).isEqualTo(2);
    assertThat(call("qc_set_summary_card", "card_id=1").exit).isEqualTo(2);
    assertThat(call("qc_set_summary_card", "card_id=1", "style_id=1", "platform=ios").exit)
        .isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void meCallsGraphAndPrintsTheTypedAnswer() throws Exception {
    server.enqueue(answer(200, "callback( {\"client_id\":\"100330589\",\"openid\":\"ABCDEF\"} );"));
    Cli.Result r = run("call", "qqconnect", "me", "--access-token", TOKEN);
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out)
        .isEqualTo("{\"client_id\":\"100330589\",\"openid\":\"ABCDEF\"}" + System.lineSeparator());
    HttpUrl url = take().getUrl();
    assertThat(url.encodedPath()).isEqualTo("/oauth2.0/me");
    assertThat(url.queryParameter("access_token")).isEqualTo(TOKEN);
    assertThat(url.queryParameter("unionid")).isNull();

    server.enqueue(
        answer(200, "{\"client_id\":\"100330589\",\"openid\":\"ABCDEF\",\"unionid\":\"U1\"}"));
    Cli.Result u = run("call", "qqconnect", "me", "--access-token", TOKEN, "unionid=1");
    assertThat(u.exit).as(u.toString()).isZero();
    assertThat(JSON.readTree(u.out).get("unionid").asText()).isEqualTo("U1");
    assertThat(take().getUrl().queryParameter("unionid")).isEqualTo("1");
  }

  @Test
  void meRejectsOpenidAndOtherParameters() {
    assertThat(call("me").exit).isEqualTo(2);
    assertThat(run("call", "qqconnect", "me", "--access-token", TOKEN, "unionid=2").exit)
        .isEqualTo(2);
    assertThat(run("call", "qqconnect", "me", "--access-token", TOKEN, "x=1").exit).isEqualTo(2);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void meErrorIsAVendorError() {
    server.enqueue(
        answer(
            200,
            "callback( {\"error\":100016,\"error_description\":\"access token check failed\"} );"));
    Cli.Result r = run("call", "qqconnect", "me", "--access-token", TOKEN);
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.err)
        .contains("vendor error: code 100016 (REAUTHORIZE): access token check failed");
  }

  @Test
  void otherCmdGoesThroughTransferWithItsParameters() throws Exception {
    String answer =
        "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":0,\"msg\":\"\",\"data\":{\"url\":\"u\"}}}";
    server.enqueue(answer(200, answer));
    Cli.Result r = call("get_emoji_url", "emoji_id=7", "empty=");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(JSON.readTree(r.out)).isEqualTo(JSON.readTree(answer));
    HttpUrl url = take().getUrl();
    assertThat(url.queryParameter("cmd")).isEqualTo("get_emoji_url");
    assertThat(url.queryParameter("emoji_id")).isEqualTo("7");
    assertThat(url.queryParameter("empty")).isEmpty();
    assertSigned(url);
  }

  @Test
  void otherCmdMayNotOverrideWhatTheToolSets() {
    for (String p :
        new String[] {"sign=x", "openid=x", "access_token=x", "cmd=x", "oauth_consumer_key=1"}) {
      Cli.Result r = call("get_emoji_url", p);
      assertThat(r.exit).as(p).isEqualTo(2);
    }
    assertThat(call("bad-cmd!").exit).isEqualTo(2);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void vendorErrorExitsThreeWithCodeAndMessage() {
    server.enqueue(answer(200, "{\"ret\":-73,\"msg\":\"token invalidated\"}"));
    Cli.Result r = share(SHARE_OK);
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.out).isEmpty();
    assertThat(r.err)
        .isEqualTo(
            "vendor error: code -73 (REAUTHORIZE): token invalidated" + System.lineSeparator());
  }

  @Test
  void vendorErrorInDataAndEchoedSecretsAreScrubbed() {
    server.enqueue(
        answer(
            200,
            "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":-1,\"msg\":\"bad token "
                + TOKEN
                + " for key "
                + APPKEY
                + "\"}}"));
    Cli.Result r = share(SHARE_OK); // run() asserts that neither secret is printed
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.err).startsWith("vendor error: code -1 (");
  }

  @Test
  void successfulAnswerEchoingTheTokenIsScrubbed() {
    server.enqueue(
        answer(200, "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":0,\"msg\":\"" + TOKEN + "\"}}"));
    Cli.Result r = share(SHARE_OK);
    assertThat(r.exit).isZero();
    assertThat(r.out).contains("****");
  }

  @Test
  void http500IsATransportFailure() {
    server.enqueue(answer(500, "Internal Server Error"));
    Cli.Result r = share(SHARE_OK);
    assertThat(r.exit).isEqualTo(4);
    assertThat(r.out).isEmpty();
    assertThat(r.err).startsWith("transport failure: ").contains("HTTP 500");
    assertThat(server.getRequestCount()).isEqualTo(1); // a share is never sent twice
  }

  @Test
  void connectionRefusedIsATransportFailure() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = s.getLocalPort();
    }
    env.put("GAMESDK_QQCONNECT_BASE_URL", "http://127.0.0.1:" + port);
    Cli.Result r = share(SHARE_OK);
    assertThat(r.exit).as(r.toString()).isEqualTo(4);
    assertThat(r.err).startsWith("transport failure: ");
  }

  @Test
  void htmlBodyIsABadResponse() {
    server.enqueue(answer(200, "<html><body>502 Bad Gateway</body></html>"));
    Cli.Result r = share(SHARE_OK);
    assertThat(r.exit).isEqualTo(5);
    assertThat(r.out).isEmpty();
    assertThat(r.err).startsWith("bad response: ").contains("HTML");
  }

  @Test
  void truncatedJsonIsABadResponse() {
    server.enqueue(answer(200, "{\"ret\":0,\"msg\":\"ok\",\"data\":{"));
    Cli.Result r = share(SHARE_OK);
    assertThat(r.exit).isEqualTo(5);
    assertThat(r.err).startsWith("bad response: ");
  }

  @Test
  void missingEnvironmentIsAUsageError() {
    for (String name : new String[] {"GAMESDK_QQCONNECT_APPID", "GAMESDK_QQCONNECT_APPKEY"}) {
      Map<String, String> saved = new HashMap<>(env);
      env.remove(name);
      Cli.Result r = share(SHARE_OK);
      assertThat(r.exit).as(name).isEqualTo(2);
      assertThat(r.err).contains(name);
      env.put(name, "");
      assertThat(share(SHARE_OK).exit).as(name + " empty").isEqualTo(2);
      env = saved;
    }
    env.put("GAMESDK_QQCONNECT_APPID", "not-digits");
    assertThat(share(SHARE_OK).exit).isEqualTo(2);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void badBaseUrlIsAUsageError() {
    for (String url : new String[] {"not a url", "http://127.0.0.1:1/path", "ftp://x"}) {
      env.put("GAMESDK_QQCONNECT_BASE_URL", url);
      Cli.Result r = share(SHARE_OK);
      assertThat(r.exit).as(url).isEqualTo(2);
      assertThat(r.err).contains("GAMESDK_QQCONNECT_BASE_URL");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void missingCmdOpenidOrTokenIsAUsageError() {
    assertThat(run("call", "qqconnect", "--openid", OPENID, "--access-token", TOKEN).exit)
        .isEqualTo(2);
    assertThat(run("call", "qqconnect", "send_share_for_inner", "--access-token", TOKEN).exit)
        .isEqualTo(2);
    assertThat(run("call", "qqconnect", "send_share_for_inner", "--openid", OPENID).exit)
        .isEqualTo(2);
    assertThat(run("call", "qqconnect", "a", "b", "--openid", OPENID, "--access-token", TOKEN).exit)
        .isEqualTo(2);
    assertThat(server.getRequestCount()).isZero();
  }
}
