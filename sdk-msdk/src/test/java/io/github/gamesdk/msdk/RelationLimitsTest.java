package io.github.gamesdk.msdk;

import static io.github.gamesdk.msdk.ModelLimitsTest.ascii;
import static io.github.gamesdk.msdk.ModelLimitsTest.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.msdk.model.relation.FriendsFlag;
import io.github.gamesdk.msdk.model.relation.ImmutableQqFriendsVipRequest;
import io.github.gamesdk.msdk.model.relation.ImmutableSendGroupmsgRequest;
import io.github.gamesdk.msdk.model.relation.ImmutableWxGroupMsgOpen;
import io.github.gamesdk.msdk.model.relation.QqFriendsDetailRequest;
import io.github.gamesdk.msdk.model.relation.QqFriendsVipRequest;
import io.github.gamesdk.msdk.model.relation.QqUnregFriendsRequest;
import io.github.gamesdk.msdk.model.relation.QqVipFlag;
import io.github.gamesdk.msdk.model.relation.SendGroupmsgRequest;
import io.github.gamesdk.msdk.model.relation.UnlinkGroupv2Request;
import io.github.gamesdk.msdk.model.relation.WxGroupMsgBody;
import io.github.gamesdk.msdk.model.relation.WxGroupMsgOpen;
import io.github.gamesdk.msdk.model.relation.WxGroupMsgSubType;
import io.github.gamesdk.msdk.model.relation.WxGroupMsgType;
import io.github.gamesdk.msdk.model.relation.WxProfileRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every documented limit of the /relation requests at its boundary: the last value allowed builds,
 * the first beyond throws {@link io.github.gamesdk.core.error.InvalidRequestException} naming the
 * vendor field and the limit.
 */
class RelationLimitsTest {
  static final Secret T = Secret.of("T");

  static List<String> ids(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("OPENID" + i);
    }
    return out;
  }

  static ImmutableQqFriendsVipRequest.Builder vip(int n) {
    return QqFriendsVipRequest.builder()
        .appid("100703379")
        .openid("A")
        .accessToken(T)
        .addAllFopenids(ids(n))
        .flags("qq_vip")
        .pf("openmobile_android")
        .userip("127.0.0.1");
  }

  @Test
  void qqfriendsVipTakesAtMost49Openids() {
    // Line 406: "매회 최대 49개까지 입력 가능".
    assertThat(vip(49).build().fopenids()).hasSize(49);
    rejects(() -> vip(50).build(), "fopenids", "between 1 and 49");
    rejects(() -> vip(0).build(), "fopenids", "between 1 and 49");
  }

  @Test
  void qqfriendsVipFlagsAreTheListedKinds() {
    // Line 407: qq_vip, qq_svip, joined with ",".
    assertThat(vip(1).flags("qq_svip,qq_vip").build().flags()).isEqualTo("qq_svip,qq_vip");
    assertThat(QqVipFlag.parse("qq_vip,qq_svip")).containsExactly(QqVipFlag.QQ_VIP, QqVipFlag.QQ_SVIP);
    rejects(() -> vip(1).flags("qq_vip,yellow").build(), "flags", "qq_vip or qq_svip");
    rejects(() -> vip(1).flags("").build(), "flags", "qq_vip or qq_svip");
    rejects(() -> vip(1).userip("localhost").build(), "userip", "IP");
  }

  @Test
  void qqUnregFriendsCountIsAtMost20() {
    // Line 309: "20명 초과 불가".
    assertThat(QqUnregFriendsRequest.builder().accessToken(T).count(20).build().count()).isEqualTo(20);
    rejects(() -> QqUnregFriendsRequest.builder().accessToken(T).count(21).build(), "count", "between 1 and 20");
    rejects(() -> QqUnregFriendsRequest.builder().accessToken(T).count(0).build(), "count", "between 1 and 20");
  }

  @Test
  void qqfriendsDetailFlags() {
    // Lines 252-253: flag 1 or 2 (an enum), closefriends_flag 0 or 1.
    assertThat(FriendsFlag.of(2)).isEqualTo(FriendsFlag.WITH_SELF);
    assertThat(FriendsFlag.of(3)).isNull();
    rejects(
        () ->
            QqFriendsDetailRequest.builder().appid("1").openid("A").accessToken(T).closefriendsFlag(2).build(),
        "closefriends_flag",
        "0 or 1");
  }

  static ImmutableSendGroupmsgRequest.Builder groupMsg() {
    return SendGroupmsgRequest.builder()
        .appid("1104359534")
        .accessToken(T)
        .groupOpenid("C672A42F0595BC8309D079D68F45B8CF")
        .title("t")
        .desc("d")
        .imageUrl("http://p.qlogo.cn/a")
        .redirectUrl("http://www.qq.com/");
  }

  @Test
  void sendGroupmsgTitle45AndDesc60Bytes() {
    // Lines 946-947: "최대 45b", "최대 60b"; pf defaults to qqqun (line 944).
    SendGroupmsgRequest ok = groupMsg().title(ascii(45)).desc(ascii(60)).build();
    assertThat(ok.pf()).isEqualTo("qqqun");
    assertThat(ok.param()).isEmpty();
    rejects(() -> groupMsg().title(ascii(46)).build(), "title", "45 bytes");
    // 21 Hangul syllables are 63 UTF-8 bytes.
    rejects(() -> groupMsg().desc("가나다라마바사아자차카타파하가나다라마바사").build(), "desc", "60 bytes");
    rejects(() -> groupMsg().redirectUrl("www.qq.com").build(), "redirect_url", "http(s)");
  }

  static ImmutableWxGroupMsgOpen.Builder open() {
    return WxGroupMsgOpen.builder().title("t").desc("d");
  }

  @Test
  void wxsendGroupmsgExtInfoIs2KbAndALinkNeedsItsUrl() {
    // Line 1255: ext_info "길이 제한은 2k"; line 1254: share_url required when msg_type is 2.
    assertThat(open().extInfo(ascii(2048)).build().extInfo()).hasSize(2048);
    rejects(() -> open().extInfo(ascii(2049)).build(), "open.ext_info", "2048 bytes");
    rejects(
        () ->
            WxGroupMsgBody.builder()
                .msgType(WxGroupMsgType.LINK)
                .subType(WxGroupMsgSubType.INVITE)
                .appid("wx")
                .groupid("g")
                .open(open().build())
                .build(),
        "open.share_url",
        "msg_type is 2");
    assertThat(
            WxGroupMsgBody.builder()
                .msgType(WxGroupMsgType.LINK)
                .subType(WxGroupMsgSubType.GIFT)
                .appid("wx")
                .groupid("g")
                .open(open().shareUrl("https://game.weixin.qq.com/").build())
                .build()
                .msgType()
                .code())
        .isEqualTo(2);
  }

  @Test
  void notEmptyWhereTheTableSaysSo() {
    // Lines 664-665: platid and roleid "비어 있으면 안 됩니다".
    rejects(
        () ->
            UnlinkGroupv2Request.builder().appid("1").accessToken(T).guildId("g").zoneId("z").platid(" ")
                .roleid("1").guildName("n").build(),
        "platid",
        "empty");
    rejects(() -> WxProfileRequest.builder().accessToken(T).build(), "openids", "between 1 and");
  }
}
