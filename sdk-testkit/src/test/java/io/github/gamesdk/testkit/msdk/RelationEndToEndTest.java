package io.github.gamesdk.testkit.msdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.msdk.MsdkClient;
import io.github.gamesdk.msdk.MsdkErrorDetail;
import io.github.gamesdk.msdk.MsdkRelation;
import io.github.gamesdk.msdk.model.MsdkResponse;
import io.github.gamesdk.msdk.model.relation.BindExistingGroupv2Request;
import io.github.gamesdk.msdk.model.relation.CreatebindGroupv2Request;
import io.github.gamesdk.msdk.model.relation.CreatebindGroupv2Response;
import io.github.gamesdk.msdk.model.relation.FriendsFlag;
import io.github.gamesdk.msdk.model.relation.GetGroupListv2Request;
import io.github.gamesdk.msdk.model.relation.GetGroupcodeRequest;
import io.github.gamesdk.msdk.model.relation.GetGroupcodeResponse;
import io.github.gamesdk.msdk.model.relation.GetGroupinfov2Request;
import io.github.gamesdk.msdk.model.relation.GetGroupinfov2Response;
import io.github.gamesdk.msdk.model.relation.GetVipRichInfoRequest;
import io.github.gamesdk.msdk.model.relation.GetVipRichInfoResponse;
import io.github.gamesdk.msdk.model.relation.GroupRelation;
import io.github.gamesdk.msdk.model.relation.GroupStatusOp;
import io.github.gamesdk.msdk.model.relation.ImmutableWxGroupMsgBody;
import io.github.gamesdk.msdk.model.relation.JoinGroupv2Request;
import io.github.gamesdk.msdk.model.relation.MiniProgramEnv;
import io.github.gamesdk.msdk.model.relation.QqFriendsDetailRequest;
import io.github.gamesdk.msdk.model.relation.QqFriendsDetailResponse;
import io.github.gamesdk.msdk.model.relation.QqFriendsVipRequest;
import io.github.gamesdk.msdk.model.relation.QqFriendsVipResponse;
import io.github.gamesdk.msdk.model.relation.QqProfileRequest;
import io.github.gamesdk.msdk.model.relation.QqProfileResponse;
import io.github.gamesdk.msdk.model.relation.QqStrangeProfileRequest;
import io.github.gamesdk.msdk.model.relation.QqStrangeProfileResponse;
import io.github.gamesdk.msdk.model.relation.QqUnregFriendsRequest;
import io.github.gamesdk.msdk.model.relation.QqUnregFriendsResponse;
import io.github.gamesdk.msdk.model.relation.QqVipFlag;
import io.github.gamesdk.msdk.model.relation.QueryBindUnionv2Request;
import io.github.gamesdk.msdk.model.relation.QueryBindUnionv2Response;
import io.github.gamesdk.msdk.model.relation.RemindLeaderBindv2Request;
import io.github.gamesdk.msdk.model.relation.SendGroupmsgRequest;
import io.github.gamesdk.msdk.model.relation.SendGroupmsgResponse;
import io.github.gamesdk.msdk.model.relation.UnionType;
import io.github.gamesdk.msdk.model.relation.UnlinkGroupv2Request;
import io.github.gamesdk.msdk.model.relation.WxFriendsRequest;
import io.github.gamesdk.msdk.model.relation.WxFriendsResponse;
import io.github.gamesdk.msdk.model.relation.WxGetGroupinfoRequest;
import io.github.gamesdk.msdk.model.relation.WxGetGroupinfoResponse;
import io.github.gamesdk.msdk.model.relation.WxGetGroupstatusRequest;
import io.github.gamesdk.msdk.model.relation.WxGetGroupstatusResponse;
import io.github.gamesdk.msdk.model.relation.WxGroupMsgBody;
import io.github.gamesdk.msdk.model.relation.WxGroupMsgOpen;
import io.github.gamesdk.msdk.model.relation.WxGroupMsgSubType;
import io.github.gamesdk.msdk.model.relation.WxGroupMsgType;
import io.github.gamesdk.msdk.model.relation.WxMiniSendMsgRequest;
import io.github.gamesdk.msdk.model.relation.WxProfileRequest;
import io.github.gamesdk.msdk.model.relation.WxProfileResponse;
import io.github.gamesdk.msdk.model.relation.WxSendGroupmsgRequest;
import io.github.gamesdk.msdk.model.relation.WxSendGroupmsgResponse;
import io.github.gamesdk.msdk.model.relation.WxUnlinkGroupRequest;
import io.github.gamesdk.msdk.model.relation.WxUserinfoRequest;
import io.github.gamesdk.msdk.model.relation.WxUserinfoResponse;
import io.github.gamesdk.testkit.Fault;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every /relation call end to end against the fake, which checks each body against the seed's
 * table (types, required fields, limits): the happy path with the seed's example values and the
 * seed's example answer; a vendor error ({@code -10000} with a QQ code, {@code -20000} with a
 * WeChat code, spelled {@code message} on the group calls) surfacing as a typed {@link
 * ApiException}; a documented limit refused before anything is sent; and an HTTP 500 that is
 * retried for a read and never for a call that changes state.
 */
