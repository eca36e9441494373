package io.github.gamesdk.testkit.msdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.msdk.MsdkClient;
import io.github.gamesdk.msdk.MsdkErrorDetail;
import io.github.gamesdk.msdk.PlatformError;
import io.github.gamesdk.msdk.model.share.ImmutableShareQqRequest;
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
import io.github.gamesdk.testkit.Fault;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The /share calls end to end against the fake: happy path, a vendor error, a limit, no retry. */
@ExtendWith(MsdkFakeExtension.class)
class ShareEndToEndTest {
  static final String TARGET =
      "http://gamecenter.qq.com/gcjump?appid=100703379&pf=invite&from=iphoneqq&plat=qq&originuin=111"
          + "&ADTAG=gameobj.msg_invite";

  /** Seed 004 lines 2135-2149, with the table's game_tag (line 2123) and the appid filled in. */
  static ImmutableShareQqRequest.Builder seedShareQq() {
    return ShareQqRequest.builder()
        .oauthConsumerKey(100703379)
        .imageUrl("http://mat1.gtimg.com/www/images/qq2012/erweimaVideoPic.png")
        .openid("A3284A812ECA15269F85AE1C2D94EB37")
        .accessToken(Secret.of("933FE8C9AB9C585D7EABD04373B7155F"))
        .summary("개요")
        .targetUrl(TARGET)
        .title("test by hunter")
        .addFopenids(QqShareFriend.of("69FF99F3B17436F2F6621FA158B30549"))
        .previewText("나는 매일 게임을 즐겨요")
        .gameTag(QqShareGameTag.MSG_INVITE);
  }

  @Test
  void shareQqKeepsTheContract(FakeMsdkServer fake, MsdkClient msdk) {
    ShareQqResponse r = msdk.share().qq("A3284A812ECA15269F85AE1C2D94EB37", seedShareQq().build());
    assertThat(r.msg()).isEqualTo("success");
    RecordedMsdkRequest req = fake.takeRequest();
    assertThat(req.violation()).isEmpty();
    JsonNode b = req.json();
    assertThat(b.get("act").isIntegralNumber()).isTrue();
    assertThat(b.get("oauth_consumer_key").isIntegralNumber()).isTrue();
    assertThat(b.get("fopenids").toString())
        .isEqualTo("[{\"openid\":\"69FF99F3B17436F2F6621FA158B30549\",\"type\":0}]");
    assertThat(b.get("game_tag").asText()).isEqualTo("MSG_INVITE");
    assertThat(b.has("userip")).isFalse();
  }

