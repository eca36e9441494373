package io.github.gamesdk.msdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.msdk.model.MsdkRequest;
import io.github.gamesdk.msdk.model.MsdkResponse;
import io.github.gamesdk.msdk.model.auth.CheckTokenRequest;
import io.github.gamesdk.msdk.model.auth.CheckTokenResponse;
import io.github.gamesdk.msdk.model.auth.GetPfvalRequest;
import io.github.gamesdk.msdk.model.auth.GetPfvalResponse;
import io.github.gamesdk.msdk.model.auth.GuestCheckTokenRequest;
import io.github.gamesdk.msdk.model.auth.GuestCheckTokenResponse;
import io.github.gamesdk.msdk.model.auth.PfOs;
import io.github.gamesdk.msdk.model.auth.PfPlatform;
import io.github.gamesdk.msdk.model.auth.VerifyLoginRequest;
import io.github.gamesdk.msdk.model.auth.VerifyLoginResponse;
import io.github.gamesdk.msdk.model.freeflow.Carrier;
import io.github.gamesdk.msdk.model.freeflow.FreeflowGetinfoRequest;
import io.github.gamesdk.msdk.model.freeflow.FreeflowGetinfoResponse;
import io.github.gamesdk.msdk.model.freeflow.GetCcinfoRequest;
import io.github.gamesdk.msdk.model.freeflow.GetCcinfoResponse;
import io.github.gamesdk.msdk.model.share.QqShareFriend;
import io.github.gamesdk.msdk.model.share.QqShareGameTag;
import io.github.gamesdk.msdk.model.share.ShareQqRequest;
import io.github.gamesdk.msdk.model.share.ShareQqResponse;
import io.github.gamesdk.msdk.model.share.ShareWxLinkRequest;
import io.github.gamesdk.msdk.model.share.ShareWxLinkResponse;
import io.github.gamesdk.msdk.model.share.ShareWxRequest;
import io.github.gamesdk.msdk.model.share.ShareWxResponse;
import io.github.gamesdk.msdk.model.share.UploadWxRequest;
import io.github.gamesdk.msdk.model.share.UploadWxResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every example request and answer of seed 004 for the /auth, /share and /freeflow calls: the
 * request model built from the example's values serializes to the example's JSON (same fields,
 * same JSON types), and the example answer parses into its model and writes back without loss.
 * The examples are copied from the seed; where a copy had to be repaired, the comment says how.
 */
class SeedExamplesTest {
  static JsonNode tree(String json) throws IOException {
    return GameSdkJson.mapper().readTree(json);
  }

  static JsonNode written(MsdkRequest r) throws IOException {
    return tree(GameSdkJson.writeString(r));
  }

  /** The answer parses, keeps every field, and writes back to the same JSON. */
  static <R extends MsdkResponse> R roundTrip(String json, Class<R> type) throws IOException {
    R r = GameSdkJson.mapper().readValue(json, type);
    assertThat(tree(GameSdkJson.writeString(r))).isEqualTo(tree(json));
    assertThat(r.extra()).isEmpty();
    return r;
  }

  // ---- /auth ----

  @Test
  void verifyLogin() throws IOException {
    // Lines 86-91; the masked appid (xxxxxxxxxxx, a bare number) and openid/openkey filled in.
    String seed =
        "{\"appid\": 100703379,\"openid\": \"A328xxxxxxxxxxxxxD94EB37\","
            + "\"openkey\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxx\",\"userip\": \"192.168.5.114\"}";
    VerifyLoginRequest r =
        VerifyLoginRequest.builder()
            .appid(100703379)
            .openid("A328xxxxxxxxxxxxxD94EB37")
            .openkey(Secret.of("xxxxxxxxxxxxxxxxxxxxxxxxxxxx"))
            .userip("192.168.5.114")
            .build();
    assertThat(written(r)).isEqualTo(tree(seed));
    assertThat(written(r).get("appid").isIntegralNumber()).isTrue();
    // Line 94.
    VerifyLoginResponse a = roundTrip("{\"ret\":0,\"msg\":\"user is logged in\"}", VerifyLoginResponse.class);
    assertThat(a.ret()).isZero();
    assertThat(a.msg()).isEqualTo("user is logged in");
  }