@ExtendWith(MsdkFakeExtension.class)
class RelationEndToEndTest {
  static final String QQ_OPENID = "A3284A812ECA15269F85AE1C2D94EB37";
  static final String QQ_TOKEN = "B8C0CB75299FFEA623D766073BE5BC99";
  static final String WX_OPENID = "oGRTijrV0l67hDGN7dstOl8CphN0";
  static final String WX_TOKEN = "OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJYyBcXKXYW";

  /** One relation call: how to make it with the seed's values, what to check, how to break it. */
  static final class Case {
    final String call;
    final boolean mutation;
    final String openid;
    final Function<MsdkRelation, MsdkResponse> happy;
    final Consumer<MsdkResponse> check;
    final ThrowingCallable invalid;
    final String invalidField;

    Case(
        String call,
        boolean mutation,
        String openid,
        Function<MsdkRelation, MsdkResponse> happy,
        Consumer<MsdkResponse> check,
        ThrowingCallable invalid,
        String invalidField) {
      this.call = call;
      this.mutation = mutation;
      this.openid = openid;
      this.happy = happy;
      this.check = check;
      this.invalid = invalid;
      this.invalidField = invalidField;
    }

    boolean wechat() {
      return call.startsWith("relation/wx");
    }

    boolean groupV2() {
      return call.endsWith("v2") || call.equals("relation/get_groupcode") || call.equals("relation/send_groupmsg");
    }

    @Override
    public String toString() {
      return call;
    }
  }

  static String repeat(char c, int n) {
    char[] a = new char[n];
    java.util.Arrays.fill(a, c);
    return new String(a);
  }

