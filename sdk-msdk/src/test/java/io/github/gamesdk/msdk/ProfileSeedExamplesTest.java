package io.github.gamesdk.msdk;

import static io.github.gamesdk.msdk.SeedExamplesTest.tree;
import static io.github.gamesdk.msdk.SeedExamplesTest.written;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.msdk.model.MsdkResponse;
import io.github.gamesdk.msdk.model.profile.GetGiftRequest;
import io.github.gamesdk.msdk.model.profile.GetGiftResponse;
import io.github.gamesdk.msdk.model.profile.GetWifiRequest;
import io.github.gamesdk.msdk.model.profile.GetWifiResponse;
import io.github.gamesdk.msdk.model.profile.GetWxXinyueVipRequest;
import io.github.gamesdk.msdk.model.profile.GetWxXinyueVipResponse;
import io.github.gamesdk.msdk.model.profile.GetXinyueSuperRequest;
import io.github.gamesdk.msdk.model.profile.GetXinyueSuperResponse;
import io.github.gamesdk.msdk.model.profile.QqGetFirstRegRequest;
import io.github.gamesdk.msdk.model.profile.QqGetFirstRegResponse;
import io.github.gamesdk.msdk.model.profile.QqGetVideoVipRequest;
import io.github.gamesdk.msdk.model.profile.QqGetVideoVipResponse;
import io.github.gamesdk.msdk.model.profile.QqScoreBatchRequest;
import io.github.gamesdk.msdk.model.profile.QqScoreBatchResponse;
import io.github.gamesdk.msdk.model.profile.QqScoreParam;
import io.github.gamesdk.msdk.model.profile.QueryVipRequest;
import io.github.gamesdk.msdk.model.profile.QueryVipResponse;
import io.github.gamesdk.msdk.model.profile.SubscribeClearRequest;
import io.github.gamesdk.msdk.model.profile.SubscribeClearResponse;
import io.github.gamesdk.msdk.model.profile.SubscribeGetlistRequest;
import io.github.gamesdk.msdk.model.profile.SubscribeGetlistResponse;
import io.github.gamesdk.msdk.model.profile.SubscribeOpType;
import io.github.gamesdk.msdk.model.profile.SubscribePushRequest;
import io.github.gamesdk.msdk.model.profile.SubscribePushResponse;
import io.github.gamesdk.msdk.model.profile.SubscribeSetlistRequest;
import io.github.gamesdk.msdk.model.profile.SubscribeSetlistResponse;
import io.github.gamesdk.msdk.model.profile.VipFlag;
import io.github.gamesdk.msdk.model.profile.WxBattleBaseInfo;
import io.github.gamesdk.msdk.model.profile.WxBattleCustomValue;
import io.github.gamesdk.msdk.model.profile.WxBattleInfo;
import io.github.gamesdk.msdk.model.profile.WxBattlePlatform;
import io.github.gamesdk.msdk.model.profile.WxBattleRecord;
import io.github.gamesdk.msdk.model.profile.WxBattleReportRequest;
import io.github.gamesdk.msdk.model.profile.WxBattleReportResponse;
import io.github.gamesdk.msdk.model.profile.WxGetEliteinfoRequest;
import io.github.gamesdk.msdk.model.profile.WxGetEliteinfoResponse;
import io.github.gamesdk.msdk.model.profile.WxGetFirstRegRequest;
import io.github.gamesdk.msdk.model.profile.WxGetFirstRegResponse;
import io.github.gamesdk.msdk.model.profile.WxGetVideoVipRequest;
import io.github.gamesdk.msdk.model.profile.WxGetVideoVipResponse;
import io.github.gamesdk.msdk.model.profile.WxGetVipRequest;
import io.github.gamesdk.msdk.model.profile.WxGetVipResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every example request and answer of seed 004 for the /profile calls: the request model built from
 * the example's values serializes to the example's JSON (same fields, same JSON types), and the
 * example answer parses into its model and writes back without loss. The examples are copied from
 * the seed (lines cited); where a copy had to be repaired, the comment says how.
 */
class ProfileSeedExamplesTest {
  static final String WX_TOKEN =
      "OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJYyBcXKXYWTlxU_BAMfu7Rzsr51Nu-CarhcPT6zYlD9FrWRzuA0ccQMgrTGqpao2C-"
          + "TqXCXdT-DZ44iKkidglb5Q9jQbXnMPrSTck_DUdGMg";

