package io.github.gamesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code call phonecheck} against a local server that answers like the vendor (seed 001). Every
 * run also checks that the apikey was not printed.
 */
class CallPhoneCheckTest {
  private static final String APIKEY = "apikey-SECRET-7c11272au708345c834b8";
  private static final String NUMBER = "18466849135";

  /** Seed 001 lines 98-107, as the vendor writes it (unquoted keys). */
  private static final String SEED_ANSWER =
      "{\n  code: 0,\n  reason: \"Succ\",\n  result: {\n    Mobile: \"18466849135\",\n"
          + "    Status: \"隐私号\",\n    Area: \"上海-上海\",\n    Now_isp: \"中国移动\"\n  }\n}";

  /** The same answer as the tool prints it: typed, standard JSON, one line. */
  private static final String PRINTED =
      "{\"code\":0,\"reason\":\"Succ\",\"result\":{\"Mobile\":\"18466849135\",\"Status\":\"隐私号\","
          + "\"Area\":\"上海-上海\",\"Now_isp\":\"中国移动\"}}";

  private MockWebServer server;
  private Map<String, String> env;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    env = new HashMap<>();
    env.put("GAMESDK_PHONECHECK_APIKEY", APIKEY);
    env.put("GAMESDK_PHONECHECK_BASE_URL", "http://127.0.0.1:" + server.getPort());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse answer(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  private Cli.Result check(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList("call", "phonecheck"));
    all.addAll(Arrays.asList(args));
    Cli.Result r = Cli.run(env, "", all.toArray(new String[0]));
    assertThat(r.out + r.err).as(r.toString()).doesNotContain(APIKEY);
    return r;
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).isNotNull();
    return r;
  }

  @Test
  void postsAFormAndPrintsTheTypedAnswer() throws Exception {
    server.enqueue(answer(200, SEED_ANSWER));
    Cli.Result r = check(NUMBER);
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).isEqualTo(PRINTED + System.lineSeparator());
    RecordedRequest sent = take();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/ssPhone_Privacy");
    assertThat(sent.getUrl().query()).isNull();
    assertThat(sent.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(sent.getBody().utf8()).isEqualTo("apikey=" + APIKEY + "&mobile=" + NUMBER);
  }

  @Test
  void getPutsTheParametersInTheQueryString() throws Exception {
    server.enqueue(answer(200, SEED_ANSWER));
    Cli.Result r = check("--get", NUMBER);
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).isEqualTo(PRINTED + System.lineSeparator());
    RecordedRequest sent = take();
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getUrl().queryParameter("apikey")).isEqualTo(APIKEY);
    assertThat(sent.getUrl().queryParameter("mobile")).isEqualTo(NUMBER);
  }

  @Test
  void theCountryCodeIsRemoved() throws Exception {
    server.enqueue(answer(200, SEED_ANSWER));
    assertThat(check("+86 " + NUMBER).exit).isZero();
    assertThat(take().getBody().utf8()).endsWith("&mobile=" + NUMBER);
  }

  @Test
  void invalidNumbersNeverReachTheServer() {
    for (String bad : new String[] {"12345", "12812345678", "184668491350", NUMBER + "," + NUMBER, "abc"}) {
      Cli.Result r = check(bad);
      assertThat(r.exit).as(bad + "\n" + r).isEqualTo(2);
      assertThat(r.out).isEmpty();
      assertThat(r.err).startsWith("invalid request: mobile: ").doesNotContain(bad);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void vendorErrorsExitThreeWithCodeCategoryAndReason() {
    server.enqueue(answer(200, "{\n  code: -5,\n  reason: \"当前余额不足发起本次查询请求,请与供应商联系\"\n}"));
    Cli.Result r = check(NUMBER);
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.out).isEmpty();
    assertThat(r.err)
        .isEqualTo(
            "vendor error: code -5 (CONTACT_VENDOR): 当前余额不足发起本次查询请求,请与供应商联系"
                + System.lineSeparator());
  }

  @Test
  void aSystemErrorIsNotSentAgainBecauseQueriesAreBilled() {
    server.enqueue(answer(200, "{code: -8, reason: \"系统错误,请稍候再试\"}"));
    server.enqueue(answer(200, SEED_ANSWER));
    Cli.Result r = check(NUMBER);
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.err).startsWith("vendor error: code -8 (RETRY): ");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void echoedSecretsAndNumbersAreScrubbedFromErrors() {
    server.enqueue(
        answer(200, "{code: -1, reason: \"apikey " + APIKEY + " unknown for " + NUMBER + "\"}"));
    Cli.Result r = check(NUMBER); // check() asserts the apikey is not printed
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.err).startsWith("vendor error: code -1 (FIX_REQUEST): ").doesNotContain(NUMBER).contains("184****9135");
  }

  @Test
  void http500IsATransportFailureSentOnce() {
    server.enqueue(answer(500, "<html>Internal Server Error</html>"));
    server.enqueue(answer(200, SEED_ANSWER));
    Cli.Result r = check(NUMBER);
    assertThat(r.exit).isEqualTo(4);
    assertThat(r.err).startsWith("transport failure: ").contains("HTTP 500");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void connectionRefusedIsATransportFailure() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = s.getLocalPort();
    }
    env.put("GAMESDK_PHONECHECK_BASE_URL", "http://127.0.0.1:" + port);
    Cli.Result r = check(NUMBER);
    assertThat(r.exit).as(r.toString()).isEqualTo(4);
    assertThat(r.err).startsWith("transport failure: ");
  }

  @Test
  void htmlOrTruncatedAnswersAreBadResponses() {
    server.enqueue(answer(200, "<html><body>502 Bad Gateway</body></html>"));
    Cli.Result html = check(NUMBER);
    assertThat(html.exit).isEqualTo(5);
    assertThat(html.err).startsWith("bad response: ").contains("HTML");
    server.enqueue(answer(200, "{code: 0, reason: \"Succ\", result: {Mobile: \"1846684"));
    Cli.Result cut = check(NUMBER);
    assertThat(cut.exit).isEqualTo(5);
    assertThat(cut.out).isEmpty();
  }

  @Test
  void missingApikeyOrBadBaseUrlIsAUsageError() {
    env.remove("GAMESDK_PHONECHECK_APIKEY");
    Cli.Result r = check(NUMBER);
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("GAMESDK_PHONECHECK_APIKEY");
    env.put("GAMESDK_PHONECHECK_APIKEY", "");
    assertThat(check(NUMBER).exit).isEqualTo(2);
    env.put("GAMESDK_PHONECHECK_APIKEY", APIKEY);
    for (String url : new String[] {"not a url", "http://127.0.0.1:1/ssPhone_Privacy", "ftp://x"}) {
      env.put("GAMESDK_PHONECHECK_BASE_URL", url);
      Cli.Result b = check(NUMBER);
      assertThat(b.exit).as(url).isEqualTo(2);
      assertThat(b.err).contains("GAMESDK_PHONECHECK_BASE_URL");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void badCommandLinesAreUsageErrors() {
    String[][] lines = {
      {}, {NUMBER, NUMBER}, {"--get=1", NUMBER}, {"--get", "--get", NUMBER}, {"--post", NUMBER},
    };
    for (String[] line : lines) {
      Cli.Result r = check(line);
      assertThat(r.exit).as(Arrays.toString(line) + "\n" + r).isEqualTo(2);
      assertThat(r.out).isEmpty();
      assertThat(r.err).contains("Usage: gamesdk-cli call phonecheck MOBILE [--get]");
    }
    assertThat(check("--get=1", NUMBER).err).contains("option --get takes no value");
    assertThat(check("--get", "--get", NUMBER).err).contains("option --get given more than once");
    // NAME=VALUE is not a form this command takes: it is read as MOBILE and rejected by the SDK.
    Cli.Result param = check("mobile=" + NUMBER);
    assertThat(param.exit).isEqualTo(2);
    assertThat(param.err).startsWith("invalid request: mobile: ").doesNotContain(NUMBER);
    assertThat(server.getRequestCount()).isZero();
  }
}