  @Test
  void checkToken() throws IOException {
    // Lines 116-119.
    String seed =
        "{\"accessToken\": \"OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJPLafWudG-idTVMbKesBkhBO_ZxFWN4zl"
            + "XCpCHpYcrXNG6Vs-cocorhdT5Czj_23QF6D1qH8MCldg0BSMdEUnsaWcFH083zgWJcl_goeBUSQ\","
            + "\"openid\": \"oGRTijiaT-XrbyXKozckdNHFgPyc\"}";
    CheckTokenRequest r =
        CheckTokenRequest.builder()
            .openid("oGRTijiaT-XrbyXKozckdNHFgPyc")
            .accessToken(Secret.of(tree(seed).get("accessToken").asText()))
            .build();
    assertThat(written(r)).isEqualTo(tree(seed));
    // Line 121.
    assertThat(roundTrip("{\"ret\":0,\"msg\":\"ok\"}", CheckTokenResponse.class).msg()).isEqualTo("ok");
  }

  @Test
  void guestCheckToken() throws IOException {
    // Lines 142-145.
    String seed =
        "{\"accessToken\": \"OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJPLafWudG-idTVMbKesBkhBO_ZxFWN4zl"
            + "XCpCHpYcrXNG6Vs-cocorhdT5Czj_23QF6D1qH8MCldg0BSMdEUnsaWcFH083zgWJcl_goeBUSQ\","
            + "\"guestid\": \"G_oGRTijiaT-XrbyXKozckdNHFgPyc\"}";
    GuestCheckTokenRequest r =
        GuestCheckTokenRequest.builder()
            .guestid("G_oGRTijiaT-XrbyXKozckdNHFgPyc")
            .accessToken(Secret.of(tree(seed).get("accessToken").asText()))
            .build();
    assertThat(written(r)).isEqualTo(tree(seed));
    // Line 147.
    assertThat(roundTrip("{\"ret\":0,\"msg\":\"ok\"}", GuestCheckTokenResponse.class).ret()).isZero();
  }

  @Test
  void getPfval() throws IOException {
    // Lines 176-185.
    String seed =
        "{\"appid\":\"wxcde873f99466f74a\",\"openid\":\"oyQmcwlfqLdebciSJTiGy8Bm5N40\","
            + "\"accessToken\":\"u2OLuoBXgeJpL206s4Y6l1gb6vQDpL6dopCN9VGTUv7GRjUvxgxXT78Mxj-1SdYeRUObVB1FFbug"
            + "XCpwYG_EPyKy0-HEnu6d861OB-xoVA8\",\"platform\":\"desktop_m_wx\",\"regChannel\":\"2002\","
            + "\"os\":\"android\",\"installchannel\":\"73213123\",\"offerid\":\"1104674695\"}";
    GetPfvalRequest r =
        GetPfvalRequest.builder()
            .appid("wxcde873f99466f74a")
            .openid("oyQmcwlfqLdebciSJTiGy8Bm5N40")
            .accessToken(Secret.of(tree(seed).get("accessToken").asText()))
            .platform(PfPlatform.DESKTOP_M_WX)
            .regChannel("2002")
            .os(PfOs.ANDROID)
            .installchannel("73213123")
            .offerid("1104674695")
            .build();
    assertThat(written(r)).isEqualTo(tree(seed));
    // Lines 187-192: the example spells pfKey, the table (line 171) pfkey.
    String answer =
        "{\"pf\": \"desktop_m_wx-2002-android-73213123-wx-wxcde873f99466f74a-oyQmcwlfqLdebciSJTiGy8Bm5N40\","
            + "\"pfKey\": \"60de2c996**********9a81f8ccb0\",\"msg\": \"ok\",\"ret\": 0}";
    GetPfvalResponse a = roundTrip(answer, GetPfvalResponse.class);
    assertThat(a.pf()).endsWith("-oyQmcwlfqLdebciSJTiGy8Bm5N40");
    assertThat(a.pfKey().reveal()).isEqualTo("60de2c996**********9a81f8ccb0");
    assertThat(a.toString()).doesNotContain("60de2c996");
    GetPfvalResponse lower =
        GameSdkJson.mapper().readValue(answer.replace("pfKey", "pfkey"), GetPfvalResponse.class);
    assertThat(lower.pfKey().reveal()).isEqualTo("60de2c996**********9a81f8ccb0");
  }

