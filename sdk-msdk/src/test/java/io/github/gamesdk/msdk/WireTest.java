package io.github.gamesdk.msdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.http.ResponseHandler;
import io.github.gamesdk.core.http.WireRequest;
import io.github.gamesdk.core.http.WireResponse;
import io.github.gamesdk.core.sign.MsdkSigner;
import io.github.gamesdk.core.tea.MsdkTea;
import io.github.gamesdk.core.tea.RandomSource;
import io.github.gamesdk.msdk.internal.MsdkWire;
import io.github.gamesdk.msdk.model.MsdkRequest;
import io.github.gamesdk.msdk.model.auth.VerifyLoginRequest;
import io.github.gamesdk.msdk.model.auth.VerifyLoginResponse;
import io.github.gamesdk.msdk.model.freeflow.FreeflowGetinfoResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The wire mapping without a network: URLs, sig, bodies, msdktea, and reading every kind of answer. */
class WireTest {
  static final String KEY = "test-msdkkey";
  static final long TS = 1478745715L;

  static MsdkWire wire(boolean encrypt) {
    return new MsdkWire(
        HttpUrl.get("http://127.0.0.1:9/"),
        "100703379",
        MsdkSigner.of(Secret.of(KEY)),
        2,
        1,
        "serial_0001",
        "3.0.0a",
        1,
        encrypt,
        MsdkAuthModule.AUTH,
        Clock.fixed(Instant.ofEpochSecond(TS), ZoneOffset.UTC),
        RandomSource.secure());
  }

  static String md5(String s) throws Exception {
    byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
    StringBuilder sb = new StringBuilder();
    for (byte b : d) {
      sb.append(String.format("%02x", b));
    }
    return sb.toString();
  }

  static VerifyLoginRequest login() {
    return VerifyLoginRequest.builder()
        .appid(100703379).openid("OPENID").openkey(Secret.of("TOKEN")).userip("1.2.3.4").build();
  }

  static WireResponse answer(int status, String body) {
    return new WireResponse(status, Headers.of(), body.getBytes(StandardCharsets.UTF_8));
  }

  static WireResponse answer(byte[] body) {
    return new WireResponse(200, Headers.of(), body);
  }

