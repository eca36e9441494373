package io.github.gamesdk.testkit.qqconnect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.qqconnect.QqConnectClient;
import io.github.gamesdk.qqconnect.model.AchieveItem;
import io.github.gamesdk.qqconnect.model.GameTag;
import io.github.gamesdk.qqconnect.model.GcAchieveReportRequest;
import io.github.gamesdk.qqconnect.model.GcAchieveReportResponse;
import io.github.gamesdk.qqconnect.model.OAuthMeRequest;
import io.github.gamesdk.qqconnect.model.OAuthMeResponse;
import io.github.gamesdk.qqconnect.model.QcSetSummaryCardRequest;
import io.github.gamesdk.qqconnect.model.QcSetSummaryCardResponse;
import io.github.gamesdk.qqconnect.model.SendShareForInnerRequest;
import io.github.gamesdk.qqconnect.model.SendShareForInnerResponse;
import io.github.gamesdk.qqconnect.model.ShareReceiver;
import io.github.gamesdk.qqconnect.model.TransferResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every QqConnectClient call, blocking and async, against the fake: the request on the wire is
 * exactly the seed's example, and its sign verifies with the key.
 */
@ExtendWith(QqConnectFakeExtension.class)
class QqConnectClientEndToEndTest {
  static final String KEY = FakeQqConnectServer.DEFAULT_APP_KEY;

  static final Secret SHARE_TOKEN = Secret.of("8d3405682be0dd70510325272b495c5e");
  static final String SHARE_OPENID = "1983e77ac7517e997967168816c41867";
  static final Secret CARD_TOKEN = Secret.of("1821FD577DD45526CA6EA2ADAC685508");
  static final String CARD_OPENID = "29439511BB5D23F36BD09F5B0DF94181";

  /** Seed 003 lines 982-986. */
  static SendShareForInnerRequest seedShare() {
    return SendShareForInnerRequest.builder()
        .openid(SHARE_OPENID)
        .accessToken(SHARE_TOKEN)
        .addFopenids(ShareReceiver.of("1983e77ac7517e997967168816c41867"))
        .imageUrl("http://imgcache.qq.com/club/gamecenter/cms/2016-04-01/1459504923_868_750x1182.jpg")
        .targetUrl("http://gamecenter.qq.com/gcjump?appid=1104466820")
        .gameTag(GameTag.MSG_SHARE_FRIEND_DOUBLE)
        .build();
  }

  /**
   * Seed 003 lines 1716-1719, with two corrections the seed forces: total is 4 (the seed says 2
   * but lists four entries) and type 26 carries "1" (the seed's "123" breaks its own table, line
   * 1746: mobile QQ 1 or WeChat 2, and the SDK refuses it before sending).
   */
  static GcAchieveReportRequest seedAchieve() {
    return GcAchieveReportRequest.builder()
        .openid(CARD_OPENID)
        .accessToken(CARD_TOKEN)
        .addItems(AchieveItem.custom(12, "1", false, 0))
        .addItems(AchieveItem.custom(26, "1", false, 0))
        .addItems(AchieveItem.custom(27, "456", false, 0))
        .addItems(AchieveItem.custom(28, "476", true, 1510109015L))
        .build();
  }

  static final String SEED_PARAM =
      "{\"total\":4,\"list\":[{\"type\":12,\"data\":\"1\",\"bcover\":0,\"expires\":0},"
          + "{\"type\":26,\"data\":\"1\",\"bcover\":0,\"expires\":0},"
          + "{\"type\":27,\"data\":\"456\",\"bcover\":0,\"expires\":0},"
          + "{\"type\":28,\"data\":\"476\",\"bcover\":1,\"expires\":1510109015}]}";

  /** Seed 003 lines 1630-1637, the signing example. */
  static QcSetSummaryCardRequest seedCard() {
    return QcSetSummaryCardRequest.builder()
        .openid(CARD_OPENID)
        .accessToken(CARD_TOKEN)
        .cardId("11746")
        .styleId("1")
        .version("7.2.5")
        .platform(2)
        .build();
  }

  static Map<String, String> expectedShareParams() {
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
    p.put("sign", Independent.qqSign(p, KEY));
    return p;
  }

