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
    share(m);
    freeflow(m);
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
}
