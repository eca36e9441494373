package io.github.gamesdk.testkit.msdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.msdk.MsdkAuthModule;
import io.github.gamesdk.msdk.MsdkClient;
import io.github.gamesdk.msdk.MsdkErrorCode;
import io.github.gamesdk.msdk.MsdkErrorDetail;
import io.github.gamesdk.msdk.PlatformError;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The /auth calls end to end against the fake, blocking and async, plain and msdktea: the wire
 * carries the seed's example bodies with the fixed query parameters and a sig that an independent
 * MD5 reproduces.
 */
@ExtendWith(MsdkFakeExtension.class)
class AuthEndToEndTest {
  static final String QQ_OPENID = "A3284A812ECA15269F85AE1C2D94EB37";
  static final String WX_OPENID = "oGRTijiaT-XrbyXKozckdNHFgPyc";
  static final String WX_TOKEN =
      "OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJPLafWudG-idTVMbKesBkhBO_ZxFWN4zlXCpCHpYcrXNG6Vs"
          + "-cocorhdT5Czj_23QF6D1qH8MCldg0BSMdEUnsaWcFH083zgWJcl_goeBUSQ";

  /** Seed 004 lines 86-91, the masked appid and openkey filled in. */
  static VerifyLoginRequest seedVerifyLogin() {
    return VerifyLoginRequest.builder()
        .appid(100703379)
        .openid(QQ_OPENID)
        .openkey(Secret.of("933FE8C9AB9C585D7EABD04373B7155F"))
        .userip("192.168.5.114")
        .build();
  }

  @Test
  void verifyLoginSendsTheSeedsBodyAndFixedParameters(FakeMsdkServer fake) {
    MsdkClient msdk =
        fake.clientBuilder()
            .clock(Clock.fixed(Instant.ofEpochSecond(1478745715L), ZoneOffset.UTC))
            .build();
    VerifyLoginResponse r = msdk.auth().verifyLogin(QQ_OPENID, seedVerifyLogin());
    assertThat(r.ret()).isZero();
    assertThat(r.msg()).isEqualTo("user is logged in");

    RecordedMsdkRequest req = fake.takeRequest();
    assertThat(req.violation()).isEmpty();
    assertThat(req.method()).isEqualTo("POST");
    assertThat(req.path()).isEqualTo("/auth/verify_login");
    // Seed line 82: timestamp, appid, sig, openid, encode in this order.
    assertThat(req.params().keySet()).containsExactly("timestamp", "appid", "sig", "openid", "encode");
    assertThat(req.param("timestamp")).isEqualTo("1478745715");
    assertThat(req.param("appid")).isEqualTo(FakeMsdkServer.DEFAULT_APP_ID);
    assertThat(req.param("openid")).isEqualTo(QQ_OPENID);
    assertThat(req.param("encode")).isEqualTo("2");
    assertThat(req.param("sig")).isEqualTo(Independent.md5(FakeMsdkServer.DEFAULT_MSDK_KEY + "1478745715"));
    assertThat(req.sigValid()).isTrue();
    JsonNode body = req.json();
    assertThat(body.get("appid").isIntegralNumber()).isTrue();
    assertThat(body.get("appid").asLong()).isEqualTo(100703379L);
    assertThat(body.get("openid").asText()).isEqualTo(QQ_OPENID);
    assertThat(body.get("openkey").asText()).isEqualTo("933FE8C9AB9C585D7EABD04373B7155F");
    assertThat(body.get("userip").asText()).isEqualTo("192.168.5.114");
  }

  @Test
  void msdkteaEncryptsBothWays(FakeMsdkServer fake) throws Exception {
    MsdkClient msdk = fake.clientBuilder().msdktea(true).build();
    VerifyLoginResponse r = msdk.auth().verifyLoginAsync(QQ_OPENID, seedVerifyLogin()).get(5, TimeUnit.SECONDS);
    assertThat(r.msg()).isEqualTo("user is logged in");
    RecordedMsdkRequest req = fake.takeRequest();
    assertThat(req.contentEncrypted()).isTrue();
    assertThat(req.acceptEncrypted()).isTrue();
    assertThat(req.answerEncrypted()).isTrue();
    assertThat(new String(req.rawBody(), "UTF-8")).doesNotContain("userip");
    assertThat(req.json().get("userip").asText()).isEqualTo("192.168.5.114");
  }