  /** The answer parses, writes back to the same JSON, and keeps the undocumented fields. */
  static <R extends MsdkResponse> R roundTrip(String json, Class<R> type) throws IOException {
    R r = GameSdkJson.mapper().readValue(json, type);
    assertThat(tree(GameSdkJson.writeString(r))).isEqualTo(tree(json));
    return r;
  }

  @Test
  void qqgetFirstReg() throws IOException {
    // Lines 1359-1361.
    String seed = "{\"accessToken\":\"0F6D3680BE37ADB831480D4D394F0614\"}";
    assertThat(written(QqGetFirstRegRequest.of(Secret.of("0F6D3680BE37ADB831480D4D394F0614")))).isEqualTo(tree(seed));
    // Lines 1363-1369.
    QqGetFirstRegResponse a =
        roundTrip(
            "{\"ret\":0,\"msg\":\"success\",\"need_pop\":\"0\",\"realname_flag\":\"1\",\"mobile_flag\":\"1\"}",
            QqGetFirstRegResponse.class);
    assertThat(a.needPop()).isEqualTo("0");
    assertThat(a.popupNeeded()).isFalse();
    assertThat(a.realName()).isTrue();
    assertThat(a.mobileRegistered()).isTrue();
    assertThat(a.extra()).isEmpty();
    // Lenient reading: a number 1 is the flag "1"; only "1" opens the pop-up.
    assertThat(GameSdkJson.mapper().readValue("{\"ret\":0,\"need_pop\":1}", QqGetFirstRegResponse.class).popupNeeded())
        .isTrue();
    assertThat(GameSdkJson.mapper().readValue("{\"ret\":0,\"need_pop\":\"2\"}", QqGetFirstRegResponse.class).popupNeeded())
        .isFalse();
  }

  @Test
  void queryVip() throws IOException {
    // Lines 1403-1408.
    String seed =
        "{\"appid\": \"100703379\",\"openid\": \"A3284A812ECA15269F85AE1C2D94EB37\",\"vip\": 512,"
            + "\"accessToken\":\"A3284A812ECA15A3284A812ECA15269F85AE1C2D94EB37269F85AE1C2D94EB37\"}";
    QueryVipRequest r =
        QueryVipRequest.builder()
            .appid("100703379")
            .openid("A3284A812ECA15269F85AE1C2D94EB37")
            .vip(VipFlag.mask(VipFlag.VIP_XINYUE_NEW))
            .accessToken(Secret.of("A3284A812ECA15A3284A812ECA15269F85AE1C2D94EB37269F85AE1C2D94EB37"))
            .build();
    assertThat(written(r)).isEqualTo(tree(seed));
    assertThat(written(r).get("vip").isIntegralNumber()).isTrue();
    assertThat(written(r).get("appid").isTextual()).isTrue();
    // Lines 1410-1447: "lists" as in the example.
    String answer =
        "{\"ret\": 0,\"msg\": \"\",\"lists\": [{\"flag\": 1,\"year\": 0,\"level\": 0,\"luxury\": 0,\"isvip\": 0},"
            + "{\"flag\": 2,\"year\": 0,\"level\": 10,\"luxury\": 0,\"isvip\": 1},"
            + "{\"flag\": 4,\"year\": 0,\"level\": 0,\"luxury\": 0,\"isvip\": 0},"
            + "{\"flag\": 8,\"year\": 0,\"level\": 0,\"luxury\": 0,\"isvip\": 0},"
            + "{\"flag\": 512,\"year\": 0,\"level\": 11,\"luxury\": 0,\"isvip\": 0}]}";
    QueryVipResponse a = roundTrip(answer, QueryVipResponse.class);
    assertThat(a.lists()).hasSize(5);
    assertThat(a.entry(VipFlag.VIP_QQ_LEVEL).level()).isEqualTo(10);
    assertThat(a.entry(VipFlag.VIP_QQ_LEVEL).vip()).isTrue();
    assertThat(a.entry(VipFlag.VIP_XINYUE_NEW).level()).isEqualTo(11);
    assertThat(a.lists().get(4).kind()).isEqualTo(VipFlag.VIP_XINYUE_NEW);
    assertThat(a.entry(VipFlag.VIP_YELLOW)).isNull();
    // The table's spelling "list" (line 1387) is read too, and written as the example's "lists".
    QueryVipResponse t =
        GameSdkJson.mapper().readValue("{\"ret\":0,\"list\":[{\"flag\":4,\"isvip\":1,\"year\":1}]}", QueryVipResponse.class);
    assertThat(t.lists()).hasSize(1);
    assertThat(t.entry(VipFlag.VIP_BLUE).vip()).isTrue();
    assertThat(tree(GameSdkJson.writeString(t)).has("lists")).isTrue();
  }