  @Test
  void urlCarriesEveryFixedParameterInTheSeedsOrder() throws Exception {
    WireRequest r = wire(false).prepare(MsdkEndpoints.AUTH_VERIFY_LOGIN, "OPENID", login()).create(1);
    assertThat(r.method()).isEqualTo(HttpMethod.POST);
    HttpUrl u = r.url();
    assertThat(u.encodedPath()).isEqualTo("/auth/verify_login");
    assertThat(u.queryParameterNames())
        .containsExactly("timestamp", "appid", "sig", "openid", "encode", "conn", "msdkExtInfo", "version", "ishttps");
    assertThat(u.queryParameter("timestamp")).isEqualTo("1478745715");
    assertThat(u.queryParameter("sig")).isEqualTo(md5(KEY + "1478745715"));
    assertThat(u.queryParameter("encode")).isEqualTo("2");
    assertThat(u.queryParameter("conn")).isEqualTo("1");
    assertThat(u.queryParameter("msdkExtInfo")).isEqualTo("serial_0001");
    assertThat(u.queryParameter("version")).isEqualTo("3.0.0a");
    assertThat(u.queryParameter("ishttps")).isEqualTo("1");
    assertThat(new String(r.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"appid\":100703379,\"openid\":\"OPENID\",\"openkey\":\"TOKEN\",\"userip\":\"1.2.3.4\"}");
    assertThat(r.contentType()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(r.headers()).isEmpty();
    assertThat(r.toString()).doesNotContain(md5(KEY + "1478745715"));
  }

  @Test
  void openidIsLeftOutWhenNull() {
    WireRequest r = wire(false).prepare(MsdkEndpoints.AUTH_VERIFY_LOGIN, null, login()).create(1);
    assertThat(r.url().queryParameter("openid")).isNull();
    assertThatThrownBy(() -> wire(false).prepare(MsdkEndpoints.AUTH_VERIFY_LOGIN, " ", login()))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> wire(false).prepare(MsdkEndpoints.AUTH_VERIFY_LOGIN, "o", null))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void msdkteaBodyIsTheCiphertextOfTheJson() {
    WireRequest r = wire(true).prepare(MsdkEndpoints.AUTH_VERIFY_LOGIN, "OPENID", login()).create(1);
    assertThat(r.headers()).containsEntry("Content-Encrypt", "msdktea").containsEntry("Accept-Encrypt", "msdktea");
    assertThat(r.body().length % 8).isZero();
    assertThat(new String(MsdkTea.withDefaultKey().decrypt(r.body()), StandardCharsets.UTF_8))
        .isEqualTo("{\"appid\":100703379,\"openid\":\"OPENID\",\"openkey\":\"TOKEN\",\"userip\":\"1.2.3.4\"}");
  }

  /** A request model of a GET call, written by hand for this test. */
  static final class Params implements MsdkRequest {
    @JsonProperty("access_type")
    public int accessType() {
      return 1;
    }

    @JsonProperty("access_token")
    public String accessToken() {
      return "TOKEN";
    }

    @JsonProperty("json")
    public int[] json() {
      return new int[] {1, 2};
    }
  }

  @Test
  void getCallsPutTheFieldsInTheQueryAndQueryOnlyFieldsLeaveTheBody() {
    MsdkEndpoint<Params, VerifyLoginResponse> get =
        MsdkEndpoint.get("profile", "test_get", 1, Params.class, VerifyLoginResponse.class);
    WireRequest g = wire(true).prepare(get, "OPENID", new Params()).create(1);
    assertThat(g.method()).isEqualTo(HttpMethod.GET);
    assertThat(g.body()).isNull();
    assertThat(g.headers()).containsEntry("Accept-Encrypt", "msdktea").doesNotContainKey("Content-Encrypt");
    assertThat(g.url().queryParameter("access_type")).isEqualTo("1");
    assertThat(g.url().queryParameter("access_token")).isEqualTo("TOKEN");
    assertThat(g.url().queryParameter("json")).isEqualTo("[1,2]");

    MsdkEndpoint<Params, VerifyLoginResponse> post =
        MsdkEndpoint.mutation("relation", "test_post", 1, Params.class, VerifyLoginResponse.class)
            .queryOnly("access_token")
            .alsoInQuery("access_type");
    WireRequest p = wire(false).prepare(post, "OPENID", new Params()).create(1);
    assertThat(p.url().queryParameter("access_token")).isEqualTo("TOKEN");
    assertThat(p.url().queryParameter("access_type")).isEqualTo("1");
    assertThat(io.github.gamesdk.core.json.GameSdkJson.readTree(p.body(), StandardCharsets.UTF_8, "t", "t", 200))
        .isEqualTo(io.github.gamesdk.core.json.GameSdkJson.readTree(
            "{\"access_type\":1,\"json\":[1,2]}".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "t", "t", 200));
  }

  @Test
  void eachAttemptIsSignedAfresh() {
    long[] now = {TS};
    Clock ticking =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return Instant.ofEpochSecond(now[0]++);
          }
        };
    MsdkWire w =
        new MsdkWire(HttpUrl.get("http://127.0.0.1:9/"), "1", MsdkSigner.of(Secret.of(KEY)), 2, null, null, null, null,
            false, MsdkAuthModule.AUTH, ticking, RandomSource.secure());
    io.github.gamesdk.core.http.RequestFactory f = w.prepare(MsdkEndpoints.AUTH_VERIFY_LOGIN, "o", login());
    HttpUrl a = f.create(1).url();
    HttpUrl b = f.create(2).url();
    assertThat(a.queryParameter("timestamp")).isNotEqualTo(b.queryParameter("timestamp"));
    assertThat(a.queryParameter("sig")).isNotEqualTo(b.queryParameter("sig"));
    assertThat(a.queryParameterNames()).containsExactly("timestamp", "appid", "sig", "openid", "encode");
  }