  @Test
  void wxoauthIsTheSameModule(FakeMsdkServer fake) {
    MsdkClient msdk = fake.clientBuilder().authModule(MsdkAuthModule.WXOAUTH).build();
    CheckTokenResponse r =
        msdk.auth().checkToken(WX_OPENID, CheckTokenRequest.builder().openid(WX_OPENID).accessToken(Secret.of(WX_TOKEN)).build());
    assertThat(r.msg()).isEqualTo("ok");
    assertThat(fake.takeRequest().path()).isEqualTo("/wxoauth/check_token");
  }

  @Test
  void expiredWechatTokenIsRefreshToken(FakeMsdkServer fake, MsdkClient msdk) {
    fake.respondWith("auth/check_token", 200, "{\"ret\":-20000,\"msg\":\"40001,invalid credential\"}");
    assertThatThrownBy(
            () ->
                msdk.auth().checkToken(WX_OPENID, CheckTokenRequest.builder().openid(WX_OPENID).accessToken(Secret.of(WX_TOKEN)).build()))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.rawCode()).isEqualTo(-20000);
              assertThat(e.errorCode()).isEqualTo(MsdkErrorCode.WECHAT_PLATFORM_ERROR);
              assertThat(e.category()).isEqualTo(ErrorCategory.REFRESH_TOKEN);
              MsdkErrorDetail d = MsdkErrorDetail.of(e);
              assertThat(d.platformError().source()).isEqualTo(PlatformError.Source.WECHAT);
              assertThat(d.platformError().code()).isEqualTo(40001);
              assertThat(d.platformError().text()).isEqualTo("invalid credential");
            });
    // A query: not retried because REFRESH_TOKEN is not a retry category.
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void guestAndPfval(FakeMsdkServer fake, MsdkClient msdk) {
    GuestCheckTokenResponse g =
        msdk.auth().guestCheckToken("G_oGRTijiaT-XrbyXKozckdNHFgPyc",
            GuestCheckTokenRequest.builder().guestid("G_oGRTijiaT-XrbyXKozckdNHFgPyc").accessToken(Secret.of(WX_TOKEN)).build());
    assertThat(g.msg()).isEqualTo("ok");
    GetPfvalResponse p =
        msdk.auth().getPfval(null,
            GetPfvalRequest.builder()
                .appid("wxcde873f99466f74a")
                .openid("oyQmcwlfqLdebciSJTiGy8Bm5N40")
                .accessToken(Secret.of("u2OLuoBXgeJpL206s4Y6l1gb6vQDpL6dopCN9VGTUv7GRjUvxgxXT78Mxj-1SdYeRUObVB1FFbugXCpwYG_EPyKy0-HEnu6d861OB-xoVA8"))
                .platform(PfPlatform.DESKTOP_M_WX)
                .regChannel("2002")
                .os(PfOs.ANDROID)
                .installchannel("73213123")
                .offerid("1104674695")
                .build());
    assertThat(p.pf()).startsWith("desktop_m_wx-2002-android");
    assertThat(p.pfKey().reveal()).isEqualTo("60de2c996**********9a81f8ccb0");
    fake.takeRequest();
    RecordedMsdkRequest pf = fake.takeRequest();
    assertThat(pf.param("openid")).isNull();
    assertThat(pf.json().get("platform").asText()).isEqualTo("desktop_m_wx");
    assertThat(pf.json().get("os").asText()).isEqualTo("android");
    assertThat(GameSdkJson.writeString(p)).contains("\"pfKey\":\"60de2c996**********9a81f8ccb0\"");
  }

  @Test
  void badIpIsRejectedBeforeSending(FakeMsdkServer fake) {
    assertThatThrownBy(() -> VerifyLoginRequest.builder().from(seedVerifyLogin()).userip("not an ip").build())
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("userip"));
    assertThat(fake.requestCount()).isZero();
  }
}
