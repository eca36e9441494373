package io.github.gamesdk.testkit.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gamesdk.core.Secret;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's contract checks, exercised with requests built by hand (the tests' own signer and
 * encoder, plain OkHttp): each broken rule gets the documented answer and is recorded.
 */
class FakeOpenApiServerTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String KEY = FakeOpenApiServer.DEFAULT_APP_KEY;
  static final Charset GBK = Charset.forName("GBK");

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    volatile Instant now = Instant.parse("2024-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final MutableClock clock = new MutableClock();
  FakeOpenApiServer fake;

  @BeforeEach
  void start() {
    fake = FakeOpenApiServer.start(FakeOpenApiServer.DEFAULT_APP_ID, Secret.of(KEY), clock);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  String url(String path) {
    return fake.baseUrl() + path;
  }

  Oracle.Reply postSigned(String path, Map<String, String> params) {
    return Oracle.postForm(url(path), Oracle.form(Oracle.signed(KEY, "POST", path, params), StandardCharsets.UTF_8));
  }

  static JsonNode json(Oracle.Reply r) throws Exception {
    return JSON.readTree(r.text());
  }

  RecordedOpenApiRequest last() {
    return fake.takeRequest();
  }

  @Test
  void aCorrectPostGetsTheWikiProfile() throws Exception {
    Oracle.Reply r = postSigned("/v3/user/get_info", Oracle.vectorParams());
    assertThat(r.status).isEqualTo(200);
    assertThat(r.contentType).isEqualTo("application/json; charset=utf-8");
    assertThat(json(r)).isEqualTo(JSON.readTree(FakeOpenApiServer.GET_INFO_ANSWER));
    RecordedOpenApiRequest req = last();
    assertThat(req.method()).isEqualTo("POST");
    assertThat(req.sigValid()).isTrue();
    assertThat(req.violation()).isEmpty();
    assertThat(req.params()).containsEntry("pf", "qzone").containsEntry("charset", "utf-8");
    assertThat(req.contentType()).startsWith("application/x-www-form-urlencoded");
  }

  @Test
  void aCorrectGetWithThePublishedVectorIsAccepted() throws Exception {
    fake.requireCharset(false);
    Map<String, String> p = Oracle.vectorParams();
    p.remove("charset");
    Map<String, String> signed = Oracle.signed(KEY, "GET", "/v3/user/get_info", p);
    // PROTOCOLS.md §6: the oracle reproduces the published sig for these parameters.
    assertThat(signed.get("sig")).isEqualTo("FdJkiDYwMj5Aj1UG2RUPc83iokk=");
    Oracle.Reply r = Oracle.get(url("/v3/user/get_info") + "?" + Oracle.form(signed, StandardCharsets.UTF_8));
    assertThat(r.status).isEqualTo(200);
    // Without charset the seed's default applies: the answer is gbk.
    assertThat(r.contentType).isEqualTo("application/json; charset=gbk");
    assertThat(JSON.readTree(r.text(GBK))).isEqualTo(JSON.readTree(FakeOpenApiServer.GET_INFO_ANSWER));
    assertThat(last().sigValid()).isTrue();
  }

  @Test
  void everyRequiredParameterIsChecked() throws Exception {
    for (String name : new String[] {"openid", "openkey", "appid", "pf", "format", "userip", "charset"}) {
      Map<String, String> p = Oracle.vectorParams();
      p.remove(name);
      Oracle.Reply r = postSigned("/v3/user/get_info", p);
      assertThat(r.text()).as(name).isEqualTo(FakeOpenApiServer.SEED_ERROR_ANSWER);
      assertThat(last().violation()).as(name).hasValue("missing required parameter " + name);
      p.put(name, "");
      postSigned("/v3/user/get_info", p);
      assertThat(last().violation()).as(name + " empty").hasValue("missing required parameter " + name);
    }
    Oracle.Reply noSig =
        Oracle.postForm(url("/v3/user/get_info"), Oracle.form(Oracle.vectorParams(), StandardCharsets.UTF_8));
    assertThat(noSig.text()).isEqualTo(FakeOpenApiServer.SEED_ERROR_ANSWER);
    RecordedOpenApiRequest r = last();
    assertThat(r.violation()).hasValue("missing required parameter sig");
    assertThat(r.sigValid()).isFalse();
  }

  @Test
  void valuesOfCommonParametersAreChecked() throws Exception {
    String[][] bad = {
      {"format", "xml"}, {"format", "JSON"}, {"appid", "12a"}, {"userip", "1.2.3"},
      {"userip", "host.example"}, {"userip", "300.1.1.1"},
    };
    for (String[] b : bad) {
      Map<String, String> p = Oracle.vectorParams();
      p.put(b[0], b[1]);
      assertThat(postSigned("/v3/user/get_info", p).text()).as(b[0] + "=" + b[1]).isEqualTo(FakeOpenApiServer.SEED_ERROR_ANSWER);
      assertThat(last().violation()).as(b[0]).get().asString().contains(b[0]);
    }
    Map<String, String> v6 = Oracle.vectorParams();
    v6.put("userip", "2001:db8::7");
    assertThat(json(postSigned("/v3/user/get_info", v6)).get("ret").asInt()).isZero();
  }

  @Test
  void whereTheParametersComeIsChecked() throws Exception {
    Map<String, String> signed = Oracle.signed(KEY, "POST", "/v3/user/get_info", Oracle.vectorParams());
    String form = Oracle.form(signed, StandardCharsets.UTF_8);
    // A POST with its parameters in the URL.
    Oracle.Reply inUrl = Oracle.post(url("/v3/user/get_info") + "?" + form, "", "application/x-www-form-urlencoded");
    assertThat(inUrl.text()).isEqualTo(FakeOpenApiServer.SEED_ERROR_ANSWER);
    assertThat(last().violation()).get().asString().contains("form body");
    // A POST whose body is not a form.
    assertThat(Oracle.post(url("/v3/user/get_info"), form, "application/json").text())
        .isEqualTo(FakeOpenApiServer.SEED_ERROR_ANSWER);
    assertThat(last().violation()).get().asString().contains("x-www-form-urlencoded");
    // A parameter twice.
    assertThat(Oracle.postForm(url("/v3/user/get_info"), form + "&pf=qzone").text())
        .isEqualTo(FakeOpenApiServer.SEED_ERROR_ANSWER);
    assertThat(last().violation()).hasValue("parameter pf sent twice");
    // Other methods and paths.
    Oracle.Reply put =
        Oracle.send(
            new Request.Builder()
                .url(url("/v3/user/get_info"))
                .put(RequestBody.create(form.getBytes(StandardCharsets.US_ASCII), MediaType.get("application/x-www-form-urlencoded")))
                .build());
    assertThat(put.status).isEqualTo(405);
    assertThat(Oracle.get(url("/v2/user/get_info")).status).isEqualTo(404);
    assertThat(fake.requests()).hasSize(5).allSatisfy(r -> assertThat(r.violation()).isPresent());
  }

  @Test
  void theGatewayCodesComeInTheDocumentedOrder() throws Exception {
    Map<String, String> wrongApp = Oracle.vectorParams();
    wrongApp.put("appid", "654321");
    assertThat(json(postSigned("/v3/user/get_info", wrongApp)).get("ret").asInt()).isEqualTo(-2);
    assertThat(last().sigValid()).isTrue();

    Map<String, String> p = Oracle.vectorParams();
    // Signed as a GET but sent as a POST: METHOD must be the HTTP method used (PROTOCOLS.md §6).
    Oracle.Reply asGet =
        Oracle.postForm(url("/v3/user/get_info"), Oracle.form(Oracle.signed(KEY, "GET", "/v3/user/get_info", p), StandardCharsets.UTF_8));
    assertThat(json(asGet).get("ret").asInt()).isEqualTo(-5);
    assertThat(last().sigValid()).isFalse();
    // Signed for another path.
    Oracle.Reply otherPath =
        Oracle.postForm(url("/v3/user/get_info"), Oracle.form(Oracle.signed(KEY, "POST", "/v3/user/is_login", p), StandardCharsets.UTF_8));
    assertThat(json(otherPath).get("ret").asInt()).isEqualTo(-5);
    // Signed with another key.
    Oracle.Reply otherKey =
        Oracle.postForm(url("/v3/user/get_info"), Oracle.form(Oracle.signed("another-key", "POST", "/v3/user/get_info", p), StandardCharsets.UTF_8));
    JsonNode sigError = json(otherKey);
    assertThat(sigError.get("ret").asInt()).isEqualTo(-5);
    assertThat(sigError.get("msg").asText()).startsWith("签名验证失败");

    assertThat(json(postSigned("/v3/user/no_such_api", p)).get("ret").asInt()).isEqualTo(-9);

    Map<String, String> stranger = Oracle.vectorParams();
    stranger.put("openid", "00000000000000000000000007B673FF");
    assertThat(json(postSigned("/v3/user/get_info", stranger)).get("ret").asInt()).isEqualTo(-24);
    Map<String, String> wrongKey = Oracle.vectorParams();
    wrongKey.put("openkey", "not-this-users-key");
    assertThat(json(postSigned("/v3/user/get_info", wrongKey)).get("ret").asInt()).isEqualTo(-71);
  }

  @Test
  void openkeysExpireAfterTwoHoursUnlessRenewedByIsLogin() throws Exception {
    Instant start = clock.now;
    Secret key = Secret.of(FakeOpenApiServer.DEFAULT_OPENKEY);
    assertThat(fake.openKeyValidUntil(FakeOpenApiServer.DEFAULT_OPENID, key)).isEqualTo(start.plus(Duration.ofHours(2)));
    clock.now = start.plus(Duration.ofMinutes(90));
    assertThat(json(postSigned("/v3/user/is_login", Oracle.vectorParams())))
        .isEqualTo(JSON.readTree(FakeOpenApiServer.IS_LOGIN_ANSWER));
    assertThat(fake.openKeyValidUntil(FakeOpenApiServer.DEFAULT_OPENID, key))
        .isEqualTo(start.plus(Duration.ofMinutes(210)));
    clock.now = start.plus(Duration.ofMinutes(209));
    assertThat(json(postSigned("/v3/user/get_info", Oracle.vectorParams())).get("ret").asInt()).isZero();
    clock.now = start.plus(Duration.ofMinutes(210));
    JsonNode expired = json(postSigned("/v3/user/get_info", Oracle.vectorParams()));
    assertThat(expired.get("ret").asInt()).isEqualTo(-23);
    assertThat(json(postSigned("/v3/user/is_login", Oracle.vectorParams())).get("ret").asInt()).isEqualTo(-23);

    fake.registerUser("OPENID2", Secret.of("KEY2"), "{\"ret\":0,\"nickname\":\"Two\"}");
    Map<String, String> two = Oracle.vectorParams();
    two.put("openid", "OPENID2");
    two.put("openkey", "KEY2");
    assertThat(json(postSigned("/v3/user/get_info", two)).get("nickname").asText()).isEqualTo("Two");
    fake.expireOpenKeys("OPENID2");
    assertThat(json(postSigned("/v3/user/get_info", two)).get("ret").asInt()).isEqualTo(-23);
  }

  @Test
  void answersFollowTheRequestsCharset() throws Exception {
    fake.registerUser("OPENID3", Secret.of("KEY3"), "{\"ret\":0,\"nickname\":\"一业为之\"}");
    Map<String, String> p = Oracle.vectorParams();
    p.put("openid", "OPENID3");
    p.put("openkey", "KEY3");
    p.put("charset", "gbk");
    Oracle.Reply gbk = postSigned("/v3/user/get_info", p);
    assertThat(gbk.contentType).isEqualTo("application/json; charset=gbk");
    assertThat(JSON.readTree(gbk.text(GBK)).get("nickname").asText()).isEqualTo("一业为之");
    p.put("charset", "latin1"); // "其他非法取值也认为是gbk"
    assertThat(postSigned("/v3/user/get_info", p).contentType).isEqualTo("application/json; charset=gbk");

    p.put("charset", "utf-8");
    fake.answerCharset(GBK, false);
    Oracle.Reply undeclared = postSigned("/v3/user/get_info", p);
    assertThat(undeclared.contentType).isEqualTo("application/json");
    assertThat(JSON.readTree(undeclared.text(GBK)).get("nickname").asText()).isEqualTo("一业为之");
    fake.answerCharset(null, false);
    assertThat(postSigned("/v3/user/get_info", p).contentType).isEqualTo("application/json; charset=utf-8");
  }

  @Test
  void gbkRequestValuesAreDecodedAsGbk() throws Exception {
    fake.registerApi("/v3/user/echo", "{\"ret\":0}", "nick");
    Map<String, String> p = Oracle.vectorParams();
    p.put("charset", "gbk");
    p.put("nick", "中文");
    Map<String, String> signed = Oracle.signed(KEY, "POST", "/v3/user/echo", p);
    Oracle.postForm(url("/v3/user/echo"), Oracle.form(signed, GBK));
    RecordedOpenApiRequest r = last();
    assertThat(r.param("nick")).isEqualTo("中文");
    assertThat(r.sigValid()).isTrue();
  }

  @Test
  void registeredApisAndScriptedAnswers() throws Exception {
    fake.registerApi("/v3/relation/get_app_friends", "{\"ret\":0,\"items\":[{\"openid\":\"F1\"}]}", "flag");
    Map<String, String> p = Oracle.vectorParams();
    assertThat(postSigned("/v3/relation/get_app_friends", p).text()).isEqualTo(FakeOpenApiServer.SEED_ERROR_ANSWER);
    assertThat(last().violation()).hasValue("missing required parameter flag of /v3/relation/get_app_friends");
    p.put("flag", "1");
    assertThat(json(postSigned("/v3/relation/get_app_friends", p)).get("items").get(0).get("openid").asText())
        .isEqualTo("F1");

    fake.respondWith("/v3/user/get_info", 200, "{\"ret\":-6,\"msg\":\"limited\"}");
    fake.respondWith("/v3/user/get_info", 502, "<html>bad gateway</html>");
    Map<String, String> v = Oracle.vectorParams();
    assertThat(json(postSigned("/v3/user/get_info", v)).get("ret").asInt()).isEqualTo(-6);
    Oracle.Reply html = postSigned("/v3/user/get_info", v);
    assertThat(html.status).isEqualTo(502);
    assertThat(html.contentType).startsWith("text/html");
    assertThat(json(postSigned("/v3/user/get_info", v)).get("nickname").asText()).isEqualTo("Peter");
    // A scripted answer is taken only by a request that keeps the contract.
    fake.respondWith("/v3/user/get_info", 200, "{\"ret\":0,\"nickname\":\"scripted\"}");
    Map<String, String> broken = Oracle.vectorParams();
    broken.remove("pf");
    postSigned("/v3/user/get_info", broken);
    assertThat(json(postSigned("/v3/user/get_info", v)).get("nickname").asText()).isEqualTo("scripted");

    assertThatThrownBy(() -> fake.registerApi("/v2/x", "{}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fake.respondWith("/v3/x", 99, "{}")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resetForgetsEverythingButKeepsTheDefaultUser() throws Exception {
    fake.registerUser("X", Secret.of("Y"));
    fake.registerApi("/v3/a/b", "{\"ret\":0}");
    fake.respondWith("/v3/user/get_info", 200, "{\"ret\":-1}");
    fake.requireCharset(false);
    postSigned("/v3/user/get_info", Oracle.vectorParams());
    fake.reset();
    assertThat(fake.requestCount()).isZero();
    assertThat(fake.openKeyValidUntil("X", Secret.of("Y"))).isNull();
    assertThat(json(postSigned("/v3/user/get_info", Oracle.vectorParams())).get("ret").asInt()).isZero();
    assertThat(json(postSigned("/v3/a/b", Oracle.vectorParams())).get("ret").asInt()).isEqualTo(-9);
    Map<String, String> noCharset = Oracle.vectorParams();
    noCharset.remove("charset");
    assertThat(postSigned("/v3/user/get_info", noCharset).text()).isEqualTo(FakeOpenApiServer.SEED_ERROR_ANSWER);
  }

  @Test
  void recordedRequestsNeverShowSecrets() {
    postSigned("/v3/user/get_info", Oracle.vectorParams());
    RecordedOpenApiRequest r = last();
    assertThat(r.param("openkey")).isEqualTo(FakeOpenApiServer.DEFAULT_OPENKEY);
    assertThat(r.toString())
        .doesNotContain(FakeOpenApiServer.DEFAULT_OPENKEY)
        .doesNotContain(r.param("sig"))
        .contains("openkey=****", "sig=****", "pf=qzone");
    assertThat(fake.toString()).doesNotContain(KEY);
  }

  @Test
  void startRejectsBadAppIds() {
    assertThatThrownBy(() -> FakeOpenApiServer.start("abc", Secret.of("k")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
