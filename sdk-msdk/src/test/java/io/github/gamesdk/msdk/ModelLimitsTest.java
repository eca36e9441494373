package io.github.gamesdk.msdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.msdk.model.auth.VerifyLoginRequest;
import io.github.gamesdk.msdk.model.freeflow.GetCcinfoRequest;
import io.github.gamesdk.msdk.model.share.ImmutableShareQqRequest;
import io.github.gamesdk.msdk.model.share.ImmutableShareWxLinkRequest;
import io.github.gamesdk.msdk.model.share.ImmutableUploadWxRequest;
import io.github.gamesdk.msdk.model.share.QqShareFriend;
import io.github.gamesdk.msdk.model.share.QqShareGameTag;
import io.github.gamesdk.msdk.model.share.ShareQqRequest;
import io.github.gamesdk.msdk.model.share.ShareWxLinkRequest;
import io.github.gamesdk.msdk.model.share.ShareWxRequest;
import io.github.gamesdk.msdk.model.share.UploadWxRequest;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every documented limit of the /auth, /share and /freeflow requests, at the boundary: the last
 * value allowed builds, the first value beyond throws {@link InvalidRequestException} naming the
 * vendor field and the limit.
 */
class ModelLimitsTest {
  static String ascii(int n) {
    char[] c = new char[n];
    Arrays.fill(c, 'a');
    return new String(c);
  }

