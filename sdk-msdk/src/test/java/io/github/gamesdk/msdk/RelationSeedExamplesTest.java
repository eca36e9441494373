package io.github.gamesdk.msdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.msdk.model.MsdkRequest;
import io.github.gamesdk.msdk.model.MsdkResponse;
import io.github.gamesdk.msdk.model.relation.BindExistingGroupv2Request;
import io.github.gamesdk.msdk.model.relation.BindExistingGroupv2Response;
import io.github.gamesdk.msdk.model.relation.CreatebindGroupv2Request;
import io.github.gamesdk.msdk.model.relation.CreatebindGroupv2Response;
import io.github.gamesdk.msdk.model.relation.FriendsFlag;
import io.github.gamesdk.msdk.model.relation.GetGroupListv2Request;
import io.github.gamesdk.msdk.model.relation.GetGroupListv2Response;
import io.github.gamesdk.msdk.model.relation.GetGroupcodeRequest;
import io.github.gamesdk.msdk.model.relation.GetGroupcodeResponse;
import io.github.gamesdk.msdk.model.relation.GetGroupinfov2Request;
import io.github.gamesdk.msdk.model.relation.GetGroupinfov2Response;
import io.github.gamesdk.msdk.model.relation.GetVipRichInfoRequest;
import io.github.gamesdk.msdk.model.relation.GetVipRichInfoResponse;
import io.github.gamesdk.msdk.model.relation.GroupRelation;
import io.github.gamesdk.msdk.model.relation.GroupStatusOp;
import io.github.gamesdk.msdk.model.relation.JoinGroupv2Request;
import io.github.gamesdk.msdk.model.relation.JoinGroupv2Response;
import io.github.gamesdk.msdk.model.relation.MiniProgramEnv;
import io.github.gamesdk.msdk.model.relation.QqFriendsDetailRequest;
import io.github.gamesdk.msdk.model.relation.QqFriendsDetailResponse;
import io.github.gamesdk.msdk.model.relation.QqFriendsVipRequest;
import io.github.gamesdk.msdk.model.relation.QqFriendsVipResponse;
import io.github.gamesdk.msdk.model.relation.QqProfileRequest;
import io.github.gamesdk.msdk.model.relation.QqProfileResponse;
import io.github.gamesdk.msdk.model.relation.QqStrangeProfileRequest;
import io.github.gamesdk.msdk.model.relation.QqStrangeProfileResponse;
import io.github.gamesdk.msdk.model.relation.QqStranger;
import io.github.gamesdk.msdk.model.relation.QqUnregFriendsRequest;
import io.github.gamesdk.msdk.model.relation.QqUnregFriendsResponse;
import io.github.gamesdk.msdk.model.relation.QqVipFlag;
import io.github.gamesdk.msdk.model.relation.QueryBindUnionv2Request;
import io.github.gamesdk.msdk.model.relation.QueryBindUnionv2Response;
import io.github.gamesdk.msdk.model.relation.RemindLeaderBindv2Request;
import io.github.gamesdk.msdk.model.relation.RemindLeaderBindv2Response;
import io.github.gamesdk.msdk.model.relation.SendGroupmsgRequest;
import io.github.gamesdk.msdk.model.relation.SendGroupmsgResponse;
import io.github.gamesdk.msdk.model.relation.UnionType;
import io.github.gamesdk.msdk.model.relation.UnlinkGroupv2Request;
import io.github.gamesdk.msdk.model.relation.UnlinkGroupv2Response;
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
import io.github.gamesdk.msdk.model.relation.WxMiniSendMsgResponse;
import io.github.gamesdk.msdk.model.relation.WxProfileRequest;
import io.github.gamesdk.msdk.model.relation.WxProfileResponse;
import io.github.gamesdk.msdk.model.relation.WxSendGroupmsgRequest;
import io.github.gamesdk.msdk.model.relation.WxSendGroupmsgResponse;
import io.github.gamesdk.msdk.model.relation.WxUnlinkGroupRequest;
import io.github.gamesdk.msdk.model.relation.WxUnlinkGroupResponse;
import io.github.gamesdk.msdk.model.relation.WxUserinfoRequest;
import io.github.gamesdk.msdk.model.relation.WxUserinfoResponse;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Every example request and answer of seed 004 for the /relation calls (lines 193-1337): the
 * request model built from the example's values serializes to the example's JSON (same fields,
 * same JSON types), and the example answer parses into its model, keeps every field and writes back
 * to the same JSON. Where a copy had to be repaired or the table overrules the example, the comment
 * says how.
 */
