package io.github.gamesdk.testkit.qqconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.testkit.Fault;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fake itself, driven with hand-made requests: it must catch every way a client can break the
 * contract of seed 003, and answer valid requests as the seed shows.
 */
class FakeQqConnectServerTest {
  static final String KEY = "123456";
  static final String TOKEN = "1821FD577DD45526CA6EA2ADAC685508";
  static final String OPENID = "29439511BB5D23F36BD09F5B0DF94181";
  static final ObjectMapper JSON = new ObjectMapper();

  FakeQqConnectServer fake;

  @BeforeEach
  void start() {
    fake = FakeQqConnectServer.start("100330589", Secret.of(KEY));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  /** The seed's signing example's parameters (seed 003 lines 1630-1637). */
  static Map<String, String> summaryCard() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("oauth_consumer_key", "100330589");
    p.put("access_token", TOKEN);
    p.put("openid", OPENID);
    p.put("cmd", "qc_set_summary_card");
    p.put("card_id", "11746");
    p.put("style_id", "1");
    p.put("version", "7.2.5");
    p.put("platform", "2");
    return p;
  }

  /** The seed's share example's parameters (seed 003 lines 982-986). */
  static Map<String, String> share() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("cmd", "send_share_for_inner");
    p.put("access_token", "8d3405682be0dd70510325272b495c5e");
    p.put("fopenids", "[{\"openid\":\"1983e77ac7517e997967168816c41867\",\"type\":0}]");
    p.put("imageUrl", "http://imgcache.qq.com/club/gamecenter/cms/2016-04-01/1459504923_868_750x1182.jpg");
    p.put("targetUrl", "http://gamecenter.qq.com/gcjump?appid=1104466820");
    p.put("oauth_consumer_key", "100330589");
    p.put("openid", "1983e77ac7517e997967168816c41867");
    p.put("dst", "1001");
    p.put("flag", "1");
    p.put("game_tag", "MSG_SHARE_FRIEND_DOUBLE");
    return p;
  }

  /** The seed's achieve-report example (seed 003 lines 1716-1719) with total corrected to 4. */
  static Map<String, String> achieve(String param) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("oauth_consumer_key", "100330589");
    p.put("access_token", TOKEN);
    p.put("openid", OPENID);
    p.put("cmd", "gc_achieve_report");
    p.put("appid", "100330589");
    p.put("param", param);
    return p;
  }

  static final String SEED_PARAM_BODY =
      "\"list\":[{\"type\":12,\"data\":\"1\",\"bcover\":0,\"expires\":0},{\"type\":26,\"data\":\"123\","
          + "\"bcover\":0,\"expires\":0},{\"type\":27,\"data\":\"456\",\"bcover\":0,\"expires\":0},"
          + "{\"type\":28,\"data\":\"476\",\"bcover\":1,\"expires\":1510109015}]}";

  String[] send(Map<String, String> params) {
    return Independent.get(Independent.url(fake.baseUrl(), FakeQqConnectServer.TRANSFER_PATH, params, KEY));
  }

  static JsonNode json(String body) throws Exception {
    return JSON.readTree(body);
  }

  static long ret(String[] answer) throws Exception {
    assertThat(answer[0]).isEqualTo("200");
    return json(answer[1]).path("ret").asLong();
  }

  @Test
  void theSeedsOwnSigningExampleUrlIsAcceptedVerbatim() throws Exception {
    // Seed 003 lines 1669-1671, the final HTTP request string, sign a61529eb51852c7bb6fe396bd62dadcd.
    String seedQuery =
        "oauth_consumer_key=100330589&access_token=1821FD577DD45526CA6EA2ADAC685508"
            + "&openid=29439511BB5D23F36BD09F5B0DF94181&cmd=qc_set_summary_card"
            + "&sign=a61529eb51852c7bb6fe396bd62dadcd&card_id=11746&style_id=1&version=7.2.5&platform=2";
    String[] answer = Independent.get(HttpUrl.get(fake.baseUrl() + "/cgi-bin/QQConnect.fcgi?" + seedQuery));
    assertThat(answer[0]).isEqualTo("200");
    assertThat(answer[1]).isEqualTo(FakeQqConnectServer.SEED_ANSWER);
    RecordedQqRequest r = fake.takeRequest();
    assertThat(r.signValid()).isTrue();
    assertThat(r.violation()).isEmpty();
    assertThat(r.cmd()).isEqualTo("qc_set_summary_card");
    assertThat(r.param("sign")).isEqualTo("a61529eb51852c7bb6fe396bd62dadcd");
    assertThat(Independent.qqSign(summaryCard(), KEY)).isEqualTo("a61529eb51852c7bb6fe396bd62dadcd");
  }

  @Test
  void seedShareExampleIsAcceptedWhenSignedWithTheKey() throws Exception {
    String[] answer = send(share());
    assertThat(ret(answer)).isZero();
    assertThat(json(answer[1]).path("data").path("msg").asText()).isEqualTo("xx");
    assertThat(fake.takeRequest().param("fopenids"))
        .isEqualTo("[{\"openid\":\"1983e77ac7517e997967168816c41867\",\"type\":0}]");
  }

  @Test
  void postIsRejectedWithMinusOne() throws Exception {
    HttpUrl url = Independent.url(fake.baseUrl(), FakeQqConnectServer.TRANSFER_PATH, summaryCard(), KEY);
    String[] answer = Independent.post(url, "card_id=11746");
    assertThat(ret(answer)).isEqualTo(-1);
    assertThat(json(answer[1]).path("msg").asText()).startsWith("client 的请求参数无效").contains("POST");
    RecordedQqRequest r = fake.takeRequest();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.body()).isEqualTo("card_id=11746");
    assertThat(r.violation()).hasValueSatisfying(v -> assertThat(v).contains("POST"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"oauth_consumer_key", "openid", "access_token", "cmd"})
  void aMissingCommonParameterIsMinusOne(String name) throws Exception {
    Map<String, String> p = summaryCard();
    p.remove(name);
    String[] answer = send(p);
    assertThat(ret(answer)).isEqualTo(-1);
    assertThat(json(answer[1]).path("msg").asText()).contains("missing required parameter " + name);
  }

  @Test
  void aMissingSignIsMinusOne() throws Exception {
    String[] answer =
        Independent.get(Independent.url(fake.baseUrl(), FakeQqConnectServer.TRANSFER_PATH, summaryCard(), null));
    assertThat(ret(answer)).isEqualTo(-1);
    assertThat(json(answer[1]).path("msg").asText()).contains("sign");
  }

  @Test
  void anotherAppidIsMinusTwo() throws Exception {
    Map<String, String> p = summaryCard();
    p.put("oauth_consumer_key", "222222");
    assertThat(ret(send(p))).isEqualTo(-2);
  }

  @Test
  void aWrongSignIsMinusFive() throws Exception {
    HttpUrl url =
        Independent.url(fake.baseUrl(), FakeQqConnectServer.TRANSFER_PATH, summaryCard(), "654321");
    String[] answer = Independent.get(url);
    assertThat(ret(answer)).isEqualTo(-5);
    assertThat(json(answer[1]).path("msg").asText()).startsWith("签名验证失败");
    RecordedQqRequest r = fake.takeRequest();
    assertThat(r.signValid()).isFalse();
    assertThat(answer[1]).doesNotContain(Independent.qqSign(summaryCard(), KEY));
  }

  @Test
  void anUpperCaseSignIsMinusFiveBecauseTheSeedSaysToLower() throws Exception {
    Map<String, String> p = summaryCard();
    p.put("sign", Independent.qqSign(p, KEY).toUpperCase(java.util.Locale.ROOT));
    String[] answer =
        Independent.get(Independent.url(fake.baseUrl(), FakeQqConnectServer.TRANSFER_PATH, p, null));
    assertThat(ret(answer)).isEqualTo(-5);
  }

  @Test
  void aParameterChangedAfterSigningIsMinusFive() throws Exception {
    Map<String, String> p = summaryCard();
    p.put("sign", Independent.qqSign(p, KEY));
    p.put("card_id", "11747");
    String[] answer =
        Independent.get(Independent.url(fake.baseUrl(), FakeQqConnectServer.TRANSFER_PATH, p, null));
    assertThat(ret(answer)).isEqualTo(-5);
  }

  @Test
  void anUnknownCmdIsMinusNine() throws Exception {
    Map<String, String> p = summaryCard();
    p.put("cmd", "no_such_cmd");
    String[] answer = send(p);
    assertThat(ret(answer)).isEqualTo(-9);
    assertThat(json(answer[1]).path("msg").asText()).contains("no_such_cmd");
  }

  @Test
  void aRegisteredCmdNeedsItsParameters() throws Exception {
    fake.registerCmd("add_qq_emoji", "emoji_id");
    Map<String, String> p = summaryCard();
    p.put("cmd", "add_qq_emoji");
    assertThat(json(send(p)[1]).path("msg").asText()).contains("missing required parameter emoji_id");
    p.put("emoji_id", "1234");
    assertThat(ret(send(p))).isZero();
  }

  @Test
  void aParameterGivenTwiceIsMinusOne() throws Exception {
    HttpUrl url =
        Independent.url(fake.baseUrl(), FakeQqConnectServer.TRANSFER_PATH, summaryCard(), KEY)
            .newBuilder()
            .addQueryParameter("card_id", "1")
            .build();
    String[] answer = Independent.get(url);
    assertThat(ret(answer)).isEqualTo(-1);
    assertThat(json(answer[1]).path("msg").asText()).contains("card_id is given more than once");
  }

  @Test
  void shareParametersKeepTheirRules() throws Exception {
    Object[][] cases = {
      {"fopenids", "1983e77ac7517e997967168816c41867", "fopenids must be a non-empty JSON array"},
      {"fopenids", "[]", "fopenids must be a non-empty JSON array"},
      {"fopenids", "[{\"openid\":\"abc\"}]", "fopenids[0] must be"},
      {"fopenids", "[{\"openid\":\"\",\"type\":0}]", "fopenids[0] must be"},
      {"fopenids", "[{\"openid\":\"a\",\"type\":0}] trailing", "fopenids must be a non-empty JSON array"},
      {"imageUrl", "imgcache.qq.com/a.jpg", "imageUrl must be an http(s) URL"},
      {"targetUrl", "", "missing required parameter targetUrl"},
      {"game_tag", "MSG_UNKNOWN", "game_tag must be one of"},
      {"dst", "1002", "dst can only be 1001"},
      {"flag", "0", "flag can only be 1"},
    };
    for (Object[] c : cases) {
      Map<String, String> p = share();
      p.put((String) c[0], (String) c[1]);
      String[] answer = send(p);
      assertThat(ret(answer)).as("%s=%s", c[0], c[1]).isEqualTo(-1);
      assertThat(json(answer[1]).path("msg").asText()).as("%s=%s", c[0], c[1]).contains((String) c[2]);
    }
    for (String tag : TransferContract.GAME_TAGS) {
      Map<String, String> p = share();
      p.put("game_tag", tag);
      assertThat(ret(send(p))).as(tag).isZero();
    }
  }

  @Test
  void theSeedsAchieveExampleIsRejectedForItsWrongTotal() throws Exception {
    // The seed's own example says "total":2 but lists four entries (line 1718).
    String[] answer = send(achieve("{\"total\":2," + SEED_PARAM_BODY));
    assertThat(ret(answer)).isEqualTo(-1);
    assertThat(json(answer[1]).path("msg").asText())
        .contains("param.total is 2 but param.list has 4 entries");
    assertThat(ret(send(achieve("{\"total\":4," + SEED_PARAM_BODY)))).isZero();
  }

  @Test
  void achieveParametersKeepTheirRules() throws Exception {
    String[][] cases = {
      {"not json", "param must be a JSON object"},
      {"[1,2]", "param must be a JSON object"},
      {"{\"total\":\"1\",\"list\":[]}", "param.total must be a number"},
      {"{\"total\":0}", "param.list must be an array"},
      {
        "{\"total\":3,\"list\":[{\"type\":12,\"data\":\"1\",\"bcover\":1,\"expires\":0},"
            + "{\"type\":26,\"data\":\"1\",\"bcover\":1,\"expires\":0},"
            + "{\"type\":27,\"data\":\"1\",\"bcover\":1,\"expires\":0}]}",
        "param.list lacks type 28"
      },
      {
        "{\"total\":4,\"list\":[{\"type\":12,\"data\":1,\"bcover\":1,\"expires\":0},"
            + "{\"type\":26,\"data\":\"1\",\"bcover\":1,\"expires\":0},"
            + "{\"type\":27,\"data\":\"1\",\"bcover\":1,\"expires\":0},"
            + "{\"type\":28,\"data\":\"1\",\"bcover\":1,\"expires\":0}]}",
        "param.list[0].data must be a string"
      },
      {
        "{\"total\":4,\"list\":[{\"type\":12,\"data\":\"1\",\"bcover\":2,\"expires\":0},"
            + "{\"type\":26,\"data\":\"1\",\"bcover\":1,\"expires\":0},"
            + "{\"type\":27,\"data\":\"1\",\"bcover\":1,\"expires\":0},"
            + "{\"type\":28,\"data\":\"1\",\"bcover\":1,\"expires\":0}]}",
        "param.list[0].bcover must be 0 or 1"
      },
      {
        "{\"total\":4,\"list\":[{\"type\":12,\"data\":\"1\",\"bcover\":1,\"expires\":-1},"
            + "{\"type\":26,\"data\":\"1\",\"bcover\":1,\"expires\":0},"
            + "{\"type\":27,\"data\":\"1\",\"bcover\":1,\"expires\":0},"
            + "{\"type\":28,\"data\":\"1\",\"bcover\":1,\"expires\":0}]}",
        "param.list[0].expires must be 0 or a Unix time"
      },
    };
    for (String[] c : cases) {
      String[] answer = send(achieve(c[0]));
      assertThat(ret(answer)).as(c[0]).isEqualTo(-1);
      assertThat(json(answer[1]).path("msg").asText()).as(c[0]).contains(c[1]);
    }
    Map<String, String> p = achieve("{\"total\":4," + SEED_PARAM_BODY);
    p.put("appid", "abc");
    assertThat(json(send(p)[1]).path("msg").asText()).contains("appid must be");
  }

  @Test
  void summaryCardParametersKeepTheirRules() throws Exception {
    Map<String, String> p = summaryCard();
    p.remove("style_id");
    assertThat(json(send(p)[1]).path("msg").asText()).contains("missing required parameter style_id");
    p = summaryCard();
    p.put("card_id", "x1");
    assertThat(json(send(p)[1]).path("msg").asText()).contains("card_id must be a number");
  }

  @Test
  void jsonpUsesTheDefaultCallbackOrTheOneGiven() throws Exception {
    Map<String, String> p = summaryCard();
    p.put("format", "jsonp");
    String[] answer = send(p);
    assertThat(answer[1]).isEqualTo("_Callback(" + FakeQqConnectServer.SEED_ANSWER + ");");
    p.put("callback", "cb");
    assertThat(send(p)[1]).isEqualTo("cb(" + FakeQqConnectServer.SEED_ANSWER + ");");
    p.put("cmd", "nope");
    assertThat(send(p)[1]).startsWith("cb({\"ret\":-9,");
    p = summaryCard();
    p.put("format", "json");
    assertThat(send(p)[1]).isEqualTo(FakeQqConnectServer.SEED_ANSWER);
  }

  @Test
  void badFormatOrCallbackIsMinusOneInPlainJson() throws Exception {
    Map<String, String> p = summaryCard();
    p.put("format", "xml");
    assertThat(ret(send(p))).isEqualTo(-1);
    p.put("format", "jsonp");
    p.put("callback", "alert(document.cookie)");
    String[] answer = send(p);
    assertThat(ret(answer)).isEqualTo(-1);
    assertThat(answer[1]).doesNotContain("alert");
  }

  @Test
  void unknownPathIs404() {
    String[] answer = Independent.get(HttpUrl.get(fake.baseUrl() + "/cgi-bin/other.fcgi?cmd=x"));
    assertThat(answer[0]).isEqualTo("404");
    assertThat(fake.takeRequest().violation()).hasValue("unknown path /cgi-bin/other.fcgi");
  }

  @Test
  void meAnswersJsonpByDefaultAndJsonOnRequest() {
    fake.registerToken(Secret.of(TOKEN), OPENID, "UID_1");
    HttpUrl me = HttpUrl.get(fake.baseUrl() + "/oauth2.0/me").newBuilder().addQueryParameter("access_token", TOKEN).build();
    assertThat(Independent.get(me)[1])
        .isEqualTo("callback( {\"client_id\":\"100330589\",\"openid\":\"" + OPENID + "\"} );\n");
    assertThat(Independent.get(me.newBuilder().addQueryParameter("fmt", "json").build())[1])
        .isEqualTo("{\"client_id\":\"100330589\",\"openid\":\"" + OPENID + "\"}");
    assertThat(Independent.get(me.newBuilder().addQueryParameter("unionid", "1").addQueryParameter("fmt", "json").build())[1])
        .isEqualTo("{\"client_id\":\"100330589\",\"openid\":\"" + OPENID + "\",\"unionid\":\"UID_1\"}");
  }

  @Test
  void meRejectsUnknownAndMissingTokens() {
    HttpUrl me = HttpUrl.get(fake.baseUrl() + "/oauth2.0/me?access_token=unknown");
    assertThat(Independent.get(me)[1])
        .isEqualTo("callback( {\"error\":100016,\"error_description\":\"access token check failed\"} );\n");
    assertThat(Independent.get(HttpUrl.get(fake.baseUrl() + "/oauth2.0/me?fmt=json"))[1])
        .isEqualTo("{\"error\":100007,\"error_description\":\"missing access token\"}");
    assertThat(Independent.post(me, "")[0]).isEqualTo("405");
  }

  @Test
  void scriptedAnswersAreQueuedPerCmdThenPathAndSurviveInvalidRequests() throws Exception {
    fake.respondWith("qc_set_summary_card", 200, "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":1,\"msg\":\"first\"}}");
    fake.respondWith("qc_set_summary_card", 200, "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":2,\"msg\":\"second\"}}");
    fake.respondWith(FakeQqConnectServer.TRANSFER_PATH, 200, "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":3,\"msg\":\"any\"}}");
    fake.respondWith("send_share_for_inner", 502, "<html>bad gateway</html>");

    Map<String, String> bad = summaryCard();
    bad.put("card_id", "x");
    assertThat(ret(send(bad))).isEqualTo(-1); // takes no scripted answer
    assertThat(json(send(summaryCard())[1]).path("data").path("msg").asText()).isEqualTo("first");
    Map<String, String> jsonp = summaryCard();
    jsonp.put("format", "jsonp");
    assertThat(send(jsonp)[1]).isEqualTo("_Callback({\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":2,\"msg\":\"second\"}});");
    assertThat(json(send(summaryCard())[1]).path("data").path("msg").asText()).isEqualTo("any");
    assertThat(send(summaryCard())[1]).isEqualTo(FakeQqConnectServer.SEED_ANSWER);
    String[] gateway = send(share());
    assertThat(gateway).containsExactly("502", "<html>bad gateway</html>");
    assertThat(fake.requestCount()).isEqualTo(6);
  }

  @Test
  void faultsHitTheNextRequestsInOrder() throws Exception {
    fake.failNext(Fault.HTTP_500, 2);
    fake.failNext(Fault.HTML);
    assertThat(send(summaryCard())[0]).isEqualTo("500");
    assertThat(send(summaryCard())[0]).isEqualTo("500");
    String[] html = send(summaryCard());
    assertThat(html[0]).isEqualTo("200");
    assertThat(html[1]).startsWith("<!DOCTYPE html>");
    fake.failNext(Fault.TRUNCATED);
    String[] cut = send(summaryCard());
    assertThat(FakeQqConnectServer.SEED_ANSWER).startsWith(cut[1]).isNotEqualTo(cut[1]);
    assertThat(ret(send(summaryCard()))).isZero();
    List<RecordedQqRequest> all = fake.requests();
    assertThat(all).extracting(r -> r.fault().orElse(null))
        .containsExactly(Fault.HTTP_500, Fault.HTTP_500, Fault.HTML, Fault.TRUNCATED, null);
    assertThat(all.get(3).answerBody()).isEqualTo(cut[1]);
  }

  @Test
  void recordingIsImmutableOrderedAndResettable() {
    assertThat(fake.takeRequest(50, TimeUnit.MILLISECONDS)).isNull();
    send(summaryCard());
    send(share());
    List<RecordedQqRequest> all = fake.requests();
    assertThat(all).extracting(RecordedQqRequest::sequence).containsExactly(0, 1);
    assertThatThrownBy(() -> all.add(all.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> all.get(0).params().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(fake.takeRequest().cmd()).isEqualTo("qc_set_summary_card");
    assertThat(fake.takeRequest().cmd()).isEqualTo("send_share_for_inner");
    assertThat(fake.requests()).hasSize(2);
    fake.respondWith("qc_set_summary_card", 200, "{\"ret\":7}");
    fake.failNext(Fault.HTML);
    fake.reset();
    assertThat(fake.requestCount()).isZero();
    assertThat(send(summaryCard())[1]).isEqualTo(FakeQqConnectServer.SEED_ANSWER);
    assertThat(fake.requests().get(0).sequence()).isZero();
  }

  @Test
  void recordedRequestToStringHidesTokenAndSign() {
    Map<String, String> p = summaryCard();
    String sign = Independent.qqSign(p, KEY);
    send(p);
    RecordedQqRequest r = fake.takeRequest();
    assertThat(r.param("access_token")).isEqualTo(TOKEN);
    assertThat(r.param("sign")).isEqualTo(sign);
    assertThat(r.toString())
        .doesNotContain(TOKEN)
        .doesNotContain(sign)
        .contains("access_token=****", "sign=****", "card_id=11746");
    assertThat(fake.toString()).doesNotContain(KEY);
  }

  @Test
  void concurrentRequestsAreAllRecordedOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String[]>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        Map<String, String> p = summaryCard();
        p.put("card_id", Integer.toString(i));
        answers.add(pool.submit(() -> send(p)));
      }
      for (Future<String[]> f : answers) {
        assertThat(ret(f.get(10, TimeUnit.SECONDS))).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(fake.requestCount()).isEqualTo(200);
    Set<String> cards = new HashSet<>();
    Set<Integer> sequences = new HashSet<>();
    for (RecordedQqRequest r : fake.requests()) {
      cards.add(r.param("card_id"));
      sequences.add(r.sequence());
    }
    assertThat(cards).hasSize(200);
    assertThat(sequences).hasSize(200);
  }

  @Test
  void startChecksItsArguments() {
    assertThatThrownBy(() -> FakeQqConnectServer.start("abc", Secret.of("k")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fake.failNext(Fault.RESET, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fake.respondWith("", 200, "{}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fake.registerCmd("bad cmd")).isInstanceOf(IllegalArgumentException.class);
    try (FakeQqConnectServer defaults = FakeQqConnectServer.start()) {
      assertThat(defaults.appId()).isEqualTo("100330589");
      assertThat(defaults.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
      assertThat(defaults.client()).isSameAs(defaults.client());
    }
  }
}