  @Test
  void getGiftAndGetWifi() throws IOException {
    // Lines 1469-1472 and 1506-1509 (the same body).
    String seed = "{\"appid\": \"100703379\",\"openid\": \"F4382318AFBBD94F856E866043C3472E\"}";
    assertThat(written(GetGiftRequest.of("100703379", "F4382318AFBBD94F856E866043C3472E"))).isEqualTo(tree(seed));
    assertThat(written(GetWifiRequest.of("100703379", "F4382318AFBBD94F856E866043C3472E"))).isEqualTo(tree(seed));
    // Lines 1474-1484.
    GetGiftResponse g =
        roundTrip(
            "{\"GiftPackList\": [{\"giftCount\": \"1\",\"giftId\": \"1001\"}],\"msdkExtInfo\": \"testhunter\","
                + "\"msg\": \"success\",\"ret\": 0}",
            GetGiftResponse.class);
    assertThat(g.giftPackList()).hasSize(1);
    assertThat(g.giftPackList().get(0).giftId()).isEqualTo("1001");
    assertThat(g.giftPackList().get(0).giftCount()).isEqualTo("1");
    assertThat(g.msdkExtInfo()).isEqualTo("testhunter");
    // Lines 1511-1515.
    GetWifiResponse w = roundTrip("{\"msg\": \"success\",\"ret\": 0,\"wifiVip\": 1}", GetWifiResponse.class);
    assertThat(w.qualified()).isTrue();
  }

  @Test
  void qqscoreBatch() throws IOException {
    // Lines 1538-1556.
    String seed =
        "{\"appid\": \"100703379\",\"accessToken\": \"E16A9965C446956D89303747C632C27B\","
            + "\"openid\": \"F4382318AFBBD94F856E866043C3472E\",\"param\": ["
            + "{\"type\": 3,\"bcover\": 1,\"data\": \"999\",\"expires\": \"123459751\"},"
            + "{\"type\": 2,\"bcover\": 1,\"data\": \"1999\",\"expires\": \"123459751\"}]}";
    QqScoreBatchRequest r =
        QqScoreBatchRequest.builder()
            .appid("100703379")
            .accessToken(Secret.of("E16A9965C446956D89303747C632C27B"))
            .openid("F4382318AFBBD94F856E866043C3472E")
            .addParam(
                QqScoreParam.builder().type(3).bcover(QqScoreParam.BCOVER_OVERWRITE).data("999").expires("123459751").build(),
                QqScoreParam.builder().type(2).bcover(1).data("1999").expires("123459751").build())
            .build();
    assertThat(written(r)).isEqualTo(tree(seed));
    // expires defaults to "0", never expires (line 1527), a JSON string.
    assertThat(tree(GameSdkJson.writeString(QqScoreParam.builder().type(1).bcover(0).data("5").build())))
        .isEqualTo(tree("{\"type\":1,\"bcover\":0,\"data\":\"5\",\"expires\":\"0\"}"));
    // Line 1558: "type" is not in the table; kept.
    QqScoreBatchResponse a = roundTrip("{\"msg\":\"success\",\"ret\":0,\"type\":0}", QqScoreBatchResponse.class);
    assertThat(a.extra()).containsEntry("type", 0);
  }