  @Test
  void dailyLimitIsARelayedShareCodeAndIsNotRetried(FakeMsdkServer fake, MsdkClient msdk) {
    fake.respondWith(
        "share/qq",
        200,
        "{\"msg\":\"30,null ServiceError: :workid=1 30,response errorCode error 30\",\"ret\":-10000}");
    assertThatThrownBy(() -> msdk.share().qq(null, seedShareQq().build()))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              PlatformError p = MsdkErrorDetail.of(e).platformError();
              assertThat(p.source()).isEqualTo(PlatformError.Source.QQ);
              assertThat(p.code()).isEqualTo(30);
              assertThat(p.text()).isEqualTo("null ServiceError: :workid=1 30,response errorCode error 30");
              assertThat(e.category()).isEqualTo(ErrorCategory.NONE);
            });
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void aTooLongTitleNeverLeaves(FakeMsdkServer fake) {
    // 16 Hangul syllables are 48 UTF-8 bytes, 3 more than the 45 of line 2120.
    String title = "가나다라마바사아자차카타파하가나";
    assertThatThrownBy(() -> seedShareQq().title(title).build())
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.field()).isEqualTo("title");
              assertThat(e.rule()).contains("45 bytes").contains("48");
            });
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void theFakeAnswersATooLongTitleAsTheServerDoes(FakeMsdkServer fake) throws Exception {
    // Bypass the SDK's check with a raw body: the fake answers like MSDK (-10000, "103,...").
    String body =
        "{\"act\":1,\"oauth_consumer_key\":100703379,\"dst\":1001,\"flag\":1,\"image_url\":\"http://a/b.png\","
            + "\"openid\":\"A\",\"access_token\":\"T\",\"src\":0,\"summary\":\"s\",\"target_url\":\"" + TARGET
            + "\",\"title\":\"" + new String(new char[46]).replace('\0', 'x') + "\",\"fopenids\":[{\"openid\":\"F\",\"type\":0}],"
            + "\"game_tag\":\"MSG_INVITE\"}";
    RawCalls.Result r = RawCalls.post(fake, "/share/qq", body);
    assertThat(r.json.get("ret").asInt()).isEqualTo(-10000);
    assertThat(r.json.get("msg").asText()).startsWith("103,");
  }

  @Test
  void aShareThatTimesOutIsNotSentTwice(FakeMsdkServer fake) {
    MsdkClient msdk =
        fake.clientBuilder()
            .timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(2)))
            .build();
    fake.failNext(Fault.TIMEOUT, 3);
    assertThatThrownBy(() -> msdk.share().qq(null, seedShareQq().build()))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isTrue());
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void uploadWxSendsTheFileAsIsoUrlEncodedBytes(FakeMsdkServer fake, MsdkClient msdk) throws Exception {
    byte[] jpeg = new byte[65050];
    for (int i = 0; i < jpeg.length; i++) {
      jpeg[i] = (byte) (i * 31 + 7);
    }
    UploadWxResponse r =
        msdk.share()
            .uploadWxAsync(
                null,
                UploadWxRequest.builder()
                    .appid("wxcde873f99466f74a")
                    .secret(Secret.of("appkey-of-the-game"))
                    .filename("b.jpg")
                    .contentType("image/jpeg")
                    .binary(jpeg)
                    .build())
            .get(5, TimeUnit.SECONDS);
    assertThat(r.mediaId()).isEqualTo("CAUmtmwCq6jSGWaypYRzJRpErL-vUZj8UPeU8UupzyMFGGpmOnkeUDGLLI9RiTqN");
    JsonNode b = fake.takeRequest().json();
    assertThat(b.get("filelength").asInt()).isEqualTo(65050);
    assertThat(b.get("access_token").asText()).isEmpty();
    assertThat(b.get("type").asText()).isEqualTo("thumb");
    byte[] decoded =
        URLDecoder.decode(b.get("binary").asText(), "ISO-8859-1").getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Arrays.equals(decoded, jpeg)).isTrue();
  }

  @Test
  void uploadWxOver64KbNeverLeaves(FakeMsdkServer fake) {
    assertThatThrownBy(
            () ->
                UploadWxRequest.builder()
                    .appid("wxcde873f99466f74a")
                    .secret(Secret.of("k"))
                    .filename("b.jpg")
                    .contentType("image/jpeg")
                    .binary(new byte[65537])
                    .build())
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("binary"));
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void shareWxAndWxLink(FakeMsdkServer fake, MsdkClient msdk) {
    ShareWxResponse wx =
        msdk.share()
            .wx(
                "oGRTijrV0l67hDGN7dstOl8CphN0",
                ShareWxRequest.builder()
                    .openid("oGRTijrV0l67hDGN7dstOl8CphN0")
                    .fopenid("oGRTijrV0l67hDGN7dstOl8CphN0")
                    .accessToken(Secret.of("OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJYyBcXKXYW"))
                    .extinfo("extinfo")
                    .title("to myself")
                    .description("test by hunter")
                    .mediaTagName("media_tag_name")
                    .build());
    assertThat(wx.msg()).isEqualTo("success");
    assertThat(fake.takeRequest().json().get("thumb_media_id").asText()).isEmpty();
    ShareWxLinkResponse link =
        msdk.share()
            .wxLink(
                "oGRTijg1fJI6rO5ACReNhUocv4YA",
                ShareWxLinkRequest.builder()
                    .accessToken(Secret.of("8_xBp8ztqWwDRmbccjNAG_xPcy3OszjO9tobb_myr8yjS49xUVJsqmZdeiKRFS62"))
                    .touser("oGRTijg1fJI6rO5ACReNhUocv4YA")
                    .title("title, wx link")
                    .description("test by msdk 나")
                    .url("http://wiki.msdk.qq.com/")
                    .thumbUrl("http://wiki.msdk.qq.com/Unity/res/share_struct_qq.png")
                    .build());
    assertThat(link.msg()).isEqualTo("success");
    assertThat(fake.takeRequest().violation()).isEmpty();
  }

  @Test
  void staleThumbnailIsWechat40007(FakeMsdkServer fake, MsdkClient msdk) {
    fake.respondWith("share/wx", 200, "{\"ret\":-20000,\"msg\":\"40007,invalid media_id\"}");
    assertThatThrownBy(
            () ->
                msdk.share()
                    .wx(
                        null,
                        ShareWxRequest.builder()
                            .openid("o")
                            .fopenid("f")
                            .accessToken(Secret.of("t"))
                            .extinfo("e")
                            .title("t")
                            .description("d")
                            .mediaTagName("MSG_INVITE")
                            .thumbMediaId("stale")
                            .build()))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.category()).isEqualTo(ErrorCategory.FIX_REQUEST);
              assertThat(MsdkErrorDetail.of(e).platformError().description()).contains("media_id");
            });
  }
}
