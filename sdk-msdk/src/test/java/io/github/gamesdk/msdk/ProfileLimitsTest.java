package io.github.gamesdk.msdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.msdk.model.profile.GetXinyueSuperRequest;
import io.github.gamesdk.msdk.model.profile.QqGetVideoVipRequest;
import io.github.gamesdk.msdk.model.profile.QqScoreBatchRequest;
import io.github.gamesdk.msdk.model.profile.QqScoreParam;
import io.github.gamesdk.msdk.model.profile.QueryVipRequest;
import io.github.gamesdk.msdk.model.profile.SubscribeOpType;
import io.github.gamesdk.msdk.model.profile.SubscribePushRequest;
import io.github.gamesdk.msdk.model.profile.SubscribeSetlistRequest;
import io.github.gamesdk.msdk.model.profile.VipFlag;
import io.github.gamesdk.msdk.model.profile.WxBattleBaseInfo;
import io.github.gamesdk.msdk.model.profile.WxBattleCustomValue;
import io.github.gamesdk.msdk.model.profile.WxBattleReportRequest;
import io.github.gamesdk.msdk.model.profile.WxGetEliteinfoRequest;
import io.github.gamesdk.msdk.model.profile.WxGetVideoVipRequest;
import io.github.gamesdk.msdk.model.profile.WxGetVipRequest;
import io.github.gamesdk.msdk.model.profile.WxVipQuery;
import io.github.gamesdk.msdk.model.profile.XinyueAccessType;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every documented limit of the /profile request models throws before anything is sent. */
class ProfileLimitsTest {
  static void rejects(ThrowingCallable build, String field, String ruleFragment) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).contains(ruleFragment);
            });
  }


  @Test
  void queryVipMaskHasOnlyDocumentedBits() {
    assertThat(VipFlag.mask(VipFlag.values())).isEqualTo(VipFlag.ALL_BITS).isEqualTo(0x3DF);
    rejects(() -> queryVip(0), "vip", "non-empty mask");
    rejects(() -> queryVip(0x20), "vip", "documented bits"); // 0x20 is not listed (line 1381)
    rejects(() -> queryVip(0x400), "vip", "documented bits");
    assertThat(queryVip(VipFlag.mask(VipFlag.VIP_NORMAL, VipFlag.VIP_BLUE)).vip()).isEqualTo(5);
    // Boundary: every documented bit at once is accepted; one more bit is not.
    assertThat(queryVip(0x3DF).vip()).isEqualTo(0x3DF);
    rejects(() -> queryVip(0x3DF | 0x20), "vip", "documented bits");
  }

  static QueryVipRequest queryVip(int mask) {
    return QueryVipRequest.builder()
        .appid("100703379")
        .openid("A3284A812ECA15269F85AE1C2D94EB37")
        .vip(mask)
        .accessToken(Secret.of("tok"))
        .build();
  }

  @Test
  void qqscoreBatch() {
    rejects(() -> QqScoreParam.builder().type(1).bcover(2).data("1").build(), "param.bcover", "0 or 1");
    rejects(() -> QqScoreParam.builder().type(1).bcover(1).data(" ").build(), "param.data", "empty");
    rejects(() -> QqScoreParam.builder().type(1).bcover(1).data("1").expires("tomorrow").build(), "param.expires", "Unix seconds");
    rejects(
        () ->
            QqScoreBatchRequest.builder()
                .appid("100703379")
                .openid("F4382318AFBBD94F856E866043C3472E")
                .accessToken(Secret.of("t"))
                .build(),
        "param",
        "at least one");
  }

  @Test
  void videoVipSignatureIsLowerCaseMd5() {
    rejects(
        () ->
            QqGetVideoVipRequest.builder()
                .appid("100703379").openid("o").accessToken(Secret.of("t")).channelId(30012).timestamp(1506755367)
                .signature("56495D9936D74DA49A3A4B94FB6E9E71").build(),
        "signature",
        "lower-case hex");
    rejects(
        () ->
            WxGetVideoVipRequest.builder()
                .appid("wx").openid("o").channelId(0).timestamp(1506755218)
                .signature("7d1dc4341ab21b68c57fe4e14f70d602").build(),
        "channel_id",
        "positive");
  }

  @Test
  void getCallsNeedTokenAndSerial() {
    rejects(
        () ->
            GetXinyueSuperRequest.builder()
                .accessType(XinyueAccessType.WECHAT).accessToken(Secret.of("t")).traceId("").build(),
        "trace_id",
        "empty");
    rejects(() -> WxGetEliteinfoRequest.of(Secret.of(" ")), "accessToken", "empty");
  }

  @Test
  void wxgetVipOptypeIsOne() {
    rejects(() -> io.github.gamesdk.msdk.model.profile.ImmutableWxVipQuery.builder().optype(2).build(), "json.optype", "1");
    assertThat(
            WxGetVipRequest.builder().appid("wx").openid("o").accessToken(Secret.of("t")).build().json().optype())
        .isEqualTo(WxVipQuery.OPTYPE_SAME_GAME_FRIENDS);
  }

  @Test
  void battleReportNeedsARecordAndTypedValues() {
    rejects(() -> WxBattleReportRequest.builder().appid("wx").openid("o").build(), "json", "at least one");
    rejects(
        () -> io.github.gamesdk.msdk.model.profile.ImmutableWxBattleCustomValue.builder().name("x").value(1.5).build(),
        "userdefined.value",
        "whole number or a string");
    // platid is required (line 1846).
    assertThatThrownBy(() -> WxBattleBaseInfo.builder().gamename("g").build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("platid");
    assertThat(WxBattleCustomValue.of("금화", 358267).value()).isEqualTo(358267L);
  }

  @Test
  void subscriptions() {
    rejects(
        () ->
            SubscribeSetlistRequest.builder()
                .appid("wx").openid("o").accessToken(Secret.of("t")).opType(SubscribeOpType.SUBSCRIBE).build(),
        "msgId",
        "at least one");
    rejects(() -> SubscribePushRequest.of("wx", "o", 0), "msgId", "positive");
    assertThat(SubscribePushRequest.of("wx", "o", 1).msgId()).isEqualTo(1);
  }
}
