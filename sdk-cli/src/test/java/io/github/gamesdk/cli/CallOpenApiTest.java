package io.github.gamesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code call openapi} against a local server that answers like the gateway: the same output and
 * exit statuses as {@code call qqconnect}. Every run also checks that neither the openkey nor the
 * appkey was printed.
 */
class CallOpenApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String APPID = "123456";
  private static final String APPKEY = "appkey-SECRET-228bf094169a";
  private static final String OPENKEY = "OPENKEY-SECRET-2222222222";
  private static final String OPENID = "11111111111111111";
  private static final String GET_INFO =
      "{\"ret\":0,\"is_lost\":0,\"nickname\":\"Peter\",\"gender\":\"男\",\"figureurl\":\"http://x/1.gif\","
          + "\"is_yellow_vip\":1,\"is_yellow_year_vip\":1,\"yellow_vip_level\":7,\"is_yellow_high_vip\":0}";

  private MockWebServer server;
  private Map<String, String> env;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    env = new HashMap<>();
    env.put("GAMESDK_OPENAPI_APPID", APPID);
    env.put("GAMESDK_OPENAPI_APPKEY", APPKEY);
    env.put("GAMESDK_OPENAPI_BASE_URL", "http://127.0.0.1:" + server.getPort());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void answer(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .setHeader("Content-Type", "application/json; charset=utf-8")
            .body(body)
            .build());
  }

  private Cli.Result call(String path, String... rest) {
    List<String> args =
        new ArrayList<>(Arrays.asList("call", "openapi", path, "--openid", OPENID, "--openkey", OPENKEY));
    args.addAll(Arrays.asList(rest));
    return run(args.toArray(new String[0]));
  }

  private Cli.Result run(String... args) {
    Cli.Result r = Cli.run(env, "", args);
    assertThat(r.out + r.err).as(r.toString()).doesNotContain(OPENKEY).doesNotContain(APPKEY);
    return r;
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).isNotNull();
    return r;
  }

  private static Map<String, String> decode(String form) throws UnsupportedEncodingException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      out.put(URLDecoder.decode(pair.substring(0, eq), "UTF-8"), URLDecoder.decode(pair.substring(eq + 1), "UTF-8"));
    }
    return out;
  }

  /** PROTOCOLS.md §6 with the JDK only: base64(HMAC-SHA1(key&, METHOD&enc(path)&enc(k=v&...))). */
  private static String sig(String method, String path, Map<String, String> params)
      throws UnsupportedEncodingException {
    StringBuilder joined = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
      if (!e.getKey().equals("sig")) {
        joined.append(joined.length() == 0 ? "" : "&").append(e.getKey()).append('=').append(e.getValue());
      }
    }
    String source = method + "&" + enc(path) + "&" + enc(joined.toString());
    return Crypto.hmacBase64("HmacSHA1", APPKEY + "&", source);
  }

  private static String enc(String s) throws UnsupportedEncodingException {
    return URLEncoder.encode(s, "UTF-8").replace("+", "%20").replace("*", "%2A").replace("~", "%7E");
  }

  @Test
  void getInfoPrintsTheTypedAnswerAndPostsASignedForm() throws Exception {
    answer(200, GET_INFO);
    Cli.Result r = call("v3/user/get_info", "pf=qzone", "userip=112.90.139.30");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).isEqualTo(GET_INFO + System.lineSeparator());

    RecordedRequest req = take();
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/v3/user/get_info");
    Map<String, String> p = decode(req.getBody().utf8());
    Map<String, String> expected = new TreeMap<>();
    expected.put("appid", APPID);
    expected.put("charset", "utf-8");
    expected.put("format", "json");
    expected.put("openid", OPENID);
    expected.put("openkey", OPENKEY);
    expected.put("pf", "qzone");
    expected.put("userip", "112.90.139.30");
    expected.put("sig", sig("POST", "/v3/user/get_info", expected));
    assertThat(new TreeMap<>(p)).isEqualTo(expected);
  }

  @Test
  void isLoginOverGet() throws Exception {
    answer(200, "{\"ret\":0,\"msg\":\"用户已登录\"}");
    Cli.Result r = call("/v3/user/is_login", "--method", "get", "pf=qqgame", "userip=10.1.2.3");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).isEqualTo("{\"ret\":0,\"msg\":\"用户已登录\"}" + System.lineSeparator());
    RecordedRequest req = take();
    assertThat(req.getMethod()).isEqualTo("GET");
    Map<String, String> p = decode(req.getUrl().encodedQuery());
    assertThat(p).containsEntry("pf", "qqgame").containsEntry("userip", "10.1.2.3");
    assertThat(p.get("sig")).isEqualTo(sig("GET", "/v3/user/is_login", p));
  }

  @Test
  void anyOtherPathSendsItsParameters() throws Exception {
    String items = "{\"ret\":0,\"is_lost\":0,\"items\":[{\"openid\":\"F1\"}]}";
    answer(200, items);
    Cli.Result r = call("v3/relation/get_app_friends", "pf=qzone", "userip=1.2.3.4", "flag=1", "empty=");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(JSON.readTree(r.out)).isEqualTo(JSON.readTree(items));
    Map<String, String> p = decode(take().getBody().utf8());
    assertThat(p).containsEntry("flag", "1").containsEntry("empty", "");
    assertThat(p.get("sig")).isEqualTo(sig("POST", "/v3/relation/get_app_friends", p));
  }

  @Test
  void theSeedErrorExampleExitsThreeWithCodeAndMessage() {
    answer(200, "{\"ret\":1000002,\"msg\":\"您提交的参数不正确,请重新操作!\",\"uin\":0}");
    Cli.Result r = call("v3/user/get_info", "pf=qzone", "userip=1.2.3.4");
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.out).isEmpty();
    assertThat(r.err)
        .isEqualTo(
            "vendor error: code 1000002 (FIX_REQUEST): 您提交的参数不正确,请重新操作!" + System.lineSeparator());
    answer(200, "{\"ret\":-23,\"msg\":\"openkey " + OPENKEY + " expired\"}");
    Cli.Result expired = call("v3/user/is_login", "pf=qzone", "userip=1.2.3.4");
    assertThat(expired.exit).isEqualTo(3);
    assertThat(expired.err).startsWith("vendor error: code -23 (REAUTHORIZE): openkey ");
  }

  @Test
  void invalidRequestsNeverReachTheServer() {
    String[][] bad = {
      {"v3/user/get_info", "userip=1.2.3.4"},
      {"v3/user/get_info", "pf=qzone"},
      {"v3/user/get_info", "pf=qzone", "userip=not-an-ip"},
      {"v3/user/get_info", "pf=", "userip=1.2.3.4"},
      {"v3/user/get_info", "pf=qzone", "userip=1.2.3.4", "extra=1"},
      {"v2/user/get_info", "pf=qzone", "userip=1.2.3.4"},
      {"v3/user/../x", "pf=qzone", "userip=1.2.3.4"},
    };
    for (String[] line : bad) {
      Cli.Result r = call(line[0], Arrays.copyOfRange(line, 1, line.length));
      assertThat(r.exit).as(Arrays.toString(line) + "\n" + r).isEqualTo(2);
      assertThat(r.out).isEmpty();
      assertThat(r.err).startsWith("invalid request: ");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void usageErrors() {
    for (String p : new String[] {"openid=x", "openkey=x", "appid=1", "sig=x", "format=xml", "charset=gbk"}) {
      Cli.Result r = call("v3/x/y", "pf=qzone", "userip=1.2.3.4", p);
      assertThat(r.exit).as(p).isEqualTo(2);
      assertThat(r.err).contains("is set by the tool").contains("Usage: gamesdk-cli call openapi");
    }
    assertThat(call("v3/user/get_info", "--method", "PUT", "pf=q", "userip=1.2.3.4").exit).isEqualTo(2);
    assertThat(run("call", "openapi", "--openid", OPENID, "--openkey", OPENKEY).exit).isEqualTo(2);
    assertThat(run("call", "openapi", "v3/user/get_info", "--openkey", OPENKEY, "pf=q", "userip=1.2.3.4").exit)
        .isEqualTo(2);
    assertThat(run("call", "openapi", "v3/user/get_info", "--openid", OPENID, "pf=q", "userip=1.2.3.4").exit)
        .isEqualTo(2);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void missingOrBadEnvironmentIsAUsageError() {
    for (String name : new String[] {"GAMESDK_OPENAPI_APPID", "GAMESDK_OPENAPI_APPKEY"}) {
      Map<String, String> saved = new HashMap<>(env);
      env.remove(name);
      Cli.Result r = call("v3/user/get_info", "pf=qzone", "userip=1.2.3.4");
      assertThat(r.exit).as(name).isEqualTo(2);
      assertThat(r.err).contains(name);
      env = saved;
    }
    env.put("GAMESDK_OPENAPI_APPID", "not-digits");
    assertThat(call("v3/user/get_info", "pf=qzone", "userip=1.2.3.4").exit).isEqualTo(2);
    env.put("GAMESDK_OPENAPI_APPID", APPID);
    for (String url : new String[] {"not a url", "http://127.0.0.1:1/v3", "ftp://x"}) {
      env.put("GAMESDK_OPENAPI_BASE_URL", url);
      Cli.Result r = call("v3/user/get_info", "pf=qzone", "userip=1.2.3.4");
      assertThat(r.exit).as(url).isEqualTo(2);
      assertThat(r.err).contains("GAMESDK_OPENAPI_BASE_URL");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void transportAndFormatFailures() throws IOException {
    server.enqueue(new MockResponse.Builder().code(500).body("Internal Server Error").build());
    Cli.Result r500 = call("v3/spread/set_feed", "pf=qzone", "userip=1.2.3.4");
    assertThat(r500.exit).isEqualTo(4);
    assertThat(r500.err).startsWith("transport failure: ").contains("HTTP 500");
    assertThat(server.getRequestCount()).isEqualTo(1); // an unknown path is never sent twice

    answer(200, "<html><body>502 Bad Gateway</body></html>");
    Cli.Result html = call("v3/user/get_info", "pf=qzone", "userip=1.2.3.4");
    assertThat(html.exit).isEqualTo(5);
    assertThat(html.err).startsWith("bad response: ").contains("HTML");

    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = s.getLocalPort();
    }
    env.put("GAMESDK_OPENAPI_BASE_URL", "http://127.0.0.1:" + port);
    Cli.Result refused = call("v3/user/get_info", "pf=qzone", "userip=1.2.3.4");
    assertThat(refused.exit).as(refused.toString()).isEqualTo(4);
  }

  @Test
  void anAnswerEchoingTheOpenkeyIsScrubbed() {
    answer(200, "{\"ret\":0,\"nickname\":\"" + OPENKEY + "\"}");
    Cli.Result r = call("v3/user/get_info", "pf=qzone", "userip=1.2.3.4");
    assertThat(r.exit).isZero();
    assertThat(r.out).contains("****");
  }

  @Test
  void help() {
    for (String[] line :
        new String[][] {
          {"call", "openapi", "--help"},
          {"call", "openapi", "-h"},
          {"call", "openapi", "v3/user/get_info", "pf=x", "--bogus", "--help"},
        }) {
      Cli.Result r = Cli.run(line);
      assertThat(r.exit).isZero();
      assertThat(r.err).isEmpty();
      assertThat(r.out)
          .startsWith("Usage: gamesdk-cli call openapi PATH --openid ID --openkey KEY")
          .contains("--method", "pf=", "userip=", "v3/user/get_info", "v3/user/is_login")
          .contains("GAMESDK_OPENAPI_APPID", "GAMESDK_OPENAPI_APPKEY", "GAMESDK_OPENAPI_BASE_URL");
    }
    assertThat(Cli.run("call", "--help").out).contains("openapi");
    assertThat(Cli.run("--help").out).contains("call openapi");
  }
}