  static void rejects(ThrowingCallable build, String field, String ruleFragment) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).contains(ruleFragment);
            });
  }

  static final String TARGET = "http://gamecenter.qq.com/gcjump?appid=1&ADTAG=gameobj.msg_invite";

  static ImmutableShareQqRequest.Builder share() {
    return ShareQqRequest.builder()
        .oauthConsumerKey(100703379)
        .imageUrl("http://mat1.gtimg.com/a.png")
        .openid("A")
        .accessToken(Secret.of("T"))
        .summary("s")
        .targetUrl(TARGET)
        .title("t")
        .addFopenids(QqShareFriend.of("F"))
        .gameTag(QqShareGameTag.MSG_INVITE);
  }

  @Test
  void shareQqTitleAndSummaryAre45Bytes() {
    share().title(ascii(45)).summary(ascii(45)).build();
    rejects(() -> share().title(ascii(46)).build(), "title", "at most 45 bytes");
    rejects(() -> share().summary(ascii(46)).build(), "summary", "at most 45 bytes");
    // 15 Hangul syllables are 45 UTF-8 bytes; 16 are 48.
    share().title("가나다라마바사아자차카타파하가").build();
    rejects(() -> share().summary("가나다라마바사아자차카타파하가나").build(), "summary", "was 48");
  }

  @Test
  void shareQqTargetUrlIs512BytesWithTheAdtagOfItsGameTag() {
    String base = "http://gamecenter.qq.com/gcjump?ADTAG=gameobj.msg_invite&x=";
    share().targetUrl(base + ascii(512 - base.length())).build();
    rejects(() -> share().targetUrl(base + ascii(513 - base.length())).build(), "target_url", "at most 512 bytes");
    rejects(
        () -> share().gameTag(QqShareGameTag.MSG_HEART_SEND).build(),
        "target_url",
        "ADTAG=gameobj.msg_heart");
    share()
        .gameTag(QqShareGameTag.MSG_SHARE_FRIEND_PVP)
        .targetUrl("http://gamecenter.qq.com/gcjump?ADTAG=gameobj.msg_pvp")
        .build();
    // Case may not change (line 2119).
    rejects(() -> share().targetUrl("http://g.qq.com/?ADTAG=GAMEOBJ.MSG_INVITE").build(), "target_url", "ADTAG");
  }

  @Test
  void shareQqHasExactlyOneReceiverOfType0() {
    rejects(() -> share().fopenids(Arrays.<QqShareFriend>asList()).build(), "fopenids", "exactly 1 entry");
    rejects(() -> share().addFopenids(QqShareFriend.of("G")).build(), "fopenids", "was 2");
    rejects(
        () -> io.github.gamesdk.msdk.model.share.ImmutableQqShareFriend.builder().openid("F").type(1).build(),
        "fopenids.type",
        "can only be 0");
  }

  @Test
  void shareQqFixedValues() {
    rejects(() -> share().act(2).build(), "act", "can only be 1");
    rejects(() -> share().dst(1002).build(), "dst", "can only be 1001");
    rejects(() -> share().flag(0).build(), "flag", "can only be 1");
    rejects(() -> share().imageUrl("mat1.gtimg.com/a.png").build(), "image_url", "http(s) URL");
    rejects(() -> share().userip("300.1.1.1").build(), "userip", "IPv4");
    rejects(() -> share().userip(":").build(), "userip", "IPv6");
    share().userip("::1").build();
    share().userip("2001:db8::8a2e:370:7334").build();
    rejects(() -> share().oauthConsumerKey(0).build(), "oauth_consumer_key", "positive");
  }

  @Test
  void missingRequiredFieldsNameTheField() {
    rejects(() -> ShareQqRequest.builder().build(), "oauthConsumerKey, imageUrl, openid, accessToken, summary, targetUrl, title, gameTag", "required");
  }

  static ImmutableUploadWxRequest.Builder upload(byte[] file) {
    return UploadWxRequest.builder()
        .appid("wx")
        .secret(Secret.of("k"))
        .filename("b.jpg")
        .contentType("image/jpeg")
        .binary(file);
  }

  @Test
  void uploadWxFileIs64Kb() {
    UploadWxRequest max = upload(new byte[65536]).build();
    assertThat(max.filelength()).isEqualTo(65536);
    rejects(() -> upload(new byte[65537]).build(), "binary", "65536 bytes (64 KB), has 65537");
    rejects(() -> upload(new byte[0]).build(), "binary", "must not be empty");
    rejects(() -> upload(new byte[10]).filelength(11).build(), "filelength", "10, not 11");
    rejects(() -> upload(new byte[10]).contentType("text/plain").build(), "content_type", "image");
    // The limit is on the file, not on its URL-encoded form: 64 KB of 0xFF is 192 KB of "%FF".
    String json = GameSdkJson.writeString(upload(fill(65536, (byte) 0xFF)).build());
    assertThat(json.length()).isGreaterThan(3 * 65536);
  }

  static byte[] fill(int n, byte b) {
    byte[] a = new byte[n];
    Arrays.fill(a, b);
    return a;
  }

  @Test
  void shareWxExtinfoIs2Kb() {
    ShareWxRequest.builder()
        .openid("o").fopenid("f").accessToken(Secret.of("t")).extinfo(ascii(2048))
        .title("t").description("d").mediaTagName("m").build();
    rejects(
        () ->
            ShareWxRequest.builder()
                .openid("o").fopenid("f").accessToken(Secret.of("t")).extinfo(ascii(2049))
                .title("t").description("d").mediaTagName("m").build(),
        "extinfo",
        "at most 2048 bytes");
  }

  static ImmutableShareWxLinkRequest.Builder link() {
    return ShareWxLinkRequest.builder()
        .accessToken(Secret.of("t")).touser("u").title("t").description("d")
        .url("http://a/").thumbUrl("http://a/b.png");
  }

  @Test
  void shareWxLinkUrlsAre1024Bytes() {
    String base = "http://wiki.msdk.qq.com/";
    link().url(base + ascii(1024 - base.length())).thumbUrl(base + ascii(1024 - base.length())).build();
    rejects(() -> link().url(base + ascii(1025 - base.length())).build(), "url", "at most 1024 bytes");
    rejects(() -> link().thumbUrl(base + ascii(1025 - base.length())).build(), "thumb_url", "at most 1024 bytes");
    rejects(() -> link().touser(" ").build(), "touser", "must not be empty");
  }

  @Test
  void authAndFreeflowFormats() {
    rejects(
        () -> VerifyLoginRequest.builder().appid(1).openid("o").openkey(Secret.of("k")).userip("1.2.3.4.5").build(),
        "userip",
        "IPv4");
    rejects(() -> VerifyLoginRequest.builder().appid(1).openid("").openkey(Secret.of("k")).userip("1.2.3.4").build(), "openid", "empty");
    rejects(() -> VerifyLoginRequest.builder().appid(-1).openid("o").openkey(Secret.of("k")).userip("1.2.3.4").build(), "appid", "positive");
    rejects(() -> GetCcinfoRequest.builder().openid("o").ip("1.2.3").build(), "ip", "IPv4");
    assertThat(GetCcinfoRequest.builder().openid("o").build().ip()).isNull();
  }

  @Test
  void tokensNeverPrint() {
    assertThat(share().build().toString()).doesNotContain("=T,").contains("accessToken=****");
    assertThat(upload(new byte[1]).build().toString()).contains("secret=****");
  }
}
