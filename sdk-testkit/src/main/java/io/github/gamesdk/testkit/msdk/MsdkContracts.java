package io.github.gamesdk.testkit.msdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.testkit.msdk.MsdkContract.Kind;
import io.github.gamesdk.testkit.msdk.MsdkContract.Problem;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract of every MSDK call the fake knows, written from the tables and examples of seed 004
 * ({@code 004_a22ae9e2991625ee.txt}); the line numbers cite it. One entry per call: its fields
 * with their JSON type, required flag and limits, and the seed's example answer, which the fake
 * gives by default.
 */
final class MsdkContracts {
  private MsdkContracts() {}

  /** Every contract, by {@code module/interface}. */
  static Map<String, MsdkContract> all() {
    Map<String, MsdkContract> m = new LinkedHashMap<>();
    auth(m);
    relation(m);
    share(m);
    freeflow(m);
    profile(m);
    return Collections.unmodifiableMap(m);
  }

  private static void add(Map<String, MsdkContract> m, MsdkContract c) {
    if (m.put(c.name(), c) != null) {
      throw new IllegalStateException("two contracts for " + c.name());
    }
  }

  /** {@code /auth/*}: seed 004 lines 61-190. */
  private static void auth(Map<String, MsdkContract> m) {
    // Lines 73-78; example 86-94 ("appid": xxxxxxxxxxx is a bare number).
    add(m, MsdkContract.post("auth/verify_login")
        .required("appid", Kind.INT)
        .required("openid", Kind.STRING)
        .required("openkey", Kind.STRING)
        .required("userip", Kind.STRING)
        .answer("{\"ret\":0,\"msg\":\"user is logged in\"}")
        .build());
    // Lines 104-107; example 112-121.
    add(m, MsdkContract.post("auth/check_token")
        .required("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .answer("{\"ret\":0,\"msg\":\"ok\"}")
        .build());
    // Lines 130-133; example 138-147.
    add(m, MsdkContract.post("auth/guest_check_token")
        .required("guestid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .answer("{\"ret\":0,\"msg\":\"ok\"}")
        .build());
    // Lines 155-164; example 172-190.
    add(m, MsdkContract.post("auth/get_pfval")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("platform", Kind.STRING)
        .values("platform", "desktop_m_qq", "desktop_m_wx", "desktop_m_guest")
        .required("regChannel", Kind.STRING)
        .required("os", Kind.STRING)
        .values("os", "android", "iap")
        .required("installchannel", Kind.STRING)
        .required("offerid", Kind.STRING)
        .answer("{\"pf\":\"desktop_m_wx-2002-android-73213123-wx-wxcde873f99466f74a-"
            + "oyQmcwlfqLdebciSJTiGy8Bm5N40\",\"pfKey\":\"60de2c996**********9a81f8ccb0\","
            + "\"msg\":\"ok\",\"ret\":0}")
        .build());
  }

  /** {@code /relation/*}: seed 004 lines 193-1337. */
  private static void relation(Map<String, MsdkContract> m) {
    // Table lines 200-204; example 222-240.
    add(m, MsdkContract.post("relation/qqprofile")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .answer("{\"ret\":0,\"msg\":\"success\",\"nickName\":\"xxx\",\"gender\":\"남성\",\"picture40\":\"ht"
            + "tp://q.qlogo.cn/qqapp/100703379/A3284A812ECA15269F85AE1C2D94EB37/40\",\"picture100\":\"h"
            + "ttp://q.qlogo.cn/qqapp/100703379/A3284A812ECA15269F85AE1C2D94EB37/100\",\"yellow_vip\":0"
            + ",\"yellow_vip_level\":0,\"yellow_year_vip\":0,\"is_lost\":\"0\"}")
        .build());
    // Table lines 247-253; example 272-298 (typographic quotes made plain).
    add(m, MsdkContract.post("relation/qqfriends_detail")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .optional("flag", Kind.INT)
        .optional("closefriends_flag", Kind.INT)
        .values("flag", "1", "2")
        .values("closefriends_flag", "0", "1")
        .answer("{\"ret\":0,\"msg\":\"success\",\"lists\":[{\"openid\":\"69FF99F3B17436F2F6621FA158B30549"
            + "\",\"nickName\":\"xxx\",\"gender\":\"남성\",\"figureurl_qq\":\"http://q.qlogo.cn/qqapp/100"
            + "703379/69FF99F3B17436F2F6621FA158B30549/\"}],\"extinfo\":{\"closefriend_lists\":[\"DB883"
            + "0DFD91050D6BD9CFAC29121C98B\",\"DB8830DFD91050D6BD9CFAC29121C98B\"]},\"is_lost\":\"0\"}")
        .build());
    // Table lines 306-309 (count at most 20); example 323-338.
    add(m, MsdkContract.post("relation/qq_unreg_friends")
        .required("accessToken", Kind.STRING)
        .required("count", Kind.INT)
        .rule("count", v -> v.asInt() >= 1 && v.asInt() <= 20 ? null : Problem.paramError("count must be 1..20"))
        .answer("{\"ret\":0,\"msg\":\"success\",\"friends\":[{\"openid\":\"67063124582BE5086B203F543E4F64"
            + "3C\",\"nick_name\":\"xxx\",\"head_img_url\":\"http://thirdqq.qlogo.cn/qqapp/1104466820/6"
            + "7063124582BE5086B203F543E4F643C/100\"}]}")
        .build());
    // Table lines 347-352 (appid a string; the example's bare number, line 374, breaks it); example 373-395.
    add(m, MsdkContract.post("relation/qqstrange_profile")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("vcopenid", Kind.ARRAY)
        .rule("vcopenid", MsdkContracts::openidArray)
        .answer("{\"ret\":0,\"msg\":\"success\",\"lists\":[{\"openid\":\"B9EEA5EE1E99694146AC2700BFE6B88B"
            + "\",\"gender\":\"1\",\"nickName\":\"/xu゛♥얼른 여기로 와இ\",\"qzonepicture50\":\"http://thirdapp"
            + "1.qlogo.cn/qzopenapp/aff242e95d20fb902bedd93bb1dcd4c01ed5dc2a14b37510a81685c74529ab1e/50"
            + "\",\"qqpicture40\":\"http://q.qlogo.cn/qqapp/100732256/B9EEA5EE1E99694146AC2700BFE6B88B/"
            + "40\",\"qqpicture100\":\"http://q.qlogo.cn/qqapp/100732256/B9EEA5EE1E99694146AC2700BFE6B8"
            + "8B/100\",\"qqpicture\":\"http://q.qlogo.cn/qqapp/100732256/B9EEA5EE1E99694146AC2700BFE6B"
            + "88B\"}],\"is_lost\":\"0\"}")
        .build());
    // Table lines 402-410 (at most 49 fopenids, line 406); example 423-448.
    add(m, MsdkContract.post("relation/qqfriends_vip")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("fopenids", Kind.ARRAY)
        .required("flags", Kind.STRING)
        .required("userip", Kind.STRING)
        .required("pf", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .size("fopenids", 1, 49)
        .rule("fopenids", MsdkContracts::openidArray)
        .rule("flags", v -> v.asText().matches("(qq_vip|qq_svip)(,(qq_vip|qq_svip))*") ? null : Problem.paramError("flags must be qq_vip and/or qq_svip, comma-separated"))
        .answer("{\"is_lost\":\"0\",\"lists\":[{\"is_qq_vip\":1,\"is_qq_year_vip\":1,\"openid\":\"69FF99F"
            + "3B17436F2F6621FA158B30549\",\"qq_vip_level\":6,\"is_qq_svip\":1}],\"msg\":\"success\",\""
            + "ret\":0}")
        .build());
    // Table lines 455-459; example 480-499.
    add(m, MsdkContract.post("relation/get_vip_rich_info")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .answer("{\"is_lost\":\"0\",\"is_qq_vip\":\"0\",\"msg\":\"success\",\"qq_svip_end\":\"0\",\"qq_sv"
            + "ip_start\":\"0\",\"qq_vip_end\":\"1448817920\",\"qq_vip_start\":\"1443461120\",\"qq_year"
            + "_vip_end\":\"0\",\"qq_year_vip_start\":\"0\",\"ret\":0,\"is_qq_year_vip\":\"1\",\"is_svi"
            + "p\":\"1\"}")
        .build());
    // Table lines 506-526 (openid left out by the example); example 537-555.
    add(m, MsdkContract.post("relation/createbind_groupv2")
        .required("appid", Kind.STRING)
        .optional("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("guild_id", Kind.STRING)
        .required("zone_id", Kind.STRING)
        .required("guild_name", Kind.STRING)
        .required("platid", Kind.STRING)
        .required("roleid", Kind.STRING)
        .optional("partition", Kind.STRING)
        .optional("user_zone_id", Kind.STRING)
        .optional("user_label", Kind.STRING)
        .optional("nick_name", Kind.STRING)
        .optional("type", Kind.STRING)
        .optional("areaid", Kind.STRING)
        .optional("ip", Kind.STRING)
        .optional("port", Kind.STRING)
        .values("type", "0", "1", "2")
        .answer("{\"ret\":0,\"message\":\"success\",\"data\":{\"gc\":\"514915385\",\"group_name\":\"중국어 테"
            + "스트1\"}}")
        .build());
    // Table lines 562-567; example 579-591.
    add(m, MsdkContract.post("relation/get_groupinfov2")
        .required("appid", Kind.STRING)
        .optional("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("gc", Kind.STRING)
        .answer("{\"ret\":0,\"message\":\"success\",\"data\":{\"relation\":1}}")
        .build());
    // Table lines 598-617; example 629-646.
    add(m, MsdkContract.post("relation/join_groupv2")
        .required("appid", Kind.STRING)
        .optional("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("guild_id", Kind.STRING)
        .required("zone_id", Kind.STRING)
        .required("gc", Kind.STRING)
        .required("platid", Kind.STRING)
        .required("roleid", Kind.STRING)
        .optional("partition", Kind.STRING)
        .optional("user_zone_id", Kind.STRING)
        .optional("user_label", Kind.STRING)
        .optional("nick_name", Kind.STRING)
        .optional("type", Kind.STRING)
        .optional("areaid", Kind.STRING)
        .optional("ip", Kind.STRING)
        .optional("port", Kind.STRING)
        .values("type", "0", "1", "2")
        .answer("{\"ret\":0,\"message\":\"success\",\"data\":{\"empty\":\"\"}}")
        .build());
    // Table lines 657-671 (platid, roleid not empty); example 683-699.
    add(m, MsdkContract.post("relation/unlink_groupv2")
        .required("appid", Kind.STRING)
        .optional("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("guild_id", Kind.STRING)
        .required("zone_id", Kind.STRING)
        .required("platid", Kind.STRING)
        .required("roleid", Kind.STRING)
        .required("guild_name", Kind.STRING)
        .optional("user_zone_id", Kind.STRING)
        .optional("type", Kind.STRING)
        .optional("areaid", Kind.STRING)
        .optional("ip", Kind.STRING)
        .optional("port", Kind.STRING)
        .values("type", "0", "1", "2")
        .answer("{\"ret\":0,\"message\":\"success\",\"data\":{\"empty\":\"\"}}")
        .build());
    // Table lines 706-710; example 725-738.
    add(m, MsdkContract.post("relation/get_group_listv2")
        .required("appid", Kind.STRING)
        .optional("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .answer("{\"ret\":0,\"message\":\"success\",\"data\":{\"group_list\":[{\"gc\":\"\",\"group_name\""
            + ":\"\"}]}}")
        .build());
    // Table lines 745-760 (group_name left out by the example, which sends partition); example 772-789.
    add(m, MsdkContract.post("relation/bind_existing_groupv2")
        .required("appid", Kind.STRING)
        .optional("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("guild_id", Kind.STRING)
        .required("zone_id", Kind.STRING)
        .required("gc", Kind.STRING)
        .optional("group_name", Kind.STRING)
        .optional("partition", Kind.STRING)
        .required("platid", Kind.STRING)
        .required("roleid", Kind.STRING)
        .optional("user_zone_id", Kind.STRING)
        .optional("type", Kind.STRING)
        .optional("areaid", Kind.STRING)
        .optional("ip", Kind.STRING)
        .optional("port", Kind.STRING)
        .values("type", "0", "1", "2")
        .answer("{\"ret\":0,\"message\":\"success\",\"data\":{\"empty\":\"\"}}")
        .build());
    // Table lines 796-813 (the example, 825-834, is a copy of bind_existing_groupv2's); answer 835-842.
    add(m, MsdkContract.post("relation/remind_leader_bindv2")
        .required("appid", Kind.STRING)
        .optional("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("guild_id", Kind.STRING)
        .required("zone_id", Kind.STRING)
        .optional("gc", Kind.STRING)
        .optional("partition", Kind.STRING)
        .required("platid", Kind.STRING)
        .required("roleid", Kind.STRING)
        .required("rolename", Kind.STRING)
        .optional("user_zone_id", Kind.STRING)
        .optional("type", Kind.STRING)
        .required("leaderOpenid", Kind.STRING)
        .required("leaderRoleid", Kind.STRING)
        .optional("leaderZoneid", Kind.STRING)
        .optional("areaid", Kind.STRING)
        .optional("ip", Kind.STRING)
        .optional("port", Kind.STRING)
        .values("type", "0", "1", "2")
        .answer("{\"ret\":0,\"message\":\"success\",\"data\":{\"empty\":\"\"}}")
        .build());
    // Table lines 849-855 (the example also sends guild_id, zone_id); example 870-885.
    add(m, MsdkContract.post("relation/query_bind_unionv2")
        .required("appid", Kind.STRING)
        .optional("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .optional("guild_id", Kind.STRING)
        .optional("zone_id", Kind.STRING)
        .required("gc", Kind.STRING)
        .optional("type", Kind.STRING)
        .values("type", "0", "1", "2")
        .answer("{\"ret\":0,\"message\":\"success\",\"data\":{\"union_id\":\"xxx\",\"union_name\":\"xxx\""
            + "}}")
        .build());
    // Table lines 892-899; example 915-932.
    add(m, MsdkContract.post("relation/get_groupcode")
        .required("appid", Kind.STRING)
        .optional("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("guild_id", Kind.STRING)
        .required("zone_id", Kind.STRING)
        .optional("type", Kind.STRING)
        .values("type", "0", "1", "2")
        .answer("{\"ret\":0,\"message\":\"success\",\"data\":{\"gc\":\"xxx\",\"group_name\":\"xxx\",\"gro"
            + "up_key\":\"xxx\",\"group_openid\":\"xxx\"}}")
        .build());
    // Table lines 939-950 (title at most 45 bytes, desc 60); example 961-978.
    add(m, MsdkContract.post("relation/send_groupmsg")
        .required("appid", Kind.STRING)
        .optional("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("pf", Kind.STRING)
        .required("group_openid", Kind.STRING)
        .required("title", Kind.STRING)
        .required("desc", Kind.STRING)
        .required("image_url", Kind.STRING)
        .required("redirect_url", Kind.STRING)
        .optional("param", Kind.STRING)
        .maxBytes("title", 45)
        .maxBytes("desc", 60)
        .answer("{\"ret\":0,\"message\":\"success\",\"is_lost\":\"1\"}")
        .build());
    // Table lines 985-990 (the example leaves out appid); example 1014-1043.
    add(m, MsdkContract.post("relation/wxprofile")
        .optional("appid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("openids", Kind.ARRAY)
        .size("openids", 1, Integer.MAX_VALUE)
        .rule("openids", MsdkContracts::openidArray)
        .answer("{\"country\":\"CN\",\"language\":\"zh_CN\",\"lists\":[{\"city\":\"Shenzhen\",\"nickName\""
            + ":\"헌터\",\"openid\":\"oGRTijrV0l67hDGN7dstOl8CphN0\",\"picture\":\"http://wx.qlogo.cn/mmh"
            + "ead/RpIhxf6qwjeF1QA6YxVvE8El3ySJHWCJia63TePjLSIc\",\"provice\":\"\",\"sex\":1},{\"city\""
            + ":\"Zhongshan\",\"nickName\":\"WeGame테스트\",\"openid\":\"oGRTijlTxQPrvr-H5-pgoZMhZgog\",\""
            + "picture\":\"\",\"provice\":\"\",\"sex\":2}],\"msg\":\"success\",\"privilege\":[],\"ret\""
            + ":0}")
        .build());
    // Table lines 1050-1054 (the example leaves out appid); example 1067-1076.
    add(m, MsdkContract.post("relation/wxfriends")
        .optional("appid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("openid", Kind.STRING)
        .answer("{\"ret\":0,\"msg\":\"success\",\"openids\":[\"oy6-ljtb1PKnNtRKlouJAj952hlg\",\"oy6-ljrzo"
            + "W6jjxS2jI2LHZvGdsqA\",\"oy6-ljqJeurpVex1kyRAZl5blq3U\",\"oy6-ljoHSdnupQFMgHNTWoqSXXVg\","
            + "\"oy6-ljl-aYH1tl3L2clpVhhVXHtY\"]}")
        .build());
    // Table lines 1083-1087; example 1109-1126.
    add(m, MsdkContract.post("relation/wxuserinfo")
        .required("appid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("openid", Kind.STRING)
        .answer("{\"city\":\"Shenzhen\",\"country\":\"CN\",\"msg\":\"success\",\"nickname\":\"xxx\",\"pic"
            + "ture\":\"http://wx.qlogo.cn/mmopen/uQDECzzFUic3xMCxSqQwsgXZqgCB2MtscmicF20OGZiaKia6fMlqO"
            + "LuGjlibiaUnVPk0GoGwkKWv2MIa8e4BSwXRHn7ia7zRn1bVz9E/0\",\"privilege\":[],\"province\":\"G"
            + "uangdong\",\"ret\":0,\"sex\":\"1\",\"unionid\":\"o1A_BjhwQHB2BUyasZ_Lb2rkkOpE\"}")
        .build());
    // Table lines 1133-1139; example 1153-1166.
    add(m, MsdkContract.post("relation/wxget_groupinfo")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("groupid", Kind.STRING)
        .required("openidlist", Kind.STRING)
        .answer("{\"membercount\":2,\"msg\":\"success\",\"openidlist\":\"oGRTijuUl6Peo6lybWyGQfNC9_WE\",\""
            + "platCode\":\"\",\"ret\":0}")
        .build());
    // Table lines 1173-1177 (the example leaves out appid); example 1188-1196.
    add(m, MsdkContract.post("relation/wxunlink_group")
        .optional("appid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("groupid", Kind.STRING)
        .answer("{\"ret\":0,\"msg\":\"success\"}")
        .build());
    // Table lines 1203-1208 (the example leaves out appid); example 1220-1230.
    add(m, MsdkContract.post("relation/wxget_groupstatus")
        .optional("appid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("groupid", Kind.STRING)
        .required("op_type", Kind.INT)
        .values("op_type", "0", "1")
        .answer("{\"ret\":0,\"msg\":\"success\",\"is_has\":0}")
        .build());
    // Table lines 1237-1242, reqBody lines 1243-1260; example 1271-1296.
    add(m, MsdkContract.post("relation/wxsend_groupmsg")
        .required("appid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("reqBody", Kind.OBJECT)
        .rule("reqBody", MsdkContracts::wxGroupMsgBody)
        .answer("{\"ret\":0,\"msg\":\"success\",\"platCode\":\"\"}")
        .build());
    // Table lines 1303-1311, access_token in the URL (lines 1301, 1318); example 1318-1335.
    add(m, MsdkContract.post("relation/wx_mini_send_msg")
        .required("touser", Kind.STRING)
        .required("weapp_id", Kind.STRING)
        .required("path", Kind.STRING)
        .required("env_version", Kind.STRING)
        .required("pic_url", Kind.STRING)
        .required("title", Kind.STRING)
        .required("media_tag_name", Kind.STRING)
        .values("env_version", "0", "1", "2")
        .queryParam("access_token", true)
        .answer("{\"ret\":0,\"msg\":\"success\"}")
        .build());
  }

  /** An array of openids: non-empty strings (e.g. {@code vcopenid}, line 352). */
  private static Problem openidArray(JsonNode array) {
    for (JsonNode o : array) {
      if (!o.isTextual() || o.asText().isEmpty()) {
        return Problem.paramError("entries must be non-empty openid strings");
      }
    }
    return null;
  }

  /**
   * {@code reqBody} of {@code /relation/wxsend_groupmsg} (lines 1245-1258): msg_type 1 or 2, sub_type
   * 1 to 4 (numbers), appid and groupid strings, open an object with title and desc; share_url
   * required when msg_type is 2; ext_info at most 2 KB.
   */
  private static Problem wxGroupMsgBody(JsonNode b) {
    JsonNode mt = b.path("msg_type");
    JsonNode st = b.path("sub_type");
    if (!mt.isIntegralNumber() || mt.asInt() < 1 || mt.asInt() > 2) {
      return Problem.paramError("reqBody.msg_type must be the number 1 or 2");
    }
    if (!st.isIntegralNumber() || st.asInt() < 1 || st.asInt() > 4) {
      return Problem.paramError("reqBody.sub_type must be a number 1..4");
    }
    if (!b.path("appid").isTextual() || !b.path("groupid").isTextual()) {
      return Problem.paramError("reqBody.appid and reqBody.groupid must be strings");
    }
    JsonNode open = b.path("open");
    if (!open.isObject() || !open.path("title").isTextual() || !open.path("desc").isTextual()) {
      return Problem.paramError("reqBody.open must be an object with title and desc strings");
    }
    if (mt.asInt() == 2 && open.path("share_url").asText("").isEmpty()) {
      return Problem.paramError("reqBody.open.share_url is required when msg_type is 2");
    }
    if (open.path("ext_info").asText("").getBytes(StandardCharsets.UTF_8).length > 2048) {
      return Problem.paramError("reqBody.open.ext_info is longer than 2 KB");
    }
    return null;
  }

  /**
   * The answer of {@code /share/qq} to a too-long parameter: {@code ret:-10000} with QQ share code
   * 103 (MSDK wiki FAQ item 7: "a parameter is too long (title at most 45 bytes)").
   */
  static final String SHARE_QQ_TOO_LONG = "103,param is too long";

  /** The ADTAG each game_tag of {@code /share/qq} needs in target_url (seed 004 line 2119). */
  private static String adtagOf(String gameTag) {
    switch (gameTag) {
      case "MSG_HEART_SEND":
        return "gameobj.msg_heart";
      case "MSG_INVITE":
        return "gameobj.msg_invite";
      case "MSG_FRIEND_EXCEED":
        return "gameobj.msg_exceed";
      case "MSG_SHARE_FRIEND_PVP":
        return "gameobj.msg_pvp";
      default:
        return null;
    }
  }

  /** {@code /share/*}: seed 004 lines 2094-2277. */
  private static void share(Map<String, MsdkContract> m) {
    // Table lines 2107-2123; example 2130-2152 (which lacks userip and game_tag; the table calls
    // game_tag required, line 2123).
    add(m, MsdkContract.post("share/qq")
        .required("openid", Kind.STRING)
        .optional("userip", Kind.STRING)
        .required("act", Kind.INT)
        .values("act", "1")
        .required("oauth_consumer_key", Kind.INT)
        .required("dst", Kind.INT)
        .values("dst", "1001")
        .required("flag", Kind.INT)
        .values("flag", "1")
        .required("image_url", Kind.STRING)
        .required("access_token", Kind.STRING)
        .optional("src", Kind.INT)
        .required("summary", Kind.STRING)
        .maxBytes("summary", 45, -10000, SHARE_QQ_TOO_LONG)
        .required("target_url", Kind.STRING)
        .maxBytes("target_url", 512, -10000, SHARE_QQ_TOO_LONG)
        .required("title", Kind.STRING)
        .maxBytes("title", 45, -10000, SHARE_QQ_TOO_LONG)
        .required("fopenids", Kind.ARRAY)
        .size("fopenids", 1, 1)
        .rule("fopenids", MsdkContracts::shareFriends)
        .optional("previewText", Kind.STRING)
        .required("game_tag", Kind.STRING)
        .values("game_tag", "MSG_INVITE", "MSG_FRIEND_EXCEED", "MSG_HEART_SEND", "MSG_SHARE_FRIEND_PVP")
        .bodyRule(
            b -> {
              String adtag = adtagOf(b.get("game_tag").asText());
              return b.get("target_url").asText().contains("ADTAG=" + adtag)
                  ? null
                  : Problem.paramError("target_url must carry ADTAG=" + adtag + " for its game_tag");
            })
        .answer("{\"ret\":0,\"msg\":\"success\"}")
        .build());
    // Table lines 2164-2172; example 2191-2205 (access_token sent empty; expire's typographic
    // quotes made plain).
    add(m, MsdkContract.post("share/upload_wx")
        .optional("flag", Kind.INT)
        .required("appid", Kind.STRING)
        .required("secret", Kind.STRING)
        .optional("access_token", Kind.STRING)
        .optional("type", Kind.STRING)
        .required("filename", Kind.STRING)
        .required("filelength", Kind.INT)
        .required("content_type", Kind.STRING)
        .required("binary", Kind.STRING)
        .bodyRule(MsdkContracts::uploadedFile)
        .answer("{\"ret\":0,\"msg\":\"success\",\"type\":\"thumb\","
            + "\"media_id\":\"CAUmtmwCq6jSGWaypYRzJRpErL-vUZj8UPeU8UupzyMFGGpmOnkeUDGLLI9RiTqN\","
            + "\"created_at\":\"1379579554\",\"access_token\":\"avl-4_K9aZ7MY88Tb-FKfCt3LNvsFkkCXGErRmX7"
            + "tn19iqw0p45nGjB76tdRfhfi-7oWAQr8ZbvwC1EuWx_f8m5-A0kNNhEC7HAaePUokAtb6xGgRGyyAkoftjlk42sp4"
            + "OSVJCgkuwWvithft4a00Q\",\"expire\":\"\"}")
        .build());
    // Table lines 2213-2221; example 2228-2243 (which lacks appid).
    add(m, MsdkContract.post("share/wx")
        .optional("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("fopenid", Kind.STRING)
        .required("access_token", Kind.STRING)
        .required("extinfo", Kind.STRING)
        .maxBytes("extinfo", 2048)
        .required("title", Kind.STRING)
        .required("description", Kind.STRING)
        .required("media_tag_name", Kind.STRING)
        .optional("thumb_media_id", Kind.STRING)
        .answer("{\"ret\":0,\"msg\":\"success\"}")
        .build());
    // Table lines 2252-2257; example 2264-2277.
    add(m, MsdkContract.post("share/wx_link")
        .required("access_token", Kind.STRING)
        .required("touser", Kind.STRING)
        .required("title", Kind.STRING)
        .required("description", Kind.STRING)
        .required("url", Kind.STRING)
        .maxBytes("url", 1024)
        .required("thumb_url", Kind.STRING)
        .maxBytes("thumb_url", 1024)
        .answer("{\"ret\":0,\"msg\":\"success\"}")
        .build());
  }

  /** {@code fopenids} of {@code /share/qq}: [{"openid":"...","type":0}] (line 2121). */
  private static Problem shareFriends(JsonNode array) {
    for (JsonNode f : array) {
      if (!f.isObject() || !f.path("openid").isTextual() || f.path("openid").asText().isEmpty()) {
        return Problem.paramError("fopenids entries must be {\"openid\":\"...\",\"type\":0}");
      }
      if (!f.path("type").isIntegralNumber() || f.path("type").asInt() != 0) {
        return Problem.paramError("fopenids[].type must be the number 0");
      }
    }
    return null;
  }

  /**
   * {@code binary} and {@code filelength} of {@code /share/upload_wx} (lines 2170-2179): the file,
   * decoded the seed's Java way ({@code URLDecoder} over ISO-8859-1), has {@code filelength} bytes,
   * at most 64 KB.
   */
  private static Problem uploadedFile(JsonNode body) {
    byte[] file;
    try {
      file =
          URLDecoder.decode(body.get("binary").asText(), "ISO-8859-1")
              .getBytes(StandardCharsets.ISO_8859_1);
    } catch (UnsupportedEncodingException | IllegalArgumentException e) {
      return Problem.paramError("binary is not URL-encoded ISO-8859-1 bytes");
    }
    if (file.length != body.get("filelength").asLong()) {
      return Problem.paramError(
          "filelength " + body.get("filelength").asLong() + " but binary holds " + file.length + " bytes");
    }
    if (file.length > 64 * 1024) {
      return Problem.paramError("the file has " + file.length + " bytes, more than 64 KB");
    }
    return null;
  }

  /** {@code /freeflow/*}: seed 004 lines 2278-2360. */
  private static void freeflow(Map<String, MsdkContract> m) {
    // Table line 2287; example answer 2306-2318.
    add(m, MsdkContract.post("freeflow/getinfo")
        .required("openid", Kind.STRING)
        .answer("{\"ret\":0,\"msg\":\"success\",\"freeFlowInfo\":{\"ipList\":\"***\",\"isFree\":1,"
            + "\"ccType\":1,\"ltList\":\"***\",\"dxList\":\"***\",\"ydList\":\"***\",\"expire\":3600}}")
        .build());
    // Table lines 2327-2328 (ip optional; the example, line 2344, puts it in the URL); example
    // answer 2348-2360 with its missing quote and brace restored.
    add(m, MsdkContract.post("freeflow/get_ccinfo")
        .required("openid", Kind.STRING)
        .optional("ip", Kind.STRING)
        .queryParam("ip", false)
        .answer("{\"ret\":0,\"msg\":\"success\",\"data\":{\"apn\":\"unknown\",\"city\":\"션전시\","
            + "\"country\":\"중국\",\"district\":\"난샨구\",\"extend\":\"unknown\",\"nettype\":\"unknown\","
            + "\"oper\":\"차이나 텔레콤\",\"province\":\"광동성\"}}")
        .build());
  }

  // ---- /profile (seed 004 lines 1336-2093) ----

  /** {@code /profile/*}: seed 004 lines 1336-2093. */
  private static void profile(Map<String, MsdkContract> m) {
    // Table line 1345; example 1359-1369.
    add(m, MsdkContract.post("profile/qqget_first_reg")
        .required("accessToken", Kind.STRING)
        .answer("{\"ret\":0,\"msg\":\"success\",\"need_pop\":\"0\",\"realname_flag\":\"1\",\"mobile_flag\":\"1\"}")
        .build());
    // Table lines 1378-1381 (vip: documented bits only); example 1403-1447.
    add(m, MsdkContract.post("profile/query_vip")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("vip", Kind.INT)
        .rule("vip", v -> v.asLong() != 0 && (v.asLong() & ~0x3DFL) == 0
            ? null : Problem.paramError("vip must be a mask of the documented bits"))
        .answer("{\"ret\":0,\"msg\":\"\",\"lists\":[{\"flag\":1,\"year\":0,\"level\":0,\"luxury\":0,\"isvip\":0},"
            + "{\"flag\":2,\"year\":0,\"level\":10,\"luxury\":0,\"isvip\":1},"
            + "{\"flag\":4,\"year\":0,\"level\":0,\"luxury\":0,\"isvip\":0},"
            + "{\"flag\":8,\"year\":0,\"level\":0,\"luxury\":0,\"isvip\":0},"
            + "{\"flag\":512,\"year\":0,\"level\":11,\"luxury\":0,\"isvip\":0}]}")
        .build());
    // Table lines 1456-1457; example 1469-1484.
    add(m, MsdkContract.post("profile/get_gift")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .answer("{\"GiftPackList\":[{\"giftCount\":\"1\",\"giftId\":\"1001\"}],\"msdkExtInfo\":\"testhunter\","
            + "\"msg\":\"success\",\"ret\":0}")
        .build());
    // Table lines 1493-1494; example 1506-1515.
    add(m, MsdkContract.post("profile/get_wifi")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .answer("{\"msg\":\"success\",\"ret\":0,\"wifiVip\":1}")
        .build());
    // Table lines 1524-1527; example 1538-1558.
    add(m, MsdkContract.post("profile/qqscore_batch")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("param", Kind.ARRAY)
        .rule("param", MsdkContracts::scoreParams)
        .answer("{\"msg\":\"success\",\"ret\":0,\"type\":0}")
        .build());
    // Table lines 1567-1572; example 1592-1613.
    add(m, MsdkContract.post("profile/qqget_video_vip")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("channel_id", Kind.INT)
        .required("timestamp", Kind.INT)
        .required("signature", Kind.STRING)
        .rule("signature", MsdkContracts::md5Hex)
        .answer("{\"ret\":0,\"msg\":\"OK\",\"annual_beg\":1504242106,\"annual_end\":1531302428,"
            + "\"beg_time\":1497261816,\"end_time\":1556186616,\"is_annual\":1,\"service_type\":\"TXSP\","
            + "\"status\":1,\"vip_lv\":4,\"vip_score\":3855}")
        .build());
    // GET; table lines 1622-1625 (appid is the fixed query parameter); example URL 1636, answer 1638-1640.
    add(m, MsdkContract.get("profile/get_xinyue_super")
        .required("access_token", Kind.STRING)
        .required("access_type", Kind.INT)
        .values("access_type", "1", "2")
        .required("trace_id", Kind.STRING)
        .answer("{\"ret\":0,\"openid\":\"E1FBBD6FCDC5D68B47A376FBE041D181\",\"ilevel\":0,"
            + "\"trace_id\":\"msdkdemo-E1FBBD6FCDC5D68B47A376FBE041D181-20180116155309-123456\",\"msg\":\"success\"}")
        .build());
    // GET; table lines 1649-1651; example URL 1661, answer 1663-1665.
    add(m, MsdkContract.get("profile/get_wx_xinyue_vip")
        .required("access_token", Kind.STRING)
        .required("serial", Kind.STRING)
        .answer("{\"ret\":0,\"ilevel\":0,\"serial\":\"MSDK_20180327_181625_123456\",\"msg\":\"success.\"}")
        .build());
    // Table lines 1674-1677 (json "array", but the example, 1714-1716, sends an object); example 1710-1742.
    add(m, MsdkContract.post("profile/wxget_vip")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("json", Kind.OBJECT)
        .rule("json", j -> j.path("optype").isIntegralNumber() && j.path("optype").asInt() == 1
            ? null : Problem.paramError("json must be {\"optype\":1}"))
        .answer("{\"msg\":\"success\",\"ret\":0,\"data\":{\"vipinfo\":["
            + "{\"openid\":\"xxx\",\"level\":1,\"score\":310,\"nick\":\"VIP1\",\"logo_url\":\"xxxx\",\"logo_faceurl\":\"xxx\"},"
            + "{\"openid\":\"xxx\",\"level\":0,\"score\":0,\"nick\":\"VIP0\",\"logo_url\":\"xxxx\",\"logo_faceurl\":\"xxx\"}]}}")
        .build());
    // Table line 1751; example 1765-1775.
    add(m, MsdkContract.post("profile/wxget_first_reg")
        .required("accessToken", Kind.STRING)
        .answer("{\"ret\":0,\"msg\":\"success\",\"need_pop\":\"0\",\"realname_flag\":\"1\",\"mobile_flag\":\"1\"}")
        .build());
    // Table lines 1784-1788; example 1808-1828.
    add(m, MsdkContract.post("profile/wxget_video_vip")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("channel_id", Kind.INT)
        .required("timestamp", Kind.INT)
        .required("signature", Kind.STRING)
        .rule("signature", MsdkContracts::md5Hex)
        .answer("{\"ret\":0,\"msg\":\"OK\",\"annual_beg\":0,\"annual_end\":0,\"beg_time\":1487524745,"
            + "\"end_time\":1487704961,\"is_annual\":0,\"service_type\":\"\",\"status\":0,\"vip_lv\":0,\"vip_score\":0}")
        .build());
    // Table lines 1838-1871 (json: one record as an object, or an array of records); example 1882-1903.
    add(m, MsdkContract.post("profile/wxbattle_report")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .bodyRule(b -> battleRecords(b.get("json")))
        .answer("{\"msg\":\"success\",\"ret\":0}")
        .build());
    // Table lines 1912-1914; example 1940-1962 (the seed's // annotations removed).
    add(m, MsdkContract.post("profile/subscribe_getlist")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .answer("{\"ret\":0,\"msg\":\"success\",\"subscribeList\":[{\"id\":19,\"title\":\"2111\",\"status\":false},"
            + "{\"id\":43,\"title\":\"test_msg\",\"status\":false}],\"more\":false}")
        .build());
    // Table lines 1971-1975; example 1986-1997.
    add(m, MsdkContract.post("profile/subscribe_setlist")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("msgId", Kind.ARRAY)
        .rule("msgId", MsdkContracts::messageIds)
        .required("opType", Kind.INT)
        .values("opType", "0", "1")
        .answer("{\"ret\":0,\"msg\":\"success\"}")
        .build());
    // Table lines 2006-2008; example 2019-2028.
    add(m, MsdkContract.post("profile/subscribe_push")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("msgId", Kind.INT)
        .answer("{\"ret\":0,\"msg\":\"success\"}")
        .build());
    // Table lines 2037-2039; example 2050-2059.
    add(m, MsdkContract.post("profile/subscribe_clear")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("msgId", Kind.INT)
        .answer("{\"ret\":0,\"msg\":\"success\"}")
        .build());
    // Table lines 2068-2070; the example (2082-2084) sends accessToken only; answer 2086-2093.
    add(m, MsdkContract.post("profile/wxget_eliteinfo")
        .optional("appid", Kind.STRING)
        .optional("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .answer("{\"ret\":0,\"msg\":\"success\",\"data\":{\"wx_elite\":0,\"game_elite\":0}}")
        .build());
  }

  /** {@code param} of {@code /profile/qqscore_batch} (line 1527): typed entries, bcover 0 or 1. */
  private static Problem scoreParams(JsonNode array) {
    if (array.size() == 0) {
      return Problem.paramError("param is empty");
    }
    for (JsonNode p : array) {
      if (!p.path("type").isIntegralNumber() || !p.path("bcover").isIntegralNumber()) {
        return Problem.paramError("param[].type and param[].bcover must be JSON numbers (int)");
      }
      if (p.path("bcover").asInt() != 0 && p.path("bcover").asInt() != 1) {
        return Problem.paramError("param[].bcover must be 0 or 1");
      }
      if (!p.path("data").isTextual() || (p.has("expires") && !p.get("expires").isTextual())) {
        return Problem.paramError("param[].data and param[].expires must be JSON strings");
      }
    }
    return null;
  }

  /** {@code signature} of the video-VIP calls (lines 1572 and 1788): lower-case md5 hex. */
  private static Problem md5Hex(JsonNode v) {
    return v.asText().matches("[0-9a-f]{32}") ? null : Problem.paramError("signature must be lower-case md5 hex");
  }

  /** {@code msgId} of {@code /profile/subscribe_setlist} (line 1974): a non-empty array of ids. */
  private static Problem messageIds(JsonNode array) {
    if (array.size() == 0) {
      return Problem.paramError("msgId is empty");
    }
    for (JsonNode id : array) {
      if (!id.isIntegralNumber()) {
        return Problem.paramError("msgId entries must be JSON numbers");
      }
    }
    return null;
  }

  /** {@code json} of {@code /profile/wxbattle_report} (lines 1842-1871): a record or records. */
  private static Problem battleRecords(JsonNode json) {
    if (json == null || !(json.isObject() || (json.isArray() && json.size() > 0))) {
      return Problem.paramError("json must be a record object or a non-empty array of records");
    }
    for (JsonNode r : json.isArray() ? json : java.util.Collections.singletonList(json)) {
      JsonNode platid = r.path("baseinfo").path("platid");
      if (!platid.isIntegralNumber() || platid.asInt() < 0 || platid.asInt() > 1) {
        return Problem.paramError("json.baseinfo.platid is required: 0 iOS or 1 Android (line 1846)");
      }
      JsonNode score = r.path("battleinfo").path("score");
      if (!score.isMissingNode() && !score.isIntegralNumber()) {
        return Problem.paramError("json.battleinfo.score must be a JSON number");
      }
      JsonNode iswin = r.path("battleinfo").path("iswin");
      if (!iswin.isMissingNode() && !iswin.isBoolean()) {
        return Problem.paramError("json.battleinfo.iswin must be a JSON boolean");
      }
    }
    return null;
  }

  // ---- end of /profile ----
}
