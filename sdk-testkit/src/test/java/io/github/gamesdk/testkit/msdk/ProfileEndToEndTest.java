package io.github.gamesdk.testkit.msdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.msdk.MsdkClient;
import io.github.gamesdk.msdk.MsdkEndpoint;
import io.github.gamesdk.msdk.MsdkEndpoints;
import io.github.gamesdk.msdk.MsdkErrorCode;
import io.github.gamesdk.msdk.MsdkErrorDetail;
import io.github.gamesdk.msdk.model.profile.GetGiftRequest;
import io.github.gamesdk.msdk.model.profile.GetGiftResponse;
import io.github.gamesdk.msdk.model.profile.GetWifiRequest;
import io.github.gamesdk.msdk.model.profile.GetWxXinyueVipRequest;
import io.github.gamesdk.msdk.model.profile.GetWxXinyueVipResponse;
import io.github.gamesdk.msdk.model.profile.GetXinyueSuperRequest;
import io.github.gamesdk.msdk.model.profile.GetXinyueSuperResponse;
import io.github.gamesdk.msdk.model.profile.QqGetFirstRegRequest;
import io.github.gamesdk.msdk.model.profile.QqGetFirstRegResponse;
import io.github.gamesdk.msdk.model.profile.QqGetVideoVipRequest;
import io.github.gamesdk.msdk.model.profile.QqGetVideoVipResponse;
import io.github.gamesdk.msdk.model.profile.QqScoreBatchRequest;
import io.github.gamesdk.msdk.model.profile.QqScoreParam;
import io.github.gamesdk.msdk.model.profile.QueryVipRequest;
import io.github.gamesdk.msdk.model.profile.QueryVipResponse;
import io.github.gamesdk.msdk.model.profile.SubscribeClearRequest;
import io.github.gamesdk.msdk.model.profile.SubscribeGetlistRequest;
import io.github.gamesdk.msdk.model.profile.SubscribeGetlistResponse;
import io.github.gamesdk.msdk.model.profile.SubscribeOpType;
import io.github.gamesdk.msdk.model.profile.SubscribePushRequest;
import io.github.gamesdk.msdk.model.profile.SubscribeSetlistRequest;
import io.github.gamesdk.msdk.model.profile.VipFlag;
import io.github.gamesdk.msdk.model.profile.WxBattleBaseInfo;
import io.github.gamesdk.msdk.model.profile.WxBattleInfo;
import io.github.gamesdk.msdk.model.profile.WxBattlePlatform;
import io.github.gamesdk.msdk.model.profile.WxBattleRecord;
import io.github.gamesdk.msdk.model.profile.WxBattleReportRequest;
import io.github.gamesdk.msdk.model.profile.WxGetEliteinfoRequest;
import io.github.gamesdk.msdk.model.profile.WxGetEliteinfoResponse;
import io.github.gamesdk.msdk.model.profile.WxGetFirstRegRequest;
import io.github.gamesdk.msdk.model.profile.WxGetVideoVipRequest;
import io.github.gamesdk.msdk.model.profile.WxGetVideoVipResponse;
import io.github.gamesdk.msdk.model.profile.WxGetVipRequest;
import io.github.gamesdk.msdk.model.profile.WxGetVipResponse;
import io.github.gamesdk.msdk.model.profile.XinyueAccessType;
import io.github.gamesdk.testkit.Fault;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The /profile calls end to end against the fake: for every call a happy path (the seed's example
 * answer, the request checked by the fake's contract), a vendor error, and a limit that stops the
 * request before it is sent. The calls that change state are never retried.
 */
@ExtendWith(MsdkFakeExtension.class)
class ProfileEndToEndTest {
  static final String QQ_APPID = "100703379";
  static final String QQ_OPENID = "F4382318AFBBD94F856E866043C3472E";
  static final String WX_APPID = "wxcde873f99466f74a";
  static final String WX_OPENID = "oGRTijrV0l67hDGN7dstOl8CphN0";
  static final Secret TOKEN = Secret.of("E16A9965C446956D89303747C632C27B");

  /** One valid call of every /profile endpoint, built from the seed's example values. */
  static Map<String, Function<MsdkClient, Object>> calls() {
    Map<String, Function<MsdkClient, Object>> m = new LinkedHashMap<>();
    m.put("profile/qqget_first_reg", c -> c.profile().qqGetFirstReg(QQ_OPENID, QqGetFirstRegRequest.of(TOKEN)));
    m.put("profile/query_vip", c -> c.profile().queryVip(QQ_OPENID, queryVip()));
    m.put("profile/get_gift", c -> c.profile().getGift(QQ_OPENID, GetGiftRequest.of(QQ_APPID, QQ_OPENID)));
    m.put("profile/get_wifi", c -> c.profile().getWifi(QQ_OPENID, GetWifiRequest.of(QQ_APPID, QQ_OPENID)));
    m.put("profile/qqscore_batch", c -> c.profile().qqScoreBatch(QQ_OPENID, scoreBatch()));
    m.put("profile/qqget_video_vip", c -> c.profile().qqGetVideoVip(QQ_OPENID, qqVideoVip()));
    m.put("profile/get_xinyue_super", c -> c.profile().getXinyueSuper(QQ_OPENID, xinyueSuper()));
    m.put("profile/get_wx_xinyue_vip", c -> c.profile().getWxXinyueVip(WX_OPENID, wxXinyue()));
    m.put("profile/wxget_vip", c -> c.profile().wxGetVip(WX_OPENID, wxVip()));
    m.put("profile/wxget_first_reg", c -> c.profile().wxGetFirstReg(WX_OPENID, WxGetFirstRegRequest.of(TOKEN)));
    m.put("profile/wxget_video_vip", c -> c.profile().wxGetVideoVip(WX_OPENID, wxVideoVip()));
    m.put("profile/wxbattle_report", c -> c.profile().wxBattleReport(WX_OPENID, battle()));
    m.put("profile/subscribe_getlist", c -> c.profile().subscribeGetlist(WX_OPENID, getlist()));
    m.put("profile/subscribe_setlist", c -> c.profile().subscribeSetlist(WX_OPENID, setlist()));
    m.put("profile/subscribe_push",
        c -> c.profile().subscribePush(WX_OPENID, SubscribePushRequest.of(WX_APPID, WX_OPENID, 77)));
    m.put("profile/subscribe_clear",
        c -> c.profile().subscribeClear(WX_OPENID, SubscribeClearRequest.of(WX_APPID, WX_OPENID, 77)));
    m.put("profile/wxget_eliteinfo", c -> c.profile().wxGetEliteinfo(null, WxGetEliteinfoRequest.of(TOKEN)));
    return m;
  }

  static QueryVipRequest queryVip() {
    return QueryVipRequest.builder()
        .appid(QQ_APPID)
        .openid(QQ_OPENID)
        .vip(VipFlag.mask(VipFlag.VIP_NORMAL, VipFlag.VIP_QQ_LEVEL, VipFlag.VIP_BLUE, VipFlag.VIP_RED,
            VipFlag.VIP_XINYUE_NEW))
        .accessToken(TOKEN)
        .build();
  }

  static QqScoreBatchRequest scoreBatch() {
    return QqScoreBatchRequest.builder()
        .appid(QQ_APPID)
        .accessToken(TOKEN)
        .openid(QQ_OPENID)
        .addParam(QqScoreParam.builder().type(3).bcover(1).data("999").expires("123459751").build())
        .build();
  }

  static QqGetVideoVipRequest qqVideoVip() {
    long ts = 1506755367;
    return QqGetVideoVipRequest.builder()
        .appid(QQ_APPID)
        .openid(QQ_OPENID)
        .accessToken(TOKEN)
        .channelId(30012)
        .timestamp(ts)
        .signature(QqGetVideoVipRequest.sign(30012, "channel-secret", QQ_OPENID, TOKEN, ts))
        .build();
  }

  static WxGetVideoVipRequest wxVideoVip() {
    long ts = 1506755218;
    return WxGetVideoVipRequest.builder()
        .appid(WX_APPID)
        .openid(WX_OPENID)
        .channelId(30012)
        .timestamp(ts)
        .signature(WxGetVideoVipRequest.sign(30012, "channel-secret", WX_OPENID, ts))
        .build();
  }

  static GetXinyueSuperRequest xinyueSuper() {
    return GetXinyueSuperRequest.builder()
        .accessType(XinyueAccessType.QQ)
        .accessToken(Secret.of("25600878E96CB97745BFC04C26E37891"))
        .traceId("msdkdemo-E1FBBD6FCDC5D68B47A376FBE041D181-20180116155309-123456")
        .build();
  }

  static GetWxXinyueVipRequest wxXinyue() {
    return GetWxXinyueVipRequest.builder().accessToken(TOKEN).serial("MSDK_20180327_181625_123456").build();
  }

  static WxGetVipRequest wxVip() {
    return WxGetVipRequest.builder().appid(WX_APPID).openid(WX_OPENID).accessToken(TOKEN).build();
  }

  static WxBattleReportRequest battle() {
    return WxBattleReportRequest.builder()
        .appid(WX_APPID)
        .openid(WX_OPENID)
        .addJson(
            WxBattleRecord.builder()
                .baseinfo(WxBattleBaseInfo.builder().gamename("xxx").platid(WxBattlePlatform.IOS).partitionid("9")
                    .roleid("hunter").level(2).build())
                .battleinfo(WxBattleInfo.builder().score(4288625L).iswin(true).build())
                .build())
        .build();
  }

  static SubscribeGetlistRequest getlist() {
    return SubscribeGetlistRequest.builder().appid(WX_APPID).openid(WX_OPENID).accessToken(TOKEN).build();
  }

  static SubscribeSetlistRequest setlist() {
    return SubscribeSetlistRequest.builder()
        .appid(WX_APPID)
        .openid(WX_OPENID)
        .accessToken(TOKEN)
        .addMsgId(77L)
        .opType(SubscribeOpType.CANCEL)
        .build();
  }

  @Test
  void everyCallPassesTheFakesContractAndReadsTheSeedsAnswer(FakeMsdkServer fake, MsdkClient msdk) {
    Map<String, Function<MsdkClient, Object>> calls = calls();
    assertThat(calls.keySet())
        .as("every /profile row of the endpoint table is exercised")
        .containsExactlyInAnyOrderElementsOf(
            MsdkEndpoints.all().stream().filter(e -> e.module().equals("profile")).map(MsdkEndpoint::name)
                .collect(java.util.stream.Collectors.toList()));
    for (Map.Entry<String, Function<MsdkClient, Object>> c : calls.entrySet()) {
      Object answer = c.getValue().apply(msdk);
      assertThat(answer).as(c.getKey()).isNotNull();
      RecordedMsdkRequest req = fake.takeRequest();
      assertThat(req.call()).isEqualTo(c.getKey());
      assertThat(req.violation()).as(c.getKey()).isEmpty();
      assertThat(req.sigValid()).isTrue();
    }
  }

  @Test
  void queryVipReadsLists(FakeMsdkServer fake, MsdkClient msdk) {
    QueryVipResponse r = msdk.profile().queryVip(QQ_OPENID, queryVip());
    assertThat(r.lists()).extracting(v -> v.flag()).containsExactly(1, 2, 4, 8, 512);
    assertThat(r.entry(VipFlag.VIP_QQ_LEVEL).level()).isEqualTo(10);
    JsonNode body = fake.takeRequest().json();
    assertThat(body.get("vip").isIntegralNumber()).isTrue();
    assertThat(body.get("vip").asInt()).isEqualTo(1 | 2 | 4 | 8 | 512);
    assertThat(body.get("appid").isTextual()).isTrue();
  }

  @Test
  void queryVipOidb116MeansReauthorize(FakeMsdkServer fake, MsdkClient msdk) {
    // reference/error-codes.md (e): msg "oidb decode0x5e1 failed, ret:116" = token expired or bad openid.
    fake.respondWith("profile/query_vip", 200, "{\"ret\":-15001,\"msg\":\"oidb decode0x5e1 failed, ret:116\"}");
    assertThatThrownBy(() -> msdk.profile().queryVip(QQ_OPENID, queryVip()))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.rawCode()).isEqualTo(-15001);
              assertThat(e.category()).isEqualTo(ErrorCategory.REAUTHORIZE);
              assertThat(MsdkErrorDetail.of(e).msg()).contains("ret:116");
            });
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void theFirstRegFlagsAndGiftAndWifi(FakeMsdkServer fake, MsdkClient msdk) {
    QqGetFirstRegResponse f = msdk.profile().qqGetFirstReg(QQ_OPENID, QqGetFirstRegRequest.of(TOKEN));
    assertThat(f.popupNeeded()).isFalse();
    assertThat(f.realName()).isTrue();
    GetGiftResponse g = msdk.profile().getGift(QQ_OPENID, GetGiftRequest.of(QQ_APPID, QQ_OPENID));
    assertThat(g.giftPackList().get(0).giftId()).isEqualTo("1001");
    assertThat(msdk.profile().getWifi(QQ_OPENID, GetWifiRequest.of(QQ_APPID, QQ_OPENID)).qualified()).isTrue();
  }

  @Test
  void getCallsPutEveryFieldInTheQueryString(FakeMsdkServer fake, MsdkClient msdk) {
    GetXinyueSuperResponse r = msdk.profile().getXinyueSuper(QQ_OPENID, xinyueSuper());
    assertThat(r.traceId()).isEqualTo("msdkdemo-E1FBBD6FCDC5D68B47A376FBE041D181-20180116155309-123456");
    RecordedMsdkRequest req = fake.takeRequest();
    assertThat(req.method()).isEqualTo("GET");
    assertThat(req.rawBody()).isEmpty();
    assertThat(req.param("access_type")).isEqualTo("1");
    assertThat(req.param("access_token")).isEqualTo("25600878E96CB97745BFC04C26E37891");
    assertThat(req.params().keySet())
        .containsExactly("timestamp", "appid", "sig", "openid", "encode", "access_type", "access_token", "trace_id");
    GetWxXinyueVipResponse w = msdk.profile().getWxXinyueVip(WX_OPENID, wxXinyue());
    assertThat(w.serial()).isEqualTo("MSDK_20180327_181625_123456");
    assertThat(fake.takeRequest().param("serial")).isEqualTo("MSDK_20180327_181625_123456");
  }

  @Test
  void wechatReads(FakeMsdkServer fake, MsdkClient msdk) {
    WxGetVipResponse v = msdk.profile().wxGetVip(WX_OPENID, wxVip());
    assertThat(v.data().vipinfo()).extracting(i -> i.nick()).containsExactly("VIP1", "VIP0");
    assertThat(fake.takeRequest().json().get("json").toString()).isEqualTo("{\"optype\":1}");
    WxGetVideoVipResponse vv = msdk.profile().wxGetVideoVip(WX_OPENID, wxVideoVip());
    assertThat(vv.endTime()).isEqualTo(1487704961L);
    QqGetVideoVipResponse qv = msdk.profile().qqGetVideoVip(QQ_OPENID, qqVideoVip());
    assertThat(qv.member()).isTrue();
    SubscribeGetlistResponse l = msdk.profile().subscribeGetlist(WX_OPENID, getlist());
    assertThat(l.subscribeList()).extracting(i -> i.id()).containsExactly(19L, 43L);
    assertThat(l.more()).isFalse();
    WxGetEliteinfoResponse e = msdk.profile().wxGetEliteinfoAsync(null, WxGetEliteinfoRequest.of(TOKEN)).join();
    assertThat(e.data().gameElite()).isZero();
  }

  @Test
  void wxbattleReportSendsOneRecordAsAnObject(FakeMsdkServer fake, MsdkClient msdk) {
    msdk.profile().wxBattleReport(WX_OPENID, battle());
    JsonNode json = fake.takeRequest().json().get("json");
    assertThat(json.isObject()).isTrue();
    assertThat(json.at("/battleinfo/score").asLong()).isEqualTo(4288625L);
    assertThat(json.at("/baseinfo/platid").isIntegralNumber()).isTrue();
  }

  @Test
  void aVendorErrorOnEveryCallIsAnApiException(FakeMsdkServer fake, MsdkClient msdk) {
    for (Map.Entry<String, Function<MsdkClient, Object>> c : calls().entrySet()) {
      fake.reset();
      fake.respondWith(c.getKey(), 200, "{\"ret\":-1011,\"msg\":\"param error\"}");
      assertThatThrownBy(() -> c.getValue().apply(msdk))
          .as(c.getKey())
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(MsdkErrorCode.PARAM_ERROR);
                assertThat(e.endpoint()).isEqualTo(c.getKey());
                assertThat(e.vendorMessage()).isEqualTo("param error");
              });
      assertThat(fake.requestCount()).as(c.getKey()).isEqualTo(1);
    }
  }

  @Test
  void stateChangingCallsAreNeverRetriedReadsAre(FakeMsdkServer fake, MsdkClient msdk) {
    for (Map.Entry<String, Function<MsdkClient, Object>> c : calls().entrySet()) {
      fake.reset();
      // -503: more than about one request per second for one user; retryable for reads only.
      fake.respondWith(c.getKey(), 200, "{\"ret\":-503,\"msg\":\"request too frequently\"}");
      boolean readOnly = MsdkEndpoints.find(c.getKey()).readOnly();
      if (readOnly) {
        assertThat(c.getValue().apply(msdk)).as(c.getKey()).isNotNull();
        assertThat(fake.requestCount()).as(c.getKey()).isEqualTo(2);
      } else {
        assertThatThrownBy(() -> c.getValue().apply(msdk)).as(c.getKey()).isInstanceOf(ApiException.class);
        assertThat(fake.requestCount()).as(c.getKey()).isEqualTo(1);
      }
    }
    assertThat(MsdkEndpoints.PROFILE_GET_GIFT.readOnly()).isFalse();
    assertThat(MsdkEndpoints.PROFILE_QQSCORE_BATCH.readOnly()).isFalse();
    assertThat(MsdkEndpoints.PROFILE_QUERY_VIP.readOnly()).isTrue();
  }

  @Test
  void aTimeoutOnAReportIsReportedNotRepeated(FakeMsdkServer fake, MsdkClient msdk) {
    fake.failNext(Fault.TIMEOUT, 3);
    assertThatThrownBy(() -> msdk.profile().qqScoreBatch(QQ_OPENID, scoreBatch()))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isTrue());
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void limitsStopRequestsBeforeTheyLeave(FakeMsdkServer fake, MsdkClient msdk) {
    Map<String, Runnable> bad = new LinkedHashMap<>();
    bad.put("accessToken", () -> msdk.profile().qqGetFirstReg(QQ_OPENID, QqGetFirstRegRequest.of(Secret.of(" "))));
    bad.put("vip", () -> msdk.profile().queryVip(QQ_OPENID, QueryVipRequest.builder().from(queryVip()).vip(0x20).build()));
    bad.put("openid", () -> msdk.profile().getGift(QQ_OPENID, GetGiftRequest.of(QQ_APPID, " ")));
    bad.put("appid", () -> msdk.profile().getWifi(QQ_OPENID, GetWifiRequest.of("", QQ_OPENID)));
    bad.put("param.bcover", () -> msdk.profile().qqScoreBatch(QQ_OPENID,
        QqScoreBatchRequest.builder().from(scoreBatch())
            .param(java.util.Collections.singletonList(QqScoreParam.builder().type(3).bcover(2).data("1").build()))
            .build()));
    bad.put("signature", () -> msdk.profile().qqGetVideoVip(QQ_OPENID,
        QqGetVideoVipRequest.builder().from(qqVideoVip()).signature("not-an-md5").build()));
    bad.put("trace_id", () -> msdk.profile().getXinyueSuper(QQ_OPENID,
        GetXinyueSuperRequest.builder().from(xinyueSuper()).traceId(" ").build()));
    bad.put("serial", () -> msdk.profile().getWxXinyueVip(WX_OPENID,
        GetWxXinyueVipRequest.builder().from(wxXinyue()).serial("").build()));
    bad.put("json.optype", () -> msdk.profile().wxGetVip(WX_OPENID,
        WxGetVipRequest.builder().from(wxVip())
            .json(io.github.gamesdk.msdk.model.profile.ImmutableWxVipQuery.builder().optype(2).build()).build()));
    bad.put("accessToken ", () -> msdk.profile().wxGetFirstReg(WX_OPENID, WxGetFirstRegRequest.of(Secret.of(" "))));
    bad.put("timestamp", () -> msdk.profile().wxGetVideoVip(WX_OPENID,
        WxGetVideoVipRequest.builder().from(wxVideoVip()).timestamp(0).build()));
    bad.put("json", () -> msdk.profile().wxBattleReport(WX_OPENID,
        WxBattleReportRequest.builder().from(battle()).json(java.util.Collections.emptyList()).build()));
    bad.put("openid ", () -> msdk.profile().subscribeGetlist(WX_OPENID,
        SubscribeGetlistRequest.builder().from(getlist()).openid("").build()));
    bad.put("msgId", () -> msdk.profile().subscribeSetlist(WX_OPENID,
        SubscribeSetlistRequest.builder().from(setlist()).msgId(java.util.Collections.emptyList()).build()));
    bad.put("msgId ", () -> msdk.profile().subscribePush(WX_OPENID, SubscribePushRequest.of(WX_APPID, WX_OPENID, 0)));
    bad.put("msgId  ", () -> msdk.profile().subscribeClear(WX_OPENID, SubscribeClearRequest.of(WX_APPID, WX_OPENID, -1)));
    bad.put("accessToken  ", () -> msdk.profile().wxGetEliteinfo(null, WxGetEliteinfoRequest.of(Secret.of(" "))));
    assertThat(bad).hasSize(17);
    for (Map.Entry<String, Runnable> b : bad.entrySet()) {
      assertThatThrownBy(b.getValue()::run)
          .as(b.getKey())
          .isInstanceOfSatisfying(
              InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(b.getKey().trim()));
    }
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void aGetCallsTokenStaysOutOfExceptions(FakeMsdkServer fake, MsdkClient msdk) {
    // The token travels in the URL of a GET call (line 1636); failures must not repeat it.
    fake.failNext(Fault.HTML, 3);
    assertThatThrownBy(() -> msdk.profile().getXinyueSuper(QQ_OPENID, xinyueSuper()))
        .satisfies(e -> assertThat(e.toString()).doesNotContain("25600878E96CB97745BFC04C26E37891"));
    fake.reset();
    fake.respondWith("profile/get_wx_xinyue_vip", 200,
        "{\"ret\":-20000,\"msg\":\"40001,invalid credential, access_token=" + TOKEN.reveal() + "\"}");
    assertThatThrownBy(() -> msdk.profile().getWxXinyueVip(WX_OPENID, wxXinyue()))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.category()).isEqualTo(ErrorCategory.REFRESH_TOKEN);
              assertThat(e.toString()).doesNotContain(TOKEN.reveal());
              assertThat(e.vendorMessage()).doesNotContain(TOKEN.reveal());
            });
    assertThat(xinyueSuper().toString()).doesNotContain("25600878E96CB97745BFC04C26E37891");
  }

  @Test
  void theFakeAnswersMinus1011ToWrongJsonTypes(FakeMsdkServer fake) throws Exception {
    // vip sent as a string: the table says int (line 1381).
    RawCalls.Result r =
        RawCalls.post(fake, "/profile/query_vip",
            "{\"appid\":\"100703379\",\"openid\":\"o\",\"accessToken\":\"t\",\"vip\":\"512\"}");
    assertThat(r.json.get("ret").asInt()).isEqualTo(-1011);
    // appid sent as a number: the table says string (line 1378).
    r = RawCalls.post(fake, "/profile/get_gift", "{\"appid\":100703379,\"openid\":\"o\"}");
    assertThat(r.json.get("ret").asInt()).isEqualTo(-1011);
    // msgId of subscribe_push is one int (line 2008), not an array.
    r = RawCalls.post(fake, "/profile/subscribe_push", "{\"appid\":\"wx\",\"openid\":\"o\",\"msgId\":[77]}");
    assertThat(r.json.get("ret").asInt()).isEqualTo(-1011);
    // bcover must be 0 or 1.
    r = RawCalls.post(fake, "/profile/qqscore_batch",
        "{\"appid\":\"1\",\"openid\":\"o\",\"accessToken\":\"t\",\"param\":[{\"type\":3,\"bcover\":5,\"data\":\"1\"}]}");
    assertThat(r.json.get("ret").asInt()).isEqualTo(-1011);
    // A GET call posted is refused.
    r = RawCalls.post(fake, "/profile/get_xinyue_super", "{\"access_type\":1}");
    assertThat(r.json.get("ret").asInt()).isNotZero();
  }
}