  @Test
  void readsPlainAndEncryptedAnswers() {
    ResponseHandler<VerifyLoginResponse> plain = wire(false).handler(MsdkEndpoints.AUTH_VERIFY_LOGIN);
    assertThat(plain.handle(answer(200, "{\"ret\":0,\"msg\":\"ok\",\"msdkExtInfo\":\"serial_0001\"}")).msdkExtInfo())
        .isEqualTo("serial_0001");
    ResponseHandler<VerifyLoginResponse> enc = wire(true).handler(MsdkEndpoints.AUTH_VERIFY_LOGIN);
    byte[] cipher = MsdkTea.withDefaultKey().encrypt("{\"ret\":0,\"msg\":\"secret ok\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(enc.handle(answer(cipher)).msg()).isEqualTo("secret ok");
    // Error answers may come back in plain JSON (PROTOCOLS.md §4).
    assertThatThrownBy(() -> enc.handle(answer(200, " {\"ret\":-502,\"msg\":\"sig error\"}")))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.rawCode()).isEqualTo(-502));
    // An answer marked Content-Encrypt: msdktea is decrypted even if not asked for.
    WireResponse marked = new WireResponse(200, Headers.of("Content-Encrypt", "msdktea"), cipher);
    assertThat(plain.handle(marked).msg()).isEqualTo("secret ok");
  }

  @Test
  void ciphertextThatStartsWithABraceIsStillDecrypted() {
    byte[] plain = "{\"ret\":0,\"msg\":\"brace\"}".getBytes(StandardCharsets.UTF_8);
    byte[] cipher = null;
    for (int seed = 0; seed < 100_000 && cipher == null; seed++) {
      java.util.Random rnd = new java.util.Random(seed);
      byte[] c = MsdkTea.withDefaultKey().encrypt(plain, 0, plain.length, () -> rnd.nextInt(256));
      if (c[0] == '{') {
        cipher = c;
      }
    }
    assertThat(cipher).isNotNull();
    assertThat(wire(true).handler(MsdkEndpoints.AUTH_VERIFY_LOGIN).handle(answer(cipher)).msg()).isEqualTo("brace");
  }

  @Test
  void badAnswersAreTypedExceptions() {
    ResponseHandler<VerifyLoginResponse> enc = wire(true).handler(MsdkEndpoints.AUTH_VERIFY_LOGIN);
    assertThatThrownBy(() -> enc.handle(answer(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})))
        .isInstanceOfSatisfying(
            ResponseFormatException.class,
            e -> assertThat(e.getMessage()).contains("neither JSON nor msdktea"));
    assertThatThrownBy(() -> enc.handle(answer(200, "<html><body>blocked</body></html>")))
        .isInstanceOfSatisfying(ResponseFormatException.class, e -> assertThat(e.getMessage()).contains("HTML"));
    assertThatThrownBy(() -> enc.handle(answer(new byte[0])))
        .isInstanceOfSatisfying(ResponseFormatException.class, e -> assertThat(e.getMessage()).contains("empty"));
    ResponseHandler<VerifyLoginResponse> plain = wire(false).handler(MsdkEndpoints.AUTH_VERIFY_LOGIN);
    assertThatThrownBy(() -> plain.handle(answer(200, "{\"ret\":0,\"msg\":")))
        .isInstanceOfSatisfying(ResponseFormatException.class, e -> assertThat(e.getMessage()).contains("truncated"));
    assertThatThrownBy(() -> plain.handle(answer(200, "{\"msg\":\"no ret\"}")))
        .isInstanceOf(ResponseFormatException.class);
    assertThatThrownBy(() -> plain.handle(answer(502, "<html>Bad Gateway</html>")))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.httpStatus()).isEqualTo(502));
  }

  @Test
  void errorAnswersKeepEverything() {
    ResponseHandler<FreeflowGetinfoResponse> h = wire(false).handler(MsdkEndpoints.FREEFLOW_GETINFO);
    // An error whose shape does not fit the success model (freeFlowInfo a string): still the code.
    assertThatThrownBy(
            () -> h.handle(answer(200, "{\"ret\":\"-20000\",\"message\":\"40001,invalid credential\",\"err_type\":\"3\",\"freeFlowInfo\":\"x\"}")))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.vendor()).isEqualTo("msdk");
              assertThat(e.endpoint()).isEqualTo("freeflow/getinfo");
              assertThat(e.rawCode()).isEqualTo(-20000);
              assertThat(e.vendorMessage()).isEqualTo("40001,invalid credential");
              assertThat(e.category()).isEqualTo(ErrorCategory.REFRESH_TOKEN);
              MsdkErrorDetail d = MsdkErrorDetail.of(e);
              assertThat(d.errType()).isEqualTo(MsdkErrType.ACCESS_TOKEN_EXPIRED);
              assertThat(d.platformError().code()).isEqualTo(40001);
            });
    // ret 1 ("no data") is not 0: an ApiException of category NONE.
    assertThatThrownBy(() -> h.handle(answer(200, "{\"ret\":1,\"msg\":\"no data\"}")))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.category()).isEqualTo(ErrorCategory.NONE));
    // Secrets in msg do not reach the exception message.
    assertThatThrownBy(() -> h.handle(answer(200, "{\"ret\":-2001,\"msg\":\"bad access_token=ABCDEF123456\"}")))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).doesNotContain("ABCDEF123456"));
  }
}