  static List<String> openids(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(String.format("%032X", i));
    }
    return out;
  }

  static ImmutableWxGroupMsgBody.Builder wxBody() {
    return WxGroupMsgBody.builder()
        .msgType(WxGroupMsgType.STRUCTURED)
        .subType(WxGroupMsgSubType.SHARE)
        .appid("wxa28d26b2e31a21c4")
        .groupid("mt2group")
        .open(
            WxGroupMsgOpen.builder()
                .title("test1")
                .desc("test2")
                .extInfo("test3")
                .messageExt("test4")
                .mediaTagName("test5")
                .build());
  }

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    Secret qq = Secret.of(QQ_TOKEN);
    Secret wx = Secret.of(WX_TOKEN);
    c.add(new Case("relation/qqprofile", false, QQ_OPENID,
        r -> r.qqprofile(QQ_OPENID, QqProfileRequest.builder().appid("100703379").openid(QQ_OPENID).accessToken(qq).build()),
        a -> assertThat(((QqProfileResponse) a).gender()).isEqualTo("남성"),
        () -> QqProfileRequest.builder().appid("100703379").openid(" ").accessToken(qq).build(), "openid"));
    c.add(new Case("relation/qqfriends_detail", false, QQ_OPENID,
        r -> r.qqfriendsDetail(QQ_OPENID, QqFriendsDetailRequest.builder().appid("100703379").openid(QQ_OPENID)
            .accessToken(qq).flag(FriendsFlag.WITHOUT_SELF).closefriendsFlag(1).build()),
        a -> {
          QqFriendsDetailResponse d = (QqFriendsDetailResponse) a;
          assertThat(d.lists()).extracting(f -> f.openid()).containsExactly("69FF99F3B17436F2F6621FA158B30549");
          assertThat(d.extinfo().closefriendLists()).hasSize(2);
        },
        () -> QqFriendsDetailRequest.builder().appid("100703379").openid(QQ_OPENID).accessToken(qq).closefriendsFlag(2).build(),
        "closefriends_flag"));
    c.add(new Case("relation/qq_unreg_friends", false, QQ_OPENID,
        r -> r.qqUnregFriends(QQ_OPENID, QqUnregFriendsRequest.builder().accessToken(qq).count(20).build()),
        a -> assertThat(((QqUnregFriendsResponse) a).friends().get(0).nickName()).isEqualTo("xxx"),
        () -> QqUnregFriendsRequest.builder().accessToken(qq).count(21).build(), "count"));
    c.add(new Case("relation/qqstrange_profile", false, QQ_OPENID,
        r -> r.qqstrangeProfile(QQ_OPENID, QqStrangeProfileRequest.builder().appid("100732256").openid(QQ_OPENID)
            .accessToken(qq).addVcopenid("B9EEA5EE1E99694146AC2700BFE6B88B").build()),
        a -> assertThat(((QqStrangeProfileResponse) a).lists().get(0).gender()).isEqualTo("1"),
        () -> QqStrangeProfileRequest.builder().appid("100732256").openid(QQ_OPENID).accessToken(qq).build(), "vcopenid"));
    c.add(new Case("relation/qqfriends_vip", false, QQ_OPENID,
        r -> r.qqfriendsVip(QQ_OPENID, QqFriendsVipRequest.builder().appid("100703379").openid(QQ_OPENID).accessToken(qq)
            .addAllFopenids(openids(49)).flags(QqVipFlag.join(QqVipFlag.QQ_VIP, QqVipFlag.QQ_SVIP))
            .pf("openmobile_android").userip("127.0.0.1").build()),
        a -> assertThat(((QqFriendsVipResponse) a).lists().get(0).qqVipLevel()).isEqualTo(6),
        () -> QqFriendsVipRequest.builder().appid("100703379").openid(QQ_OPENID).accessToken(qq)
            .addAllFopenids(openids(50)).flags("qq_vip").pf("openmobile_android").userip("127.0.0.1").build(),
        "fopenids"));
    c.add(new Case("relation/get_vip_rich_info", false, QQ_OPENID,
        r -> r.getVipRichInfo(QQ_OPENID, GetVipRichInfoRequest.builder().appid("100703379").openid(QQ_OPENID).accessToken(qq).build()),
        a -> assertThat(((GetVipRichInfoResponse) a).qqVipEnd()).isEqualTo("1448817920"),
        () -> GetVipRichInfoRequest.builder().appid("").openid(QQ_OPENID).accessToken(qq).build(), "appid"));
    c.add(new Case("relation/createbind_groupv2", true, QQ_OPENID,
        r -> r.createbindGroupv2(QQ_OPENID, CreatebindGroupv2Request.builder().appid("100703379").guildId("1234")
            .zoneId("1234").guildName("그룹 기능 테스트").platid("1234").roleid("1234").partition("1234").accessToken(qq).build()),
        a -> assertThat(((CreatebindGroupv2Response) a).data().gc()).isEqualTo("514915385"),
        () -> CreatebindGroupv2Request.builder().appid("100703379").guildId("1234").zoneId("1234").guildName(" ")
            .platid("1").roleid("1").accessToken(qq).build(), "guild_name"));
    c.add(new Case("relation/get_groupinfov2", false, QQ_OPENID,
        r -> r.getGroupinfov2(QQ_OPENID, GetGroupinfov2Request.builder().appid("100703379").gc("426177396").accessToken(qq).build()),
        a -> assertThat(((GetGroupinfov2Response) a).data().relationKind()).isEqualTo(GroupRelation.OWNER),
        () -> GetGroupinfov2Request.builder().appid("100703379").gc("").accessToken(qq).build(), "gc"));
    c.add(new Case("relation/join_groupv2", true, QQ_OPENID,
        r -> r.joinGroupv2(QQ_OPENID, JoinGroupv2Request.builder().appid("100703379").guildId("123").zoneId("123")
            .gc("511720053").partition("1").platid("1").roleid("1").accessToken(qq).build()),
        a -> assertThat(a.text()).isEqualTo("success"),
        () -> JoinGroupv2Request.builder().appid("100703379").guildId("123").zoneId("123").gc("511720053")
            .platid("1").roleid("").accessToken(qq).build(), "roleid"));
    c.add(new Case("relation/unlink_groupv2", true, QQ_OPENID,
        r -> r.unlinkGroupv2(QQ_OPENID, UnlinkGroupv2Request.builder().appid("100703379").guildId("123").zoneId("123")
            .platid("1").roleid("1").guildName("중국어 테스트1").accessToken(qq).build()),
        a -> assertThat(a.message()).isEqualTo("success"),
        () -> UnlinkGroupv2Request.builder().appid("100703379").guildId("123").zoneId("123").platid("")
            .roleid("1").guildName("g").accessToken(qq).build(), "platid"));
    c.add(new Case("relation/get_group_listv2", false, QQ_OPENID,
        r -> r.getGroupListv2(QQ_OPENID, GetGroupListv2Request.builder().appid("100703379").accessToken(qq).build()),
        a -> assertThat(a.text()).isEqualTo("success"),
        () -> GetGroupListv2Request.builder().appid(" ").accessToken(qq).build(), "appid"));
    c.add(new Case("relation/bind_existing_groupv2", true, QQ_OPENID,
        r -> r.bindExistingGroupv2(QQ_OPENID, BindExistingGroupv2Request.builder().appid("100703379").guildId("123")
            .zoneId("123").gc("511720053").partition("1").platid("1").roleid("1").accessToken(qq).build()),
        a -> assertThat(a.text()).isEqualTo("success"),
        () -> BindExistingGroupv2Request.builder().appid("100703379").guildId("123").zoneId("123").gc(" ")
            .platid("1").roleid("1").accessToken(qq).build(), "gc"));
    c.add(new Case("relation/remind_leader_bindv2", true, QQ_OPENID,
        r -> r.remindLeaderBindv2(QQ_OPENID, RemindLeaderBindv2Request.builder().appid("100703379").guildId("123")
            .zoneId("123").platid("1").roleid("1").rolename("hunter").leaderOpenid("69FF99F3B17436F2F6621FA158B30549")
            .leaderRoleid("2").type(UnionType.GUILD).accessToken(qq).build()),
        a -> assertThat(a.text()).isEqualTo("success"),
        () -> RemindLeaderBindv2Request.builder().appid("100703379").guildId("123").zoneId("123").platid("1")
            .roleid("1").rolename("hunter").leaderOpenid("").leaderRoleid("2").accessToken(qq).build(),
        "leaderOpenid"));
    c.add(new Case("relation/query_bind_unionv2", false, QQ_OPENID,
        r -> r.queryBindUnionv2(QQ_OPENID, QueryBindUnionv2Request.builder().appid("100703379").guildId("123")
            .zoneId("123").gc("511720053").type(UnionType.GUILD).accessToken(qq).build()),
        a -> assertThat(((QueryBindUnionv2Response) a).data().unionName()).isEqualTo("xxx"),
        () -> QueryBindUnionv2Request.builder().appid("100703379").gc(" ").accessToken(qq).build(), "gc"));
    c.add(new Case("relation/get_groupcode", false, QQ_OPENID,
        r -> r.getGroupcode(QQ_OPENID, GetGroupcodeRequest.builder().appid("100703379").guildId("123").zoneId("123")
            .type(UnionType.GUILD).accessToken(qq).build()),
        a -> assertThat(((GetGroupcodeResponse) a).data().groupOpenid()).isEqualTo("xxx"),
        () -> GetGroupcodeRequest.builder().appid("100703379").guildId("").zoneId("123").accessToken(qq).build(), "guild_id"));
    c.add(new Case("relation/send_groupmsg", true, QQ_OPENID,
        r -> r.sendGroupmsg(QQ_OPENID, SendGroupmsgRequest.builder().appid("1104359534")
            .accessToken(Secret.of("4F05D9EFF140E2BB6527F266B1E674F1")).groupOpenid("C672A42F0595BC8309D079D68F45B8CF")
            .title("11").desc("11").redirectUrl("http://www.qq.com/").imageUrl("http://p.qlogo.cn/gh/31asdasd0/312248990/100")
            .param("11").build()),
        a -> assertThat(((SendGroupmsgResponse) a).isLost()).isEqualTo("1"),
        () -> SendGroupmsgRequest.builder().appid("1104359534").accessToken(qq).groupOpenid("C6")
            .title("11").desc(repeat('a', 61)).redirectUrl("http://www.qq.com/").imageUrl("http://p.qlogo.cn/a").build(),
        "desc"));
    c.add(new Case("relation/wxprofile", false, WX_OPENID,
        r -> r.wxprofile(WX_OPENID, WxProfileRequest.builder().accessToken(wx)
            .addOpenids("oGRTijrV0l67hDGN7dstOl8CphN0", "oGRTijlTxQPrvr-H5-pgoZMhZgog").build()),
        a -> assertThat(((WxProfileResponse) a).lists()).extracting(i -> i.sex()).containsExactly(1, 2),
        () -> WxProfileRequest.builder().accessToken(wx).build(), "openids"));
    c.add(new Case("relation/wxfriends", false, WX_OPENID,
        r -> r.wxfriends(WX_OPENID, WxFriendsRequest.builder().openid("oGRTijiaT-XrbyXKozckdNHFgPyc").accessToken(wx).build()),
        a -> assertThat(((WxFriendsResponse) a).openids()).hasSize(5),
        () -> WxFriendsRequest.builder().openid(" ").accessToken(wx).build(), "openid"));
    c.add(new Case("relation/wxuserinfo", false, WX_OPENID,
        r -> r.wxuserinfo(WX_OPENID, WxUserinfoRequest.builder().appid("wxcde873f99466f74a").openid(WX_OPENID).accessToken(wx).build()),
        a -> assertThat(((WxUserinfoResponse) a).unionid()).isEqualTo("o1A_BjhwQHB2BUyasZ_Lb2rkkOpE"),
        () -> WxUserinfoRequest.builder().appid("").openid(WX_OPENID).accessToken(wx).build(), "appid"));
    c.add(new Case("relation/wxget_groupinfo", false, WX_OPENID,
        r -> r.wxgetGroupinfo(WX_OPENID, WxGetGroupinfoRequest.builder().accessToken(wx).groupid("110").appid("wxcde873f99466f74a")
            .openid("oGRTijuUl6Peo6lybWyGQfNC9_WE").openidlist("oGRTijuUl6Peo6lybWyGQfNC9_WE").build()),
        a -> {
          WxGetGroupinfoResponse g = (WxGetGroupinfoResponse) a;
          assertThat(g.membercount()).isEqualTo(2);
          assertThat(g.platCode()).isEmpty();
          assertThat(g.memberOpenids()).containsExactly("oGRTijuUl6Peo6lybWyGQfNC9_WE");
        },
        () -> WxGetGroupinfoRequest.builder().accessToken(wx).groupid("110").appid("wxcde873f99466f74a")
            .openid("o").openidlist("").build(), "openidlist"));
    c.add(new Case("relation/wxunlink_group", true, WX_OPENID,
        r -> r.wxunlinkGroup(WX_OPENID, WxUnlinkGroupRequest.builder().accessToken(wx).groupid("2147521896").build()),
        a -> assertThat(a.msg()).isEqualTo("success"),
        () -> WxUnlinkGroupRequest.builder().accessToken(wx).groupid(" ").build(), "groupid"));
    c.add(new Case("relation/wxget_groupstatus", false, WX_OPENID,
        r -> r.wxgetGroupstatus(WX_OPENID, WxGetGroupstatusRequest.builder().accessToken(wx).groupid("2147521896")
            .opType(GroupStatusOp.CREATED).build()),
        a -> assertThat(((WxGetGroupstatusResponse) a).isHas()).isZero(),
        () -> WxGetGroupstatusRequest.builder().accessToken(wx).groupid("").opType(GroupStatusOp.JOINED).build(), "groupid"));
    c.add(new Case("relation/wxsend_groupmsg", true, WX_OPENID,
        r -> r.wxsendGroupmsg(WX_OPENID, WxSendGroupmsgRequest.builder().appid("wxcde873f99466f74a").openid(WX_OPENID)
            .accessToken(wx).reqBody(wxBody().build()).build()),
        a -> assertThat(((WxSendGroupmsgResponse) a).platCode()).isEmpty(),
        () -> wxBody().msgType(WxGroupMsgType.LINK).build(), "open.share_url"));
    c.add(new Case("relation/wx_mini_send_msg", true, WX_OPENID,
        r -> r.wxMiniSendMsg(WX_OPENID, WxMiniSendMsgRequest.builder().accessToken(wx).touser("oGRTijoPGCgg3PhIKcn5f4T30B5Q")
            .weappId("wx4a0a73ec028e47d7").path("pages/main/main?v=123&t=1234").envVersion(MiniProgramEnv.RELEASE)
            .picUrl("wx.qlogo.cn/mmopen/vi_32/Q0j4TwGTfTKGKKZJsD7uySDq53Jtrppy2YPbt7YMxGrPjicZI4hynR9WWLoR9uxepMTUZWBdqNI0g8srfX9EIBg/0")
            .title("coin send to you").mediaTagName("MSG_INVITE").build()),
        a -> assertThat(a.msg()).isEqualTo("success"),
        () -> WxMiniSendMsgRequest.builder().accessToken(wx).touser("o").weappId("w").path("p")
            .envVersion(MiniProgramEnv.TRIAL).picUrl("u").title("").mediaTagName("MSG_INVITE").build(), "title"));
    return Collections.unmodifiableList(c);
  }

  @Test
  void everyRelationCallOfEndpointsMdHasACase() {
    assertThat(cases()).extracting(k -> k.call).doesNotHaveDuplicates().hasSize(24);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void happyPathKeepsTheContract(Case k, FakeMsdkServer fake, MsdkClient msdk) {
    MsdkResponse r = k.happy.apply(msdk.relation());
    assertThat(r.ret()).isZero();
    k.check.accept(r);
    RecordedMsdkRequest req = fake.takeRequest();
    assertThat(req.call()).isEqualTo(k.call);
    assertThat(req.violation()).as("contract of %s", k.call).isEmpty();
    assertThat(req.sigValid()).isTrue();
    assertThat(req.param("openid")).isEqualTo(k.openid);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void vendorErrorIsTyped(Case k, FakeMsdkServer fake, MsdkClient msdk) {
    String text = k.groupV2() ? "message" : "msg";
    String answer =
        k.wechat()
            ? "{\"ret\":-20000,\"" + text + "\":\"40001,invalid credential\",\"platCode\":\"40001\"}"
            : "{\"ret\":-10000,\"" + text + "\":\"-73,the user modify password wrong\"}";
    fake.respondWith(k.call, 200, answer);
    assertThatThrownBy(() -> k.happy.apply(msdk.relation()))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              MsdkErrorDetail d = MsdkErrorDetail.of(e);
              assertThat(d.ret()).isEqualTo(k.wechat() ? -20000 : -10000);
              assertThat(d.platformError().code()).isEqualTo(k.wechat() ? 40001 : -73);
              // platCode (lines 1145, 1266) survives the error path, where no model is returned.
              assertThat(d.platCode()).isEqualTo(k.wechat() ? "40001" : null);
            });
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aBrokenLimitNeverLeaves(Case k, FakeMsdkServer fake) {
    assertThatThrownBy(k.invalid)
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(k.invalidField));
    assertThat(fake.requestCount()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void a500IsRetriedOnlyForReads(Case k, FakeMsdkServer fake, MsdkClient msdk) {
    fake.failNext(Fault.HTTP_500);
    if (k.mutation) {
      assertThatThrownBy(() -> k.happy.apply(msdk.relation()))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.httpStatus()).isEqualTo(500));
      assertThat(fake.requestCount()).isEqualTo(1);
    } else {
      assertThat(k.happy.apply(msdk.relation()).ret()).isZero();
      assertThat(fake.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void miniProgramTokenTravelsInTheUrlOnly(FakeMsdkServer fake, MsdkClient msdk) {
    cases().get(23).happy.apply(msdk.relation());
    RecordedMsdkRequest req = fake.takeRequest();
    assertThat(req.param("access_token")).isEqualTo(WX_TOKEN);
    assertThat(req.json().has("access_token")).isFalse();
    assertThat(req.json().get("env_version").isTextual()).isTrue();
  }

  @Test
  void exactJsonTypesOfTheTables(FakeMsdkServer fake, MsdkClient msdk) {
    List<Case> all = cases();
    all.get(1).happy.apply(msdk.relation());
    JsonNode friends = fake.takeRequest().json();
    assertThat(friends.get("appid").isTextual()).isTrue();
    assertThat(friends.get("flag").isIntegralNumber()).isTrue();
    assertThat(friends.get("closefriends_flag").isIntegralNumber()).isTrue();
    all.get(13).happy.apply(msdk.relation());
    assertThat(fake.takeRequest().json().get("type").isTextual()).isTrue();
    all.get(21).happy.apply(msdk.relation());
    assertThat(fake.takeRequest().json().get("op_type").isIntegralNumber()).isTrue();
    all.get(22).happy.apply(msdk.relation());
    JsonNode body = fake.takeRequest().json().get("reqBody");
    assertThat(body.get("msg_type").isIntegralNumber()).isTrue();
    assertThat(body.get("sub_type").asInt()).isEqualTo(2);
  }

  @Test
  void theFakeRefusesAWrongTypeAsTheServerDoes(FakeMsdkServer fake) throws Exception {
    // The table types qqstrange_profile's appid a string (line 349); the example's bare number
    // (line 374) gets -1011 from the fake, as a wrong type does from MSDK (reference (b)).
    RawCalls.Result r =
        RawCalls.post(
            fake,
            "/relation/qqstrange_profile",
            "{\"appid\":100732256,\"openid\":\"B9\",\"accessToken\":\"C9\",\"vcopenid\":[\"B9\"]}");
    assertThat(r.json.get("ret").asInt()).isEqualTo(-1011);
    RawCalls.Result tooMany =
        RawCalls.post(
            fake,
            "/relation/qq_unreg_friends",
            "{\"accessToken\":\"C9\",\"count\":21}");
    assertThat(tooMany.json.get("ret").asInt()).isEqualTo(-1011);
  }
}