  // ---- /share ----

  @Test
  void shareQq() throws IOException {
    // Lines 2135-2150. Repairs: the masked oauth_consumer_key (xxxxxx) is a number here; the line
    // break inside target_url (lines 2145-2146) is an extraction artefact and is dropped; {YOUR_APPID}
    // is filled in; the // comment after fopenids is removed; game_tag, required by the table
    // (line 2123) and missing from the example, is added.
    String seed =
        "{\"act\": 1,\"oauth_consumer_key\": 100703379,\"dst\": 1001,\"flag\": 1,"
            + "\"image_url\": \"http://mat1.gtimg.com/www/images/qq2012/erweimaVideoPic.png\","
            + "\"openid\": \"A3284A812ECA15269F85AE1C2D94EB37\","
            + "\"access_token\": \"933FE8C9AB9C585D7EABD04373B7155F\",\"src\": 0,\"summary\": \"개요\","
            + "\"target_url\": \"http://gamecenter.qq.com/gcjump?appid=100703379&pf=invite&from=iphoneqq"
            + "&plat=qq&originuin=111&ADTAG=gameobj.msg_invite\","
            + "\"title\": \"test by hunter\","
            + "\"fopenids\": [{\"openid\":\"69FF99F3B17436F2F6621FA158B30549\",\"type\":0}],"
            + "\"previewText\": \"나는 매일 게임을 즐겨요\",\"game_tag\": \"MSG_INVITE\"}";
    JsonNode s = tree(seed);
    ShareQqRequest r =
        ShareQqRequest.builder()
            .oauthConsumerKey(100703379)
            .imageUrl(s.get("image_url").asText())
            .openid("A3284A812ECA15269F85AE1C2D94EB37")
            .accessToken(Secret.of("933FE8C9AB9C585D7EABD04373B7155F"))
            .summary("개요")
            .targetUrl(s.get("target_url").asText())
            .title("test by hunter")
            .addFopenids(QqShareFriend.of("69FF99F3B17436F2F6621FA158B30549"))
            .previewText("나는 매일 게임을 즐겨요")
            .gameTag(QqShareGameTag.MSG_INVITE)
            .build();
    assertThat(written(r)).isEqualTo(s);
    // Line 2152.
    assertThat(roundTrip("{\"ret\":0,\"msg\":\"success\"}", ShareQqResponse.class).msg()).isEqualTo("success");
  }

  /** The start of the example's binary (line 2195), before the seed cuts it with "%....". */
  static final String SEED_BINARY_PREFIX =
      "%FF%D8%FF%E0%00%10JFIF%00%01%01%01%00%60%00%60%00%00%FF%DB%00C%00%03%02%02%03%02%02%03%03%03%03"
          + "%04%03%03%04%05%08%05%05%04%04%05%0A%07%07%06%08%0C%0A%0C%0C%0B%0A%0B%0B%0D%0E%12%10%0D%0E"
          + "%11%0E%0B%0B%10%16%10%11%13%14%15%15%15%0C%0F%17%18%16%14%18%12%14%15%14%FF%DB%00C%01%03%04"
          + "%04%05%04%05%09%05%05%09%14%0D%0B%0D%14%14%14";