  @Test
  void qqgetVideoVip() throws IOException {
    // Lines 1592-1599.
    String seed =
        "{\"appid\": \"100703379\",\"accessToken\": \"B8278F056B8E568DF7D2191EA67155A8\","
            + "\"openid\": \"1F4E29E9E0D326B159240865FD2441F1\",\"channel_id\":30012,\"timestamp\":1506755367,"
            + "\"signature\":\"56495d9936d74da49a3a4b94fb6e9e71\"}";
    QqGetVideoVipRequest r =
        QqGetVideoVipRequest.builder()
            .appid("100703379")
            .accessToken(Secret.of("B8278F056B8E568DF7D2191EA67155A8"))
            .openid("1F4E29E9E0D326B159240865FD2441F1")
            .channelId(30012)
            .timestamp(1506755367)
            .signature("56495d9936d74da49a3a4b94fb6e9e71")
            .build();
    assertThat(written(r)).isEqualTo(tree(seed));
    assertThat(r.toString()).doesNotContain("56495d99").doesNotContain("B8278F05");
    // Line 1572: md5("30012" + secret + openid + accessToken + "1506755367"), computed with md5sum.
    assertThat(
            QqGetVideoVipRequest.sign(
                30012, "channelsecret", "1F4E29E9E0D326B159240865FD2441F1",
                Secret.of("B8278F056B8E568DF7D2191EA67155A8"), 1506755367))
        .isEqualTo("5022f483c3a03e95145d8533d34c33d1");
    // Lines 1601-1613.
    QqGetVideoVipResponse a =
        roundTrip(
            "{\"ret\":0,\"msg\":\"OK\",\"annual_beg\":1504242106,\"annual_end\":1531302428,\"beg_time\":1497261816,"
                + "\"end_time\":1556186616,\"is_annual\":1,\"service_type\":\"TXSP\",\"status\":1,\"vip_lv\":4,"
                + "\"vip_score\":3855}",
            QqGetVideoVipResponse.class);
    assertThat(a.member()).isTrue();
    assertThat(a.endTime()).isEqualTo(1556186616L);
    assertThat(a.serviceType()).isEqualTo("TXSP");
    assertThat(a.vipScore()).isEqualTo(3855L);
    assertThat(a.extra()).isEmpty();
  }

  @Test
  void xinyueGetCalls() throws IOException {
    // Line 1636's query: access_type=1, access_token, trace_id (appid, openid are the fixed parameters).
    GetXinyueSuperRequest r =
        GetXinyueSuperRequest.builder()
            .accessType(io.github.gamesdk.msdk.model.profile.XinyueAccessType.QQ)
            .accessToken(Secret.of("25600878E96CB97745BFC04C26E37891"))
            .traceId("msdkdemo-E1FBBD6FCDC5D68B47A376FBE041D181-20180116155309-123456")
            .build();
    assertThat(written(r))
        .isEqualTo(
            tree(
                "{\"access_type\":1,\"access_token\":\"25600878E96CB97745BFC04C26E37891\","
                    + "\"trace_id\":\"msdkdemo-E1FBBD6FCDC5D68B47A376FBE041D181-20180116155309-123456\"}"));
    // Lines 1638-1640.
    GetXinyueSuperResponse a =
        roundTrip(
            "{\"ret\":0,\"openid\":\"E1FBBD6FCDC5D68B47A376FBE041D181\",\"ilevel\":0,"
                + "\"trace_id\":\"msdkdemo-E1FBBD6FCDC5D68B47A376FBE041D181-20180116155309-123456\",\"msg\":\"success\"}",
            GetXinyueSuperResponse.class);
    assertThat(a.ilevel()).isEqualTo(GetXinyueSuperResponse.LEVEL_NONE);
    // access_type reads by its wire value, not its ordinal: 1 is QQ, 2 WeChat (line 1624).
    assertThat(
            GameSdkJson.mapper()
                .readValue("{\"access_type\":1,\"access_token\":\"t\",\"trace_id\":\"x\"}", GetXinyueSuperRequest.class)
                .accessType())
        .isEqualTo(io.github.gamesdk.msdk.model.profile.XinyueAccessType.QQ);
    assertThat(
            GameSdkJson.mapper()
                .readValue("{\"access_type\":\"2\",\"access_token\":\"t\",\"trace_id\":\"x\"}", GetXinyueSuperRequest.class)
                .accessType())
        .isEqualTo(io.github.gamesdk.msdk.model.profile.XinyueAccessType.WECHAT);
    assertThat(a.openid()).isEqualTo("E1FBBD6FCDC5D68B47A376FBE041D181");
    assertThat(a.extra()).isEmpty();
    // Line 1661's query: access_token, serial.
    GetWxXinyueVipRequest w =
        GetWxXinyueVipRequest.builder()
            .accessToken(Secret.of("8_navsBc9yyjjABA_SWUTXgrRzrkDv562EG8-q15ZEz3ETKbZL52Z2rQexWaqitBD0eXespWD5PbI5hk2SNRBPtCg_2nX5_S_4j0wRBsF6jh0"))
            .serial("MSDK_20180327_181625_123456")
            .build();
    assertThat(written(w).fieldNames()).toIterable().containsExactly("access_token", "serial");
    // Lines 1663-1665.
    GetWxXinyueVipResponse b =
        roundTrip(
            "{\"ret\":0,\"ilevel\":0,\"serial\":\"MSDK_20180327_181625_123456\",\"msg\":\"success.\"}",
            GetWxXinyueVipResponse.class);
    assertThat(b.serial()).isEqualTo("MSDK_20180327_181625_123456");
    assertThat(b.extra()).isEmpty();
  }