class RelationSeedExamplesTest {
  static JsonNode tree(String json) throws IOException {
    return GameSdkJson.mapper().readTree(json);
  }

  static JsonNode written(MsdkRequest r) throws IOException {
    return tree(GameSdkJson.writeString(r));
  }

  static <R extends MsdkResponse> R roundTrip(String json, Class<R> type) throws IOException {
    R r = GameSdkJson.mapper().readValue(json, type);
    assertThat(tree(GameSdkJson.writeString(r))).isEqualTo(tree(json));
    assertThat(r.extra()).isEmpty();
    return r;
  }

  @Test
  void qqprofile() throws IOException {
    // Request: Lines 222-226.
    assertThat(written(QqProfileRequest.builder().appid("100703379").accessToken(Secret.of("FCCDE5C8CDAD70A9A0E229C367E03178")).openid("69FF99F3B17436F2F6621FA158B30549").build())).isEqualTo(tree("{\"appid\": \"100703379\", \"accessToken\": \"FCCDE5C8CDAD70A9A0E229C367E03178\", \"openid\": \"69FF99F3B17436F2F6621FA158B30549\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"msg\": \"success\", \"nickName\": \"xxx\", \"gender\": \"남성\", \"picture40\": \"http://q.qlogo.cn/qqapp/100703379/A3284A812ECA15269F85AE1C2D94EB37/40\", \"picture100\": \"http://q.qlogo.cn/qqapp/100703379/A3284A812ECA15269F85AE1C2D94EB37/100\", \"yellow_vip\": 0, \"yellow_vip_level\": 0, \"yellow_year_vip\": 0, \"is_lost\": \"0\"}", QqProfileResponse.class);
  }

  @Test
  void qqfriendsDetail() throws IOException {
    // Request: Lines 272-278; the appid's typographic quotes (line 273) made plain.
    assertThat(written(QqFriendsDetailRequest.builder().appid("100703379").openid("A3284A812ECA15269F85AE1C2D94EB37").accessToken(Secret.of("933FE8C9AB9C585D7EABD04373B7155F")).flag(FriendsFlag.WITHOUT_SELF).closefriendsFlag(1).build())).isEqualTo(tree("{\"appid\": \"100703379\", \"openid\": \"A3284A812ECA15269F85AE1C2D94EB37\", \"accessToken\": \"933FE8C9AB9C585D7EABD04373B7155F\", \"flag\": 1, \"closefriends_flag\": 1}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"msg\": \"success\", \"lists\": [{\"openid\": \"69FF99F3B17436F2F6621FA158B30549\", \"nickName\": \"xxx\", \"gender\": \"남성\", \"figureurl_qq\": \"http://q.qlogo.cn/qqapp/100703379/69FF99F3B17436F2F6621FA158B30549/\"}], \"extinfo\": {\"closefriend_lists\": [\"DB8830DFD91050D6BD9CFAC29121C98B\", \"DB8830DFD91050D6BD9CFAC29121C98B\"]}, \"is_lost\": \"0\"}", QqFriendsDetailResponse.class);
  }

  @Test
  void qqUnregFriends() throws IOException {
    // Request: Lines 323-326.
    assertThat(written(QqUnregFriendsRequest.builder().accessToken(Secret.of("933FE8C9AB9C585D7EABD04373B7155F")).count(20).build())).isEqualTo(tree("{\"accessToken\": \"933FE8C9AB9C585D7EABD04373B7155F\", \"count\": 20}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"msg\": \"success\", \"friends\": [{\"openid\": \"67063124582BE5086B203F543E4F643C\", \"nick_name\": \"xxx\", \"head_img_url\": \"http://thirdqq.qlogo.cn/qqapp/1104466820/67063124582BE5086B203F543E4F643C/100\"}]}", QqUnregFriendsResponse.class);
  }

  @Test
  void qqstrangeProfile() throws IOException {
    // Request: Lines 373-378, with appid a string as the table types it (line 349); the example's bare number (line 374) would be answered -1011.
    assertThat(written(QqStrangeProfileRequest.builder().appid("100732256").openid("B9EEA5EE1E99694146AC2700BFE6B88B").accessToken(Secret.of("C9A1F622B7B4AAC48D0AF3F73B1A3D83")).addVcopenid("B9EEA5EE1E99694146AC2700BFE6B88B").build())).isEqualTo(tree("{\"appid\": \"100732256\", \"openid\": \"B9EEA5EE1E99694146AC2700BFE6B88B\", \"accessToken\": \"C9A1F622B7B4AAC48D0AF3F73B1A3D83\", \"vcopenid\": [\"B9EEA5EE1E99694146AC2700BFE6B88B\"]}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"msg\": \"success\", \"lists\": [{\"openid\": \"B9EEA5EE1E99694146AC2700BFE6B88B\", \"gender\": \"1\", \"nickName\": \"/xu゛♥얼른 여기로 와இ\", \"qzonepicture50\": \"http://thirdapp1.qlogo.cn/qzopenapp/aff242e95d20fb902bedd93bb1dcd4c01ed5dc2a14b37510a81685c74529ab1e/50\", \"qqpicture40\": \"http://q.qlogo.cn/qqapp/100732256/B9EEA5EE1E99694146AC2700BFE6B88B/40\", \"qqpicture100\": \"http://q.qlogo.cn/qqapp/100732256/B9EEA5EE1E99694146AC2700BFE6B88B/100\", \"qqpicture\": \"http://q.qlogo.cn/qqapp/100732256/B9EEA5EE1E99694146AC2700BFE6B88B\"}], \"is_lost\": \"0\"}", QqStrangeProfileResponse.class);
  }

  @Test
  void qqfriendsVip() throws IOException {
    // Request: Lines 423-433.
    assertThat(written(QqFriendsVipRequest.builder().appid("100703379").openid("A3284A812ECA15269F85AE1C2D94EB37").accessToken(Secret.of("964EE8FACFA24AE88AEEEEBD84028E19")).addFopenids("69FF99F3B17436F2F6621FA158B30549").flags(QqVipFlag.join(QqVipFlag.QQ_VIP, QqVipFlag.QQ_SVIP)).pf("openmobile_android").userip("127.0.0.1").build())).isEqualTo(tree("{\"appid\": \"100703379\", \"openid\": \"A3284A812ECA15269F85AE1C2D94EB37\", \"accessToken\": \"964EE8FACFA24AE88AEEEEBD84028E19\", \"fopenids\": [\"69FF99F3B17436F2F6621FA158B30549\"], \"flags\": \"qq_vip,qq_svip\", \"pf\": \"openmobile_android\", \"userip\": \"127.0.0.1\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"is_lost\": \"0\", \"lists\": [{\"is_qq_vip\": 1, \"is_qq_year_vip\": 1, \"openid\": \"69FF99F3B17436F2F6621FA158B30549\", \"qq_vip_level\": 6, \"is_qq_svip\": 1}], \"msg\": \"success\", \"ret\": 0}", QqFriendsVipResponse.class);
  }

  @Test
  void getVipRichInfo() throws IOException {
    // Request: Lines 480-484.
    assertThat(written(GetVipRichInfoRequest.builder().appid("100703379").accessToken(Secret.of("E16A9965C446956D89303747C632C27B")).openid("F4382318AFBBD94F856E866043C3472E").build())).isEqualTo(tree("{\"appid\": \"100703379\", \"accessToken\": \"E16A9965C446956D89303747C632C27B\", \"openid\": \"F4382318AFBBD94F856E866043C3472E\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"is_lost\": \"0\", \"is_qq_vip\": \"0\", \"msg\": \"success\", \"qq_svip_end\": \"0\", \"qq_svip_start\": \"0\", \"qq_vip_end\": \"1448817920\", \"qq_vip_start\": \"1443461120\", \"qq_year_vip_end\": \"0\", \"qq_year_vip_start\": \"0\", \"ret\": 0, \"is_qq_year_vip\": \"1\", \"is_svip\": \"1\"}", GetVipRichInfoResponse.class);
  }

  @Test
  void createbindGroupv2() throws IOException {
    // Request: Lines 537-546.
    assertThat(written(CreatebindGroupv2Request.builder().appid("100703379").guildId("1234").zoneId("1234").guildName("그룹 기능 테스트").platid("1234").roleid("1234").partition("1234").accessToken(Secret.of("B8C0CB75299FFEA623D766073BE5BC99")).build())).isEqualTo(tree("{\"appid\": \"100703379\", \"guild_id\": \"1234\", \"zone_id\": \"1234\", \"guild_name\": \"그룹 기능 테스트\", \"platid\": \"1234\", \"roleid\": \"1234\", \"partition\": \"1234\", \"accessToken\": \"B8C0CB75299FFEA623D766073BE5BC99\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"message\": \"success\", \"data\": {\"gc\": \"514915385\", \"group_name\": \"중국어 테스트1\"}}", CreatebindGroupv2Response.class);
  }

  @Test
  void getGroupinfov2() throws IOException {
    // Request: Lines 579-583.
    assertThat(written(GetGroupinfov2Request.builder().appid("100703379").gc("426177396").accessToken(Secret.of("B8C0CB75299FFEA623D766073BE5BC99")).build())).isEqualTo(tree("{\"appid\": \"100703379\", \"gc\": \"426177396\", \"accessToken\": \"B8C0CB75299FFEA623D766073BE5BC99\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"message\": \"success\", \"data\": {\"relation\": 1}}", GetGroupinfov2Response.class);
  }

  @Test
  void joinGroupv2() throws IOException {
    // Request: Lines 629-638.
    assertThat(written(JoinGroupv2Request.builder().appid("100703379").guildId("123").zoneId("123").gc("511720053").partition("1").platid("1").roleid("1").accessToken(Secret.of("B8C0CB75299FFEA623D766073BE5BC99")).build())).isEqualTo(tree("{\"appid\": \"100703379\", \"guild_id\": \"123\", \"zone_id\": \"123\", \"gc\": \"511720053\", \"partition\": \"1\", \"platid\": \"1\", \"roleid\": \"1\", \"accessToken\": \"B8C0CB75299FFEA623D766073BE5BC99\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"message\": \"success\", \"data\": {\"empty\": \"\"}}", JoinGroupv2Response.class);
  }

  @Test
  void unlinkGroupv2() throws IOException {
    // Request: Lines 683-691.
    assertThat(written(UnlinkGroupv2Request.builder().appid("100703379").guildId("123").zoneId("123").platid("1").roleid("1").guildName("중국어 테스트1").accessToken(Secret.of("B8C0CB75299FFEA623D766073BE5BC99")).build())).isEqualTo(tree("{\"appid\": \"100703379\", \"guild_id\": \"123\", \"zone_id\": \"123\", \"platid\": \"1\", \"roleid\": \"1\", \"guild_name\": \"중국어 테스트1\", \"accessToken\": \"B8C0CB75299FFEA623D766073BE5BC99\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"message\": \"success\", \"data\": {\"empty\": \"\"}}", UnlinkGroupv2Response.class);
  }

  @Test
  void getGroupListv2() throws IOException {
    // Request: Lines 725-728.
    assertThat(written(GetGroupListv2Request.builder().appid("100703379").accessToken(Secret.of("B8C0CB75299FFEA623D766073BE5BC99")).build())).isEqualTo(tree("{\"appid\": \"100703379\", \"accessToken\": \"B8C0CB75299FFEA623D766073BE5BC99\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"message\": \"success\", \"data\": {\"group_list\": [{\"gc\": \"\", \"group_name\": \"\"}]}}", GetGroupListv2Response.class);
  }

  @Test
  void bindExistingGroupv2() throws IOException {
    // Request: Lines 772-781.
    assertThat(written(BindExistingGroupv2Request.builder().appid("100703379").guildId("123").zoneId("123").gc("511720053").partition("1").platid("1").roleid("1").accessToken(Secret.of("B8C0CB75299FFEA623D766073BE5BC99")).build())).isEqualTo(tree("{\"appid\": \"100703379\", \"guild_id\": \"123\", \"zone_id\": \"123\", \"gc\": \"511720053\", \"partition\": \"1\", \"platid\": \"1\", \"roleid\": \"1\", \"accessToken\": \"B8C0CB75299FFEA623D766073BE5BC99\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"message\": \"success\", \"data\": {\"empty\": \"\"}}", BindExistingGroupv2Response.class);
  }

  @Test
  void remindLeaderBindv2() throws IOException {
    // Request: Lines 825-834 (a copy of bind_existing_groupv2's example) plus the table's rolename, leaderOpenid and leaderRoleid (lines 805, 808-809), which the example lacks.
    assertThat(written(RemindLeaderBindv2Request.builder().appid("100703379").guildId("123").zoneId("123").gc("511720053").partition("1").platid("1").roleid("1").accessToken(Secret.of("B8C0CB75299FFEA623D766073BE5BC99")).rolename("hunter").leaderOpenid("69FF99F3B17436F2F6621FA158B30549").leaderRoleid("2").build())).isEqualTo(tree("{\"appid\": \"100703379\", \"guild_id\": \"123\", \"zone_id\": \"123\", \"gc\": \"511720053\", \"partition\": \"1\", \"platid\": \"1\", \"roleid\": \"1\", \"accessToken\": \"B8C0CB75299FFEA623D766073BE5BC99\", \"rolename\": \"hunter\", \"leaderOpenid\": \"69FF99F3B17436F2F6621FA158B30549\", \"leaderRoleid\": \"2\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"message\": \"success\", \"data\": {\"empty\": \"\"}}", RemindLeaderBindv2Response.class);
  }

  @Test
  void queryBindUnionv2() throws IOException {
    // Request: Lines 870-876.
    assertThat(written(QueryBindUnionv2Request.builder().appid("100703379").guildId("123").zoneId("123").gc("511720053").type(UnionType.GUILD).accessToken(Secret.of("B8C0CB75299FFEA623D766073BE5BC99")).build())).isEqualTo(tree("{\"appid\": \"100703379\", \"guild_id\": \"123\", \"zone_id\": \"123\", \"gc\": \"511720053\", \"type\": \"0\", \"accessToken\": \"B8C0CB75299FFEA623D766073BE5BC99\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"message\": \"success\", \"data\": {\"union_id\": \"xxx\", \"union_name\": \"xxx\"}}", QueryBindUnionv2Response.class);
  }

  @Test
  void getGroupcode() throws IOException {
    // Request: Lines 915-921.
    assertThat(written(GetGroupcodeRequest.builder().appid("100703379").guildId("123").zoneId("123").type(UnionType.GUILD).accessToken(Secret.of("B8C0CB75299FFEA623D766073BE5BC99")).build())).isEqualTo(tree("{\"appid\": \"100703379\", \"guild_id\": \"123\", \"zone_id\": \"123\", \"type\": \"0\", \"accessToken\": \"B8C0CB75299FFEA623D766073BE5BC99\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"message\": \"success\", \"data\": {\"gc\": \"xxx\", \"group_name\": \"xxx\", \"group_key\": \"xxx\", \"group_openid\": \"xxx\"}}", GetGroupcodeResponse.class);
  }

  @Test
  void sendGroupmsg() throws IOException {
    // Request: Lines 961-972.
    assertThat(written(SendGroupmsgRequest.builder().appid("1104359534").accessToken(Secret.of("4F05D9EFF140E2BB6527F266B1E674F1")).groupOpenid("C672A42F0595BC8309D079D68F45B8CF").title("11").desc("11").redirectUrl("http://www.qq.com/").imageUrl("http://p.qlogo.cn/gh/31asdasd0/312248990/100").param("11").build())).isEqualTo(tree("{\"appid\": \"1104359534\", \"accessToken\": \"4F05D9EFF140E2BB6527F266B1E674F1\", \"pf\": \"qqqun\", \"group_openid\": \"C672A42F0595BC8309D079D68F45B8CF\", \"title\": \"11\", \"desc\": \"11\", \"redirect_url\": \"http://www.qq.com/\", \"image_url\": \"http://p.qlogo.cn/gh/31asdasd0/312248990/100\", \"param\": \"11\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"message\": \"success\", \"is_lost\": \"1\"}", SendGroupmsgResponse.class);
  }

  @Test
  void wxprofile() throws IOException {
    // Request: Lines 1014-1017.
    assertThat(written(WxProfileRequest.builder().accessToken(Secret.of("OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJYyBcXKXYWTlxU_BAMfu7Rzsr51Nu-CarhcPT6zYlD9FrWRzuA0ccQMgrTGqpao2Ccq_dcbciAvC8frI3gYk5d2p6pDFy-bOqyPTNysUxOQg")).addOpenids("oGRTijrV0l67hDGN7dstOl8CphN0", "oGRTijlTxQPrvr-H5-pgoZMhZgog").build())).isEqualTo(tree("{\"accessToken\": \"OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJYyBcXKXYWTlxU_BAMfu7Rzsr51Nu-CarhcPT6zYlD9FrWRzuA0ccQMgrTGqpao2Ccq_dcbciAvC8frI3gYk5d2p6pDFy-bOqyPTNysUxOQg\", \"openids\": [\"oGRTijrV0l67hDGN7dstOl8CphN0\", \"oGRTijlTxQPrvr-H5-pgoZMhZgog\"]}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"country\": \"CN\", \"language\": \"zh_CN\", \"lists\": [{\"city\": \"Shenzhen\", \"nickName\": \"헌터\", \"openid\": \"oGRTijrV0l67hDGN7dstOl8CphN0\", \"picture\": \"http://wx.qlogo.cn/mmhead/RpIhxf6qwjeF1QA6YxVvE8El3ySJHWCJia63TePjLSIc\", \"provice\": \"\", \"sex\": 1}, {\"city\": \"Zhongshan\", \"nickName\": \"WeGame테스트\", \"openid\": \"oGRTijlTxQPrvr-H5-pgoZMhZgog\", \"picture\": \"\", \"provice\": \"\", \"sex\": 2}], \"msg\": \"success\", \"privilege\": [], \"ret\": 0}", WxProfileResponse.class);
  }

  @Test
  void wxfriends() throws IOException {
    // Request: Lines 1067-1070.
    assertThat(written(WxFriendsRequest.builder().openid("oGRTijiaT-XrbyXKozckdNHFgPyc").accessToken(Secret.of("OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJPLafWudG-idTVMbKesBkhaKJhRmjhioMlDM_zBq_SxfYO2jdJKzAR6DSHL5-02O6oATRKHf57K-teO6bPsB1RHjH5Z0I1TzMn4DllSYrf3Q")).build())).isEqualTo(tree("{\"openid\": \"oGRTijiaT-XrbyXKozckdNHFgPyc\", \"accessToken\": \"OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJPLafWudG-idTVMbKesBkhaKJhRmjhioMlDM_zBq_SxfYO2jdJKzAR6DSHL5-02O6oATRKHf57K-teO6bPsB1RHjH5Z0I1TzMn4DllSYrf3Q\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"msg\": \"success\", \"openids\": [\"oy6-ljtb1PKnNtRKlouJAj952hlg\", \"oy6-ljrzoW6jjxS2jI2LHZvGdsqA\", \"oy6-ljqJeurpVex1kyRAZl5blq3U\", \"oy6-ljoHSdnupQFMgHNTWoqSXXVg\", \"oy6-ljl-aYH1tl3L2clpVhhVXHtY\"]}", WxFriendsResponse.class);
  }

  @Test
  void wxuserinfo() throws IOException {
    // Request: Lines 1109-1113.
    assertThat(written(WxUserinfoRequest.builder().appid("wxcde873f99466f74a").openid("oGRTijrV0l67hDGN7dstOl8CphN0").accessToken(Secret.of("OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJYyBcXKXYWTlxU_BAMfu7Rzsr51Nu-CarhcPT6zYlD9FrWRzuA0ccQMgrTGqpao2C-TqXCXdT-DZ44iKkidglb5Q9jQbXnMPrSTck_DUdGMg")).build())).isEqualTo(tree("{\"appid\": \"wxcde873f99466f74a\", \"openid\": \"oGRTijrV0l67hDGN7dstOl8CphN0\", \"accessToken\": \"OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJYyBcXKXYWTlxU_BAMfu7Rzsr51Nu-CarhcPT6zYlD9FrWRzuA0ccQMgrTGqpao2C-TqXCXdT-DZ44iKkidglb5Q9jQbXnMPrSTck_DUdGMg\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"city\": \"Shenzhen\", \"country\": \"CN\", \"msg\": \"success\", \"nickname\": \"xxx\", \"picture\": \"http://wx.qlogo.cn/mmopen/uQDECzzFUic3xMCxSqQwsgXZqgCB2MtscmicF20OGZiaKia6fMlqOLuGjlibiaUnVPk0GoGwkKWv2MIa8e4BSwXRHn7ia7zRn1bVz9E/0\", \"privilege\": [], \"province\": \"Guangdong\", \"ret\": 0, \"sex\": \"1\", \"unionid\": \"o1A_BjhwQHB2BUyasZ_Lb2rkkOpE\"}", WxUserinfoResponse.class);
  }

  @Test
  void wxgetGroupinfo() throws IOException {
    // Request: Lines 1153-1159.
    assertThat(written(WxGetGroupinfoRequest.builder().accessToken(Secret.of("-2aMHhqC8Mmqsuw_1h3Fd_VRb232WayUbBmrtSnPNiHAOqvNN8oUU8tnMgkZOyEmcqpwDtMuyj63aeVywIAASg")).groupid("110").appid("wxcde873f99466f74a").openid("oGRTijuUl6Peo6lybWyGQfNC9_WE").openidlist(WxGetGroupinfoRequest.joinOpenids(java.util.Collections.singletonList("oGRTijuUl6Peo6lybWyGQfNC9_WE"))).build())).isEqualTo(tree("{\"accessToken\": \"-2aMHhqC8Mmqsuw_1h3Fd_VRb232WayUbBmrtSnPNiHAOqvNN8oUU8tnMgkZOyEmcqpwDtMuyj63aeVywIAASg\", \"groupid\": \"110\", \"appid\": \"wxcde873f99466f74a\", \"openid\": \"oGRTijuUl6Peo6lybWyGQfNC9_WE\", \"openidlist\": \"oGRTijuUl6Peo6lybWyGQfNC9_WE\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"membercount\": 2, \"msg\": \"success\", \"openidlist\": \"oGRTijuUl6Peo6lybWyGQfNC9_WE\", \"platCode\": \"\", \"ret\": 0}", WxGetGroupinfoResponse.class);
  }

  @Test
  void wxunlinkGroup() throws IOException {
    // Request: Lines 1188-1191.
    assertThat(written(WxUnlinkGroupRequest.builder().accessToken(Secret.of("OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJhKgRRgn5ztwrcCr1jwFWMow9ZDDD69U1GlL6tPS4GLX4nk6rIKoCEMz5ScKJ6bFmn0uT_eu0yhklQxkkhxjQS8v-ul7-ZEVHQleIchtSTyg")).groupid("2147521896").build())).isEqualTo(tree("{\"accessToken\": \"OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJhKgRRgn5ztwrcCr1jwFWMow9ZDDD69U1GlL6tPS4GLX4nk6rIKoCEMz5ScKJ6bFmn0uT_eu0yhklQxkkhxjQS8v-ul7-ZEVHQleIchtSTyg\", \"groupid\": \"2147521896\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"msg\": \"success\"}", WxUnlinkGroupResponse.class);
  }

  @Test
  void wxgetGroupstatus() throws IOException {
    // Request: Lines 1220-1224.
    assertThat(written(WxGetGroupstatusRequest.builder().accessToken(Secret.of("OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJhKgRRgn5ztwrcCr1jwFWMow9ZDDD69U1GlL6tPS4GLX4nk6rIKoCEMz5ScKJ6bFmn0uT_eu0yhklQxkkhxjQS8v-ul7-ZEVHQleIchtSTyg")).groupid("2147521896").opType(GroupStatusOp.CREATED).build())).isEqualTo(tree("{\"accessToken\": \"OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJhKgRRgn5ztwrcCr1jwFWMow9ZDDD69U1GlL6tPS4GLX4nk6rIKoCEMz5ScKJ6bFmn0uT_eu0yhklQxkkhxjQS8v-ul7-ZEVHQleIchtSTyg\", \"groupid\": \"2147521896\", \"op_type\": 0}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"msg\": \"success\", \"is_has\": 0}", WxGetGroupstatusResponse.class);
  }

  @Test
  void wxsendGroupmsg() throws IOException {
    // Request: Lines 1271-1290; the comma after "media_tag_name" (line 1287), which JSON does not allow, removed.
    assertThat(written(WxSendGroupmsgRequest.builder().appid("wxcde873f99466f74a").openid("oGRTijrV0l67hDGN7dstOl8CphN0").accessToken(Secret.of("OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJYyBcXKXYWTlxU_BAMfu7Rzsr51Nu-CarhcPT6zYlD9FrWRzuA0ccQMgrTGqpao2AFUqpPDuHWnG-7zOK_CIkx0PWh694IgF0gRriiB4qj3A")).reqBody(WxGroupMsgBody.builder().msgType(WxGroupMsgType.STRUCTURED).subType(WxGroupMsgSubType.SHARE).appid("wxa28d26b2e31a21c4").groupid("mt2group").open(WxGroupMsgOpen.builder().title("test1").desc("test2").shareUrl("https://game.weixin.qq.com/cgi-bin/act?noticeid=90103953&actid=7006&k=Q6EgQ_8DgubBRXGb1vmTBw&q=0&jsapi_ticket=1&hongbaoid=8CF558E6633CCB020796260075B95465#wechat_redirect").extInfo("test3").messageExt("test4").mediaTagName("test5").build()).build()).build())).isEqualTo(tree("{\"appid\": \"wxcde873f99466f74a\", \"openid\": \"oGRTijrV0l67hDGN7dstOl8CphN0\", \"accessToken\": \"OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJYyBcXKXYWTlxU_BAMfu7Rzsr51Nu-CarhcPT6zYlD9FrWRzuA0ccQMgrTGqpao2AFUqpPDuHWnG-7zOK_CIkx0PWh694IgF0gRriiB4qj3A\", \"reqBody\": {\"msg_type\": 1, \"sub_type\": 2, \"appid\": \"wxa28d26b2e31a21c4\", \"groupid\": \"mt2group\", \"open\": {\"title\": \"test1\", \"desc\": \"test2\", \"share_url\": \"https://game.weixin.qq.com/cgi-bin/act?noticeid=90103953&actid=7006&k=Q6EgQ_8DgubBRXGb1vmTBw&q=0&jsapi_ticket=1&hongbaoid=8CF558E6633CCB020796260075B95465#wechat_redirect\", \"ext_info\": \"test3\", \"message_ext\": \"test4\", \"media_tag_name\": \"test5\"}}}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"msg\": \"success\", \"platCode\": \"\"}", WxSendGroupmsgResponse.class);
  }

  @Test
  void wxMiniSendMsg() throws IOException {
    // Request: Lines 1318-1330; the model also holds access_token, which the endpoint row moves to the URL (line 1318).
    assertThat(written(WxMiniSendMsgRequest.builder().accessToken(Secret.of("T")).touser("oGRTijoPGCgg3PhIKcn5f4T30B5Q").weappId("wx4a0a73ec028e47d7").path("pages/main/main?v=123&t=1234").envVersion(MiniProgramEnv.RELEASE).picUrl("wx.qlogo.cn/mmopen/vi_32/Q0j4TwGTfTKGKKZJsD7uySDq53Jtrppy2YPbt7YMxGrPjicZI4hynR9WWLoR9uxepMTUZWBdqNI0g8srfX9EIBg/0").title("coin send to you").mediaTagName("MSG_INVITE").build())).isEqualTo(tree("{\"touser\": \"oGRTijoPGCgg3PhIKcn5f4T30B5Q\", \"weapp_id\": \"wx4a0a73ec028e47d7\", \"path\": \"pages/main/main?v=123&t=1234\", \"env_version\": \"0\", \"pic_url\": \"wx.qlogo.cn/mmopen/vi_32/Q0j4TwGTfTKGKKZJsD7uySDq53Jtrppy2YPbt7YMxGrPjicZI4hynR9WWLoR9uxepMTUZWBdqNI0g8srfX9EIBg/0\", \"title\": \"coin send to you\", \"media_tag_name\": \"MSG_INVITE\", \"access_token\": \"T\"}"));
    // Answer: the seed's example (see MsdkContracts for the lines).
    roundTrip("{\"ret\": 0, \"msg\": \"success\"}", WxMiniSendMsgResponse.class);
  }

  @Test
  void traps() throws IOException {
    // DESIGN.md section 6: "list" for "lists" (table line 358), is_lost as a number, message for msg.
    QqStrangeProfileResponse s =
        GameSdkJson.mapper()
            .readValue(
                "{\"ret\":0,\"message\":\"ok\",\"list\":[{\"openid\":\"B9\",\"gender\":\"1\"}],\"is_lost\":1}",
                QqStrangeProfileResponse.class);
    assertThat(s.lists()).extracting(QqStranger::openid).containsExactly("B9");
    assertThat(s.isLost()).isEqualTo("1");
    assertThat(s.text()).isEqualTo("ok");
    // wxget_groupinfo: the table spells the message "message" (line 1144), the example "msg".
    WxGetGroupinfoResponse g =
        GameSdkJson.mapper()
            .readValue(
                "{\"ret\":0,\"message\":\"success\",\"platCode\":\"\",\"openidlist\":\"a, b,,c\",\"membercount\":\"3\"}",
                WxGetGroupinfoResponse.class);
    assertThat(g.text()).isEqualTo("success");
    assertThat(g.memberOpenids()).containsExactly("a", "b", "c");
    assertThat(g.membercount()).isEqualTo(3);
    // An undocumented field is kept, at the top and inside nested objects.
    QqFriendsDetailResponse d =
        roundTripWithExtra(
            "{\"ret\":0,\"msg\":\"success\",\"lists\":[{\"openid\":\"o\",\"remark\":\"r\"}],\"extinfo\":{\"closefriend_lists\":[],\"x\":1},\"new\":true}");
    assertThat(d.extra()).containsEntry("new", true);
    assertThat(d.lists().get(0).extra()).containsEntry("remark", "r");
    assertThat(d.extinfo().extra()).containsEntry("x", 1);
    // The relation of get_groupinfov2 as an enum (line 573).
    assertThat(GroupRelation.of(4)).isEqualTo(GroupRelation.NOT_MEMBER);
    assertThat(GroupRelation.of(9)).isNull();
  }

  static QqFriendsDetailResponse roundTripWithExtra(String json) throws IOException {
    QqFriendsDetailResponse r = GameSdkJson.mapper().readValue(json, QqFriendsDetailResponse.class);
    assertThat(tree(GameSdkJson.writeString(r))).isEqualTo(tree(json));
    return r;
  }
}