  @Test
  void uploadWx() throws IOException {
    // Line 2195. The seed cuts binary short ("%....") while filelength says 65050: the file here is
    // the bytes of the printed prefix, so filelength is their count; everything else is the
    // example's, "image\/jpeg" being JSON for "image/jpeg".
    byte[] file = URLDecoder.decode(SEED_BINARY_PREFIX, "ISO-8859-1").getBytes(StandardCharsets.ISO_8859_1);
    String seed =
        "{\"flag\":1,\"appid\":\"xxxxxxxxxxxxxx\",\"secret\":\"xxxxxxxxxxxxxxxxxxxxx\",\"access_token\":\"\","
            + "\"type\":\"thumb\",\"filename\":\"b.jpg\",\"filelength\":" + file.length + ","
            + "\"content_type\":\"image\\/jpeg\",\"binary\":\"" + SEED_BINARY_PREFIX + "\"}";
    UploadWxRequest r =
        UploadWxRequest.builder()
            .appid("xxxxxxxxxxxxxx")
            .secret(Secret.of("xxxxxxxxxxxxxxxxxxxxx"))
            .filename("b.jpg")
            .contentType("image/jpeg")
            .binary(file)
            .build();
    assertThat(written(r)).isEqualTo(tree(seed));
    assertThat(r.filelength()).isEqualTo(file.length);
    // Lines 2197-2205. Repair: "expire": ’’ (typographic quotes, line 2204) is not JSON; "".
    String answer =
        "{\"ret\": 0,\"msg\": \"success\",\"type\": \"thumb\","
            + "\"media_id\": \"CAUmtmwCq6jSGWaypYRzJRpErL-vUZj8UPeU8UupzyMFGGpmOnkeUDGLLI9RiTqN\","
            + "\"created_at\": \"1379579554\","
            + "\"access_token\": \"avl-4_K9aZ7MY88Tb-FKfCt3LNvsFkkCXGErRmX7tn19iqw0p45nGjB76tdRfhfi-7oWAQr8Zb"
            + "vwC1EuWx_f8m5-A0kNNhEC7HAaePUokAtb6xGgRGyyAkoftjlk42sp4OSVJCgkuwWvithft4a00Q\","
            + "\"expire\": \"\"}";
    UploadWxResponse a = roundTrip(answer, UploadWxResponse.class);
    assertThat(a.mediaId()).isEqualTo("CAUmtmwCq6jSGWaypYRzJRpErL-vUZj8UPeU8UupzyMFGGpmOnkeUDGLLI9RiTqN");
    assertThat(a.createdAt()).isEqualTo("1379579554");
    assertThat(a.accessToken().reveal()).startsWith("avl-4_K9aZ7MY88Tb");
    assertThat(a.toString()).doesNotContain("avl-4_K9aZ7MY88Tb");
  }

  @Test
  void shareWx() throws IOException {
    // Lines 2232-2241 (appid, in the table but not in the example, is left out as there).
    String seed =
        "{\"openid\": \"oGRTijrV0l67hDGN7dstOl8CphN0\",\"fopenid\": \"oGRTijrV0l67hDGN7dstOl8CphN0\","
            + "\"access_token\": \"OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJYyBcXKXYWTlxU_BAMfu7Rzsr51Nu-"
            + "CarhcPT6zYlD9FrWRzuA0ccQMgrTGqpao2BZMgzJc8KWgXT8uGw242GeNigmf9VQCouPmZ9ciBE4MA\","
            + "\"extinfo\": \"extinfo\",\"title\": \"to myself\",\"description\": \"test by hunter\","
            + "\"media_tag_name\": \"media_tag_name\",\"thumb_media_id\": \"\"}";
    ShareWxRequest r =
        ShareWxRequest.builder()
            .openid("oGRTijrV0l67hDGN7dstOl8CphN0")
            .fopenid("oGRTijrV0l67hDGN7dstOl8CphN0")
            .accessToken(Secret.of(tree(seed).get("access_token").asText()))
            .extinfo("extinfo")
            .title("to myself")
            .description("test by hunter")
            .mediaTagName("media_tag_name")
            .build();
    assertThat(written(r)).isEqualTo(tree(seed));
    // Line 2243.
    assertThat(roundTrip("{\"ret\":0,\"msg\":\"success\"}", ShareWxResponse.class).ret()).isZero();
  }