  @Test
  void wxgetVip() throws IOException {
    // Lines 1710-1717: json is an object in the example (the table says array).
    String seed =
        "{\"appid\": \"wxcde873f99466f74a\",\"openid\": \"oGRTijrV0l67hDGN7dstOl8CphN0\","
            + "\"accessToken\": \"" + WX_TOKEN + "\",\"json\": {\"optype\": 1}}";
    WxGetVipRequest r =
        WxGetVipRequest.builder()
            .appid("wxcde873f99466f74a")
            .openid("oGRTijrV0l67hDGN7dstOl8CphN0")
            .accessToken(Secret.of(WX_TOKEN))
            .build();
    assertThat(written(r)).isEqualTo(tree(seed));
    // Lines 1719-1742.
    String answer =
        "{\"msg\": \"success\",\"ret\": 0,\"data\":{\"vipinfo\": ["
            + "{\"openid\": \"xxx\",\"level\": 1,\"score\": 310,\"nick\": \"VIP1\",\"logo_url\": \"xxxx\",\"logo_faceurl\": \"xxx\"},"
            + "{\"openid\": \"xxx\",\"level\": 0,\"score\": 0,\"nick\": \"VIP0\",\"logo_url\": \"xxxx\",\"logo_faceurl\": \"xxx\"}]}}";
    WxGetVipResponse a = roundTrip(answer, WxGetVipResponse.class);
    assertThat(a.data().vipinfo()).hasSize(2);
    assertThat(a.data().vipinfo().get(0).nick()).isEqualTo("VIP1");
    assertThat(a.data().vipinfo().get(0).score()).isEqualTo(310L);
    // "data는 공백이 됨" (line 1685): an empty data reads as none.
    assertThat(GameSdkJson.mapper().readValue("{\"ret\":0,\"data\":\"\"}", WxGetVipResponse.class).data()).isNull();
  }

  @Test
  void wxgetFirstReg() throws IOException {
    // Lines 1765-1767.
    assertThat(written(WxGetFirstRegRequest.of(Secret.of(WX_TOKEN))))
        .isEqualTo(tree("{\"accessToken\":\"" + WX_TOKEN + "\"}"));
    // Lines 1769-1775.
    WxGetFirstRegResponse a =
        roundTrip(
            "{\"ret\":0,\"msg\":\"success\",\"need_pop\":\"0\",\"realname_flag\":\"1\",\"mobile_flag\":\"1\"}",
            WxGetFirstRegResponse.class);
    assertThat(a.realName()).isTrue();
    assertThat(a.extra()).isEmpty();
  }

  @Test
  void wxgetVideoVip() throws IOException {
    // Lines 1808-1814.
    String seed =
        "{\"appid\": \"wxcde873f99466f74a\",\"openid\": \"oGRTijv68W77PGpmk-SGvao2pBpY\",\"channel_id\":30012,"
            + "\"timestamp\":1506755218,\"signature\":\"7d1dc4341ab21b68c57fe4e14f70d602\"}";
    WxGetVideoVipRequest r =
        WxGetVideoVipRequest.builder()
            .appid("wxcde873f99466f74a")
            .openid("oGRTijv68W77PGpmk-SGvao2pBpY")
            .channelId(30012)
            .timestamp(1506755218)
            .signature("7d1dc4341ab21b68c57fe4e14f70d602")
            .build();
    assertThat(written(r)).isEqualTo(tree(seed));
    // Line 1788: md5("30012" + secret + openid + "1506755218"), computed with md5sum.
    assertThat(WxGetVideoVipRequest.sign(30012, "channelsecret", "oGRTijv68W77PGpmk-SGvao2pBpY", 1506755218))
        .isEqualTo("9352c3a7c7f8ff1da79d125445bf0115");
    // Lines 1816-1828.
    WxGetVideoVipResponse a =
        roundTrip(
            "{\"ret\":0,\"msg\":\"OK\",\"annual_beg\":0,\"annual_end\":0,\"beg_time\":1487524745,\"end_time\":1487704961,"
                + "\"is_annual\":0,\"service_type\":\"\",\"status\":0,\"vip_lv\":0,\"vip_score\":0}",
            WxGetVideoVipResponse.class);
    assertThat(a.member()).isFalse();
    assertThat(a.begTime()).isEqualTo(1487524745L);
    // An empty service_type stays empty (it is not an object).
    assertThat(a.serviceType()).isEmpty();
  }