  static Map<String, String> expectedAchieveParams() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("oauth_consumer_key", "100330589");
    p.put("access_token", "1821FD577DD45526CA6EA2ADAC685508");
    p.put("openid", "29439511BB5D23F36BD09F5B0DF94181");
    p.put("cmd", "gc_achieve_report");
    p.put("appid", "100330589");
    p.put("param", SEED_PARAM);
    p.put("sign", Independent.qqSign(p, KEY));
    return p;
  }

  static Map<String, String> expectedCardParams() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("oauth_consumer_key", "100330589");
    p.put("access_token", "1821FD577DD45526CA6EA2ADAC685508");
    p.put("openid", "29439511BB5D23F36BD09F5B0DF94181");
    p.put("cmd", "qc_set_summary_card");
    p.put("card_id", "11746");
    p.put("style_id", "1");
    p.put("version", "7.2.5");
    p.put("platform", "2");
    p.put("sign", "a61529eb51852c7bb6fe396bd62dadcd");
    return p;
  }

  static void assertSeedAnswer(io.github.gamesdk.qqconnect.model.TransferCgiResponse r) {
    assertThat(r.ret()).isZero();
    assertThat(r.msg()).isEqualTo("ok");
    assertThat(r.data().ret()).isZero();
    assertThat(r.data().msg()).isEqualTo("xx");
  }

  static void assertAccepted(RecordedQqRequest r, Map<String, String> expected) {
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.path()).isEqualTo("/cgi-bin/QQConnect.fcgi");
    assertThat(r.params()).isEqualTo(expected);
    assertThat(r.body()).isEmpty();
    assertThat(r.signValid()).isTrue();
    assertThat(r.violation()).isEmpty();
    assertThat(r.answerBody()).isEqualTo(FakeQqConnectServer.SEED_ANSWER);
  }

  @Test
  void sendShareForInner(QqConnectClient qq, FakeQqConnectServer fake) {
    SendShareForInnerResponse r = qq.sendShareForInner(seedShare());
    assertSeedAnswer(r);
    assertAccepted(fake.takeRequest(), expectedShareParams());
  }

  @Test
  void sendShareForInnerAsync(QqConnectClient qq, FakeQqConnectServer fake) throws Exception {
    assertSeedAnswer(qq.sendShareForInnerAsync(seedShare()).get(5, TimeUnit.SECONDS));
    assertAccepted(fake.takeRequest(), expectedShareParams());
  }

  @Test
  void gcAchieveReport(QqConnectClient qq, FakeQqConnectServer fake) {
    GcAchieveReportResponse r = qq.gcAchieveReport(seedAchieve());
    assertSeedAnswer(r);
    assertAccepted(fake.takeRequest(), expectedAchieveParams());
  }

  @Test
  void gcAchieveReportAsync(QqConnectClient qq, FakeQqConnectServer fake) throws Exception {
    assertSeedAnswer(qq.gcAchieveReportAsync(seedAchieve()).get(5, TimeUnit.SECONDS));
    assertAccepted(fake.takeRequest(), expectedAchieveParams());
  }

  @Test
  void qcSetSummaryCardCarriesTheSeedsSign(QqConnectClient qq, FakeQqConnectServer fake) {
    QcSetSummaryCardResponse r = qq.qcSetSummaryCard(seedCard());
    assertSeedAnswer(r);
    RecordedQqRequest sent = fake.takeRequest();
    // Seed 003 line 1665: key 123456 gives a61529eb51852c7bb6fe396bd62dadcd.
    assertThat(sent.param("sign")).isEqualTo("a61529eb51852c7bb6fe396bd62dadcd");
    assertAccepted(sent, expectedCardParams());
  }

  @Test
  void qcSetSummaryCardAsync(QqConnectClient qq, FakeQqConnectServer fake) throws Exception {
    assertSeedAnswer(qq.qcSetSummaryCardAsync(seedCard()).get(5, TimeUnit.SECONDS));
    assertAccepted(fake.takeRequest(), expectedCardParams());
  }

  @Test
  void transferWithAKnownCmdSendsTheSameRequest(QqConnectClient qq, FakeQqConnectServer fake) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("card_id", "11746");
    params.put("style_id", "1");
    params.put("version", "7.2.5");
    params.put("platform", "2");
    TransferResponse r = qq.transfer("qc_set_summary_card", CARD_OPENID, CARD_TOKEN, params);
    assertSeedAnswer(r);
    assertAccepted(fake.takeRequest(), expectedCardParams());
  }

  @Test
  void transferWithAnotherCmdReadsNestedData(QqConnectClient qq, FakeQqConnectServer fake)
      throws Exception {
    fake.registerCmd("add_qq_emoji", "emoji_id");
    // The answer shape of seed 003 lines 2104-2113 (data.data.url).
    fake.respondWith(
        "add_qq_emoji", 200, "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":0,\"msg\":\"xx\",\"data\":{\"url\":\"\"}}}");
    Map<String, String> params = new LinkedHashMap<>();
    params.put("emoji_id", "1234");
    TransferResponse r = qq.transfer("add_qq_emoji", CARD_OPENID, CARD_TOKEN, params);
    assertThat(r.data().data().has("url")).isTrue();
    assertThat(qq.transferAsync("add_qq_emoji", CARD_OPENID, CARD_TOKEN, params).get(5, TimeUnit.SECONDS).data().msg())
        .isEqualTo("xx");
    RecordedQqRequest sent = fake.takeRequest();
    assertThat(sent.cmd()).isEqualTo("add_qq_emoji");
    assertThat(sent.param("emoji_id")).isEqualTo("1234");
    assertThat(sent.signValid()).isTrue();
  }

  @Test
  void awkwardValuesArriveIntactAndTheirSignVerifies(QqConnectClient qq, FakeQqConnectServer fake) {
    fake.registerCmd("echo_test", "v");
    String[] values = {
      "a b+c&d=e#f?g", "中文 QQ 会员", "%20%2B already-encoded", "[{\"openid\":\"x\",\"type\":0}]",
      "emoji \uD83D\uDE00", "$dollar$signs$", "tab\tnewline\n", "'quotes' \"double\" \\ back",
    };
    for (String v : values) {
      Map<String, String> params = new LinkedHashMap<>();
      params.put("v", v);
      params.put("Z_upper", "sorted before a_lower");
      assertSeedAnswer(qq.transfer("echo_test", CARD_OPENID, CARD_TOKEN, params));
      RecordedQqRequest sent = fake.takeRequest();
      assertThat(sent.param("v")).isEqualTo(v);
      assertThat(sent.signValid()).as(v).isTrue();
      Map<String, String> unsigned = new LinkedHashMap<>(sent.params());
      unsigned.remove("sign");
      assertThat(sent.param("sign")).isEqualTo(Independent.qqSign(unsigned, KEY));
    }
  }

  @Test
  void jsonpClientSendsFormatAndCallbackAndReadsTheWrappedAnswer(FakeQqConnectServer fake) {
    QqConnectClient qq = fake.clientBuilder().jsonp("cb").build();
    assertSeedAnswer(qq.qcSetSummaryCard(seedCard()));
    RecordedQqRequest sent = fake.takeRequest();
    assertThat(sent.param("format")).isEqualTo("jsonp");
    assertThat(sent.param("callback")).isEqualTo("cb");
    assertThat(sent.signValid()).isTrue();
    assertThat(sent.answerBody()).isEqualTo("cb(" + FakeQqConnectServer.SEED_ANSWER + ");");
  }

  @Test
  void me(QqConnectClient qq, FakeQqConnectServer fake) {
    fake.registerToken(CARD_TOKEN, CARD_OPENID);
    OAuthMeResponse r = qq.me(OAuthMeRequest.of(CARD_TOKEN));
    assertThat(r.clientId()).isEqualTo("100330589");
    assertThat(r.openid()).isEqualTo(CARD_OPENID);
    assertThat(r.unionid()).isNull();
    RecordedQqRequest sent = fake.takeRequest();
    assertThat(sent.path()).isEqualTo("/oauth2.0/me");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("access_token", "1821FD577DD45526CA6EA2ADAC685508");
    expected.put("fmt", "json");
    assertThat(sent.params()).isEqualTo(expected);
  }

  @Test
  void meWithUnionIdAsync(QqConnectClient qq, FakeQqConnectServer fake) throws Exception {
    fake.registerToken(CARD_TOKEN, CARD_OPENID, "UID_29439511");
    OAuthMeResponse r =
        qq.meAsync(OAuthMeRequest.builder().accessToken(CARD_TOKEN).withUnionId(true).build())
            .get(5, TimeUnit.SECONDS);
    assertThat(r.unionid()).isEqualTo("UID_29439511");
    assertThat(fake.takeRequest().param("unionid")).isEqualTo("1");
  }

  @Test
  void meReadsGraphsDefaultJsonpAnswer(QqConnectClient qq, FakeQqConnectServer fake) {
    // What graph.qq.com answers without fmt=json, taken from the fake itself.
    fake.registerToken(CARD_TOKEN, CARD_OPENID);
    String jsonp =
        Independent.get(
            okhttp3.HttpUrl.get(fake.baseUrl() + "/oauth2.0/me?access_token=" + CARD_TOKEN.reveal()))[1];
    assertThat(jsonp).isEqualTo("callback( {\"client_id\":\"100330589\",\"openid\":\"" + CARD_OPENID + "\"} );\n");
    fake.respondWith(FakeQqConnectServer.ME_PATH, 200, jsonp);
    OAuthMeResponse r = qq.me(OAuthMeRequest.of(Secret.of("any-token")));
    assertThat(r.openid()).isEqualTo(CARD_OPENID);
    assertThat(r.clientId()).isEqualTo("100330589");
  }

  @Test
  void oneClientServesConcurrentAsyncCalls(QqConnectClient qq, FakeQqConnectServer fake) throws Exception {
    java.util.List<java.util.concurrent.CompletableFuture<QcSetSummaryCardResponse>> all = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      all.add(qq.qcSetSummaryCardAsync(QcSetSummaryCardRequest.builder().from(seedCard()).cardId(Integer.toString(i)).build()));
    }
    for (java.util.concurrent.CompletableFuture<QcSetSummaryCardResponse> f : all) {
      assertSeedAnswer(f.get(10, TimeUnit.SECONDS));
    }
    assertThat(fake.requests()).hasSize(100).allMatch(RecordedQqRequest::signValid);
  }
}