  @Test
  void shareWxLink() throws IOException {
    // Lines 2268-2275.
    String seed =
        "{\"access_token\": \"8_xBp8ztqWwDRmbccjNAG_xPcy3OszjO9tobb_myr8yjS49xUVJsqmZdeiKRFS62hbsbplor15vs"
            + "2uevp7lyxaYg\",\"touser\": \"oGRTijg1fJI6rO5ACReNhUocv4YA\",\"title\": \"title, wx link\","
            + "\"description\": \"test by msdk 나\",\"url\": \"http://wiki.msdk.qq.com/\","
            + "\"thumb_url\": \"http://wiki.msdk.qq.com/Unity/res/share_struct_qq.png\"}";
    ShareWxLinkRequest r =
        ShareWxLinkRequest.builder()
            .accessToken(Secret.of(tree(seed).get("access_token").asText()))
            .touser("oGRTijg1fJI6rO5ACReNhUocv4YA")
            .title("title, wx link")
            .description("test by msdk 나")
            .url("http://wiki.msdk.qq.com/")
            .thumbUrl("http://wiki.msdk.qq.com/Unity/res/share_struct_qq.png")
            .build();
    assertThat(written(r)).isEqualTo(tree(seed));
    // Line 2277.
    assertThat(roundTrip("{\"ret\":0,\"msg\":\"success\"}", ShareWxLinkResponse.class).ret()).isZero();
  }

  // ---- /freeflow ----

  @Test
  void freeflowGetinfo() throws IOException {
    // The example request (line 2302) shows no body; the table's one field, openid (line 2287), is
    // the body, with the openid of the example's URL.
    assertThat(written(FreeflowGetinfoRequest.of("23F7F96A4920872EA3CA2DB6CB8EFE04")))
        .isEqualTo(tree("{\"openid\":\"23F7F96A4920872EA3CA2DB6CB8EFE04\"}"));
    // Lines 2306-2318.
    FreeflowGetinfoResponse a =
        roundTrip(
            "{\"ret\": 0,\"msg\": \"success\",\"freeFlowInfo\": {\"ipList\": \"***\",\"isFree\": 1,"
                + "\"ccType\": 1,\"ltList\": \"***\",\"dxList\": \"***\",\"ydList\": \"***\",\"expire\": 3600}}",
            FreeflowGetinfoResponse.class);
    assertThat(a.freeFlowInfo().isFree()).isEqualTo(1);
    assertThat(a.freeFlowInfo().free()).isTrue();
    assertThat(a.freeFlowInfo().carrier()).isEqualTo(Carrier.CHINA_TELECOM);
    assertThat(a.freeFlowInfo().expire()).isEqualTo(3600);
    assertThat(a.freeFlowInfo().extra()).isEmpty();
  }

  @Test
  void freeflowGetCcinfo() throws IOException {
    // The example (line 2344) passes ip=59.37.125.72 in the URL and shows no body; the table (lines
    // 2327-2328) makes openid and ip the body.
    assertThat(
            written(GetCcinfoRequest.builder().openid("23F7F96A4920872EA3CA2DB6CB8EFE04").ip("59.37.125.72").build()))
        .isEqualTo(tree("{\"openid\":\"23F7F96A4920872EA3CA2DB6CB8EFE04\",\"ip\":\"59.37.125.72\"}"));
    // Lines 2348-2360, cut short in the seed: the closing quote of "oper" and the outer closing
    // brace are restored.
    GetCcinfoResponse a =
        roundTrip(
            "{\"ret\": 0,\"msg\": \"success\",\"data\": {\"apn\": \"unknown\",\"city\": \"션전시\","
                + "\"country\": \"중국\",\"district\": \"난샨구\",\"extend\": \"unknown\",\"nettype\": \"unknown\","
                + "\"oper\": \"차이나 텔레콤\",\"province\": \"광동성\"}}",
            GetCcinfoResponse.class);
    assertThat(a.data().city()).isEqualTo("션전시");
    assertThat(a.data().province()).isEqualTo("광동성");
    assertThat(a.data().extra()).isEmpty();
  }
}