  @Test
  void wxbattleReport() throws IOException {
    // Lines 1882-1898: one record, sent as an object.
    String seed =
        "{\"appid\": \"wxcde873f99466f74a\",\"openid\": \"oGRTijrV0l67hDGN7dstOl8CphN0\",\"json\":{"
            + "\"baseinfo\": {\"gamename\": \"xxx\",\"platid\": 0,\"partitionid\": \"9\",\"roleid\": \"hunter\",\"level\": 2},"
            + "\"battleinfo\": {\"score\": 4288625,\"iswin\": true}}}";
    WxBattleRecord record =
        WxBattleRecord.builder()
            .baseinfo(
                WxBattleBaseInfo.builder()
                    .gamename("xxx")
                    .platid(WxBattlePlatform.IOS)
                    .partitionid("9")
                    .roleid("hunter")
                    .level(2)
                    .build())
            .battleinfo(WxBattleInfo.builder().score(4288625L).iswin(true).build())
            .build();
    WxBattleReportRequest r =
        WxBattleReportRequest.builder()
            .appid("wxcde873f99466f74a")
            .openid("oGRTijrV0l67hDGN7dstOl8CphN0")
            .addJson(record)
            .build();
    assertThat(written(r)).isEqualTo(tree(seed));
    // Several records go as an array (line 1871), with userdefined values as int or string (1855-1868).
    Map<String, WxBattleCustomValue> custom = new TreeMap<>();
    custom.put("goldcoin", WxBattleCustomValue.of("금화", 358267));
    custom.put("plane", WxBattleCustomValue.of("전투기", "블레이징 엔젤"));
    WxBattleRecord second =
        WxBattleRecord.builder()
            .baseinfo(WxBattleBaseInfo.builder().platid(WxBattlePlatform.ANDROID).build())
            .putAllUserdefined(custom)
            .build();
    WxBattleReportRequest two =
        WxBattleReportRequest.builder().from(r).json(Arrays.asList(record, second)).build();
    assertThat(written(two).get("json").isArray()).isTrue();
    assertThat(written(two).get("json").get(1))
        .isEqualTo(
            tree(
                "{\"baseinfo\":{\"platid\":1},\"userdefined\":{\"goldcoin\":{\"name\":\"금화\",\"value\":358267},"
                    + "\"plane\":{\"name\":\"전투기\",\"value\":\"블레이징 엔젤\"}}}"));
    // Both forms read back.
    assertThat(GameSdkJson.mapper().readValue(seed, WxBattleReportRequest.class).json()).hasSize(1);
    assertThat(GameSdkJson.mapper().readValue(GameSdkJson.writeString(two), WxBattleReportRequest.class).json())
        .hasSize(2);
    // Lines 1900-1903.
    assertThat(roundTrip("{\"msg\": \"success\",\"ret\": 0}", WxBattleReportResponse.class).extra()).isEmpty();
  }

