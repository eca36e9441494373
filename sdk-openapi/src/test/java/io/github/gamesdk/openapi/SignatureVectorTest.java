package io.github.gamesdk.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.http.RetryPolicy;
import io.github.gamesdk.core.sign.SignatureResult;
import io.github.gamesdk.openapi.internal.OpenApiWire;
import io.github.gamesdk.openapi.model.GetInfoRequest;
import io.github.gamesdk.openapi.model.GetInfoResponse;
import io.github.gamesdk.openapi.model.OpenApiRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PROTOCOLS.md §6 vector through requests the client builds itself, captured on a local
 * server: the exact parameters, the source string and the sig.
 */
class SignatureVectorTest {
  /** PROTOCOLS.md §6 (Tencent Open Platform wiki). */
  static final String APPKEY = "228bf094169a40a3bd188ba37ebe8723";

  static final String APPID = "123456";
  static final String OPENID = "11111111111111111";
  static final String OPENKEY = "2222222222222222";
  static final String SOURCE =
      "GET&%2Fv3%2Fuser%2Fget_info&appid%3D123456%26format%3Djson%26openid%3D11111111111111111"
          + "%26openkey%3D2222222222222222%26pf%3Dqzone%26userip%3D112.90.139.30";
  static final String SIG = "FdJkiDYwMj5Aj1UG2RUPc83iokk=";

  /** The wiki's get_info example answer. */
  static final String WIKI_GET_INFO =
      "{\"ret\":0,\"is_lost\":0,\"nickname\":\"Peter\",\"gender\":\"男\",\"country\":\"中国\","
          + "\"province\":\"广东\",\"city\":\"深圳\","
          + "\"figureurl\":\"http://imgcache.qq.com/qzone_v4/client/userinfo_icon/1236153759.gif\","
          + "\"is_yellow_vip\":1,\"is_yellow_year_vip\":1,\"yellow_vip_level\":7,\"is_yellow_high_vip\":0}";

  MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  OpenApiClient.Builder client() {
    return OpenApiClient.builder()
        .appId(APPID)
        .appKey(Secret.of(APPKEY))
        .baseUrl("http://127.0.0.1:" + server.getPort())
        .retryPolicy(RetryPolicy.none());
  }

  static GetInfoRequest vectorRequest() {
    return GetInfoRequest.of(OPENID, Secret.of(OPENKEY), "qzone", "112.90.139.30");
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).isNotNull();
    return r;
  }

  static void answer(MockWebServer s, String json) {
    s.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/json; charset=utf-8")
            .body(json)
            .build());
  }

  @Test
  void theVectorThroughAGetTheClientBuilds() throws Exception {
    answer(server, WIKI_GET_INFO);
    OpenApiClient c = client().httpMethod(HttpMethod.GET).sendCharset(false).build();
    GetInfoResponse r = c.getInfo(vectorRequest());
    assertThat(r.nickname()).isEqualTo("Peter");

    RecordedRequest req = take();
    assertThat(req.getMethod()).isEqualTo("GET");
    HttpUrl url = req.getUrl();
    assertThat(url.encodedPath()).isEqualTo("/v3/user/get_info");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("appid", APPID);
    expected.put("format", "json");
    expected.put("openid", OPENID);
    expected.put("openkey", OPENKEY);
    expected.put("pf", "qzone");
    expected.put("sig", SIG);
    expected.put("userip", "112.90.139.30");
    assertThat(Independent.decodeForm(url.encodedQuery())).isEqualTo(expected);
    // sig is sent URL-encoded: its '=' must not reach the server raw.
    assertThat(url.encodedQuery()).contains("sig=FdJkiDYwMj5Aj1UG2RUPc83iokk%3D");
    assertThat(req.getBody() == null || req.getBody().size() == 0).isTrue();
  }

  @Test
  void theVectorsSourceIsWhatTheClientSigns() {
    OpenApiWire wire =
        new OpenApiWire(APPID, Secret.of(APPKEY), HttpUrl.get("http://127.0.0.1:1"), false);
    Map<String, String> p = wire.unsignedParams(vectorRequest(), new LinkedHashMap<>());
    SignatureResult r = wire.sign(HttpMethod.GET, "/v3/user/get_info", p);
    assertThat(r.canonical()).isEqualTo(SOURCE);
    assertThat(r.signature()).isEqualTo(SIG);
  }

  @Test
  void theDefaultIsAPostWithCharsetAndTheFormInTheBody() throws Exception {
    answer(server, WIKI_GET_INFO);
    client().build().getInfo(vectorRequest());

    RecordedRequest req = take();
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/v3/user/get_info");
    assertThat(req.getUrl().encodedQuery()).isNull();
    assertThat(req.getHeaders().get("Content-Type"))
        .isEqualTo("application/x-www-form-urlencoded; charset=utf-8");
    Map<String, String> form = Independent.decodeForm(req.getBody().string(StandardCharsets.US_ASCII));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("appid", APPID);
    expected.put("charset", "utf-8");
    expected.put("format", "json");
    expected.put("openid", OPENID);
    expected.put("openkey", OPENKEY);
    expected.put("pf", "qzone");
    expected.put("userip", "112.90.139.30");
    expected.put("sig", Independent.sig(APPKEY, "POST", "/v3/user/get_info", expected));
    assertThat(form).isEqualTo(expected);
    // The independent oracle agrees with the vector, so it can be trusted for the POST.
    Map<String, String> vector = new LinkedHashMap<>(expected);
    vector.remove("charset");
    assertThat(Independent.source("GET", "/v3/user/get_info", vector)).isEqualTo(SOURCE);
    assertThat(Independent.sig(APPKEY, "GET", "/v3/user/get_info", vector)).isEqualTo(SIG);
  }

  @Test
  void aGenericCallSignsItsOwnParametersWithSpecialCharacters() throws Exception {
    answer(server, "{\"ret\":0,\"items\":[]}");
    Map<String, String> own = new LinkedHashMap<>();
    own.put("fopenids", "A~B*C D+E/F=中");
    own.put("empty", "");
    client()
        .build()
        .call(
            OpenApiRequest.builder()
                .path("v3/relation/get_app_friends")
                .method(HttpMethod.GET)
                .from(vectorRequest())
                .params(own)
                .build());
    RecordedRequest req = take();
    assertThat(req.getUrl().encodedPath()).isEqualTo("/v3/relation/get_app_friends");
    Map<String, String> got = Independent.decodeForm(req.getUrl().encodedQuery());
    assertThat(got).containsEntry("fopenids", "A~B*C D+E/F=中").containsEntry("empty", "");
    assertThat(got.get("sig"))
        .isEqualTo(Independent.sig(APPKEY, "GET", "/v3/relation/get_app_friends", got));
    // Every reserved character is percent-encoded on the wire, upper-case hex.
    assertThat(req.getUrl().encodedQuery())
        .contains("fopenids=A%7EB%2AC%20D%2BE%2FF%3D%E4%B8%AD");
  }
}