  @Test
  void subscriptions() throws IOException {
    // Lines 1940-1944.
    SubscribeGetlistRequest g =
        SubscribeGetlistRequest.builder()
            .appid("wxcde873f99466f74a")
            .openid("oGRTijrV0l67hDGN7dstOl8CphN0")
            .accessToken(Secret.of(WX_TOKEN))
            .build();
    assertThat(written(g))
        .isEqualTo(
            tree(
                "{\"appid\": \"wxcde873f99466f74a\",\"openid\": \"oGRTijrV0l67hDGN7dstOl8CphN0\",\"accessToken\": \""
                    + WX_TOKEN + "\"}"));
    // Lines 1946-1962, with the seed's // annotations (lines 1951-1953) removed.
    SubscribeGetlistResponse ga =
        roundTrip(
            "{\"ret\":0,\"msg\":\"success\",\"subscribeList\": [{\"id\": 19,\"title\": \"2111\",\"status\": false},"
                + "{\"id\": 43,\"title\": \"test_msg\",\"status\": false}],\"more\": false}",
            SubscribeGetlistResponse.class);
    assertThat(ga.subscribeList()).hasSize(2);
    assertThat(ga.subscribeList().get(1).id()).isEqualTo(43L);
    assertThat(ga.subscribeList().get(1).status()).isFalse();
    assertThat(ga.more()).isFalse();
    // Lines 1986-1992.
    SubscribeSetlistRequest s =
        SubscribeSetlistRequest.builder()
            .appid("wxcde873f99466f74a")
            .openid("oGRTijrV0l67hDGN7dstOl8CphN0")
            .accessToken(Secret.of(WX_TOKEN))
            .addMsgId(77L)
            .opType(SubscribeOpType.CANCEL)
            .build();
    assertThat(written(s))
        .isEqualTo(
            tree(
                "{\"appid\": \"wxcde873f99466f74a\",\"openid\": \"oGRTijrV0l67hDGN7dstOl8CphN0\",\"accessToken\": \""
                    + WX_TOKEN + "\",\"msgId\": [77],\"opType\": 1}"));
    // Lines 2019-2023 and 2050-2054 (the same body).
    String pushSeed = "{\"appid\": \"wxcde873f99466f74a\",\"openid\": \"oGRTijrV0l67hDGN7dstOl8CphN0\",\"msgId\": 77}";
    assertThat(written(SubscribePushRequest.of("wxcde873f99466f74a", "oGRTijrV0l67hDGN7dstOl8CphN0", 77)))
        .isEqualTo(tree(pushSeed));
    assertThat(written(SubscribeClearRequest.of("wxcde873f99466f74a", "oGRTijrV0l67hDGN7dstOl8CphN0", 77)))
        .isEqualTo(tree(pushSeed));
    // Lines 1994-1997, 2025-2028, 2056-2059.
    String ok = "{\"ret\":0,\"msg\":\"success\"}";
    assertThat(roundTrip(ok, SubscribeSetlistResponse.class).extra()).isEmpty();
    assertThat(roundTrip(ok, SubscribePushResponse.class).extra()).isEmpty();
    assertThat(roundTrip(ok, SubscribeClearResponse.class).extra()).isEmpty();
  }

  @Test
  void wxgetEliteinfo() throws IOException {
    // Lines 2082-2084: accessToken only.
    String token =
        "OezXcEiiBSKSxW0eoylIeLl3C6Ogxxxxxxxxxxxxxxxxxxxxxpao2C-TqXCXdT-DZ44iKkidglb5Q9jQbXnMPrSTck_DUdGMg";
    assertThat(written(WxGetEliteinfoRequest.of(Secret.of(token))))
        .isEqualTo(tree("{\"accessToken\": \"" + token + "\"}"));
    // Lines 2086-2093 with the seed's // annotations removed.
    WxGetEliteinfoResponse a =
        roundTrip(
            "{\"ret\":0,\"msg\":\"success\",\"data\": {\"wx_elite\": 0,\"game_elite\": 0}}",
            WxGetEliteinfoResponse.class);
    assertThat(a.data().wxElite()).isZero();
    assertThat(a.data().wechatElite()).isFalse();
    assertThat(a.data().gameEliteUser()).isFalse();
    assertThat(a.extra()).isEmpty();
    // The table's "array" (line 2076): one object in an array reads as that object; empty as none.
    WxGetEliteinfoResponse t =
        GameSdkJson.mapper().readValue("{\"ret\":0,\"data\":[{\"wx_elite\":1,\"game_elite\":1}]}", WxGetEliteinfoResponse.class);
    assertThat(t.data().wechatElite()).isTrue();
    assertThat(t.data().gameEliteUser()).isTrue();
    assertThat(GameSdkJson.mapper().readValue("{\"ret\":0,\"data\":[]}", WxGetEliteinfoResponse.class).data()).isNull();
  }

  @Test
  void unknownFieldsAreKeptInNestedEntries() throws IOException {
    QueryVipResponse a =
        roundTrip("{\"ret\":0,\"lists\":[{\"flag\":1,\"isvip\":1,\"expire\":170000}],\"extra\":\"x\"}", QueryVipResponse.class);
    assertThat(a.lists().get(0).extra()).containsEntry("expire", 170000);
    assertThat(a.extra()).containsEntry("extra", "x");
  }
}
