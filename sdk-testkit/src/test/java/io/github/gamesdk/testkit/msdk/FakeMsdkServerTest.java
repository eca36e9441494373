package io.github.gamesdk.testkit.msdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.tea.MsdkTea;
import io.github.gamesdk.msdk.MsdkClient;
import io.github.gamesdk.msdk.model.auth.VerifyLoginRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fake's contract checks, with requests built by hand (plain OkHttp, sig from an independent
 * MD5): each broken rule is answered with the MSDK code the reference tables give it.
 */
@ExtendWith(MsdkFakeExtension.class)
class FakeMsdkServerTest {
  static final String LOGIN =
      "{\"appid\":100703379,\"openid\":\"A\",\"openkey\":\"K\",\"userip\":\"192.168.5.114\"}";

  static RawCalls.Result post(HttpUrl url, byte[] body, String... headers) throws IOException {
    Request.Builder b = new Request.Builder().url(url);
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return RawCalls.send(b.post(RequestBody.create(body, MediaType.get("application/x-www-form-urlencoded"))).build());
  }

  static RawCalls.Result post(HttpUrl url, String body) throws IOException {
    return post(url, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aRequestThatKeepsTheContract(FakeMsdkServer fake) throws IOException {
    RawCalls.Result r = RawCalls.post(fake, "/auth/verify_login", LOGIN);
    assertThat(r.status).isEqualTo(200);
    assertThat(r.json.get("ret").asInt()).isZero();
    RecordedMsdkRequest req = fake.takeRequest();
    assertThat(req.violation()).isEmpty();
    assertThat(req.sigValid()).isTrue();
    assertThat(req.call()).isEqualTo("auth/verify_login");
  }

  @Test
  void pathsWithATrailingSlashAndWxoauthAreTheSameCall(FakeMsdkServer fake) throws IOException {
    assertThat(RawCalls.post(fake, "/auth/verify_login/", LOGIN).json.get("ret").asInt()).isZero();
    assertThat(RawCalls.post(fake, "/wxoauth/verify_login", LOGIN).json.get("ret").asInt()).isZero();
    assertThat(RawCalls.post(fake, "/wxoauth/verify_login/", LOGIN).json.get("ret").asInt()).isZero();
    assertThat(fake.requests()).allSatisfy(q -> assertThat(q.call()).isEqualTo("auth/verify_login"));
    assertThat(RawCalls.post(fake, "/auth/no_such_call", LOGIN).json.get("ret").asInt()).isEqualTo(-505);
    assertThat(RawCalls.post(fake, "/verify_login", LOGIN).json.get("ret").asInt()).isEqualTo(-505);
  }

  @Test
  void fixedParameters(FakeMsdkServer fake) throws IOException {
    HttpUrl good = RawCalls.signedUrl(fake, "/auth/verify_login").build();
    assertThat(post(good.newBuilder().removeAllQueryParameters("timestamp").build(), LOGIN).json.get("ret").asInt())
        .isEqualTo(-506);
    assertThat(post(good.newBuilder().removeAllQueryParameters("encode").build(), LOGIN).json.get("ret").asInt())
        .isEqualTo(-506);
    assertThat(post(good.newBuilder().setQueryParameter("encode", "3").build(), LOGIN).json.get("ret").asInt())
        .isEqualTo(-506);
    assertThat(post(good.newBuilder().addQueryParameter("msdkExtInfo", "a-b").build(), LOGIN).json.get("ret").asInt())
        .isEqualTo(-506);
    assertThat(post(good.newBuilder().addQueryParameter("conn", "2").build(), LOGIN).json.get("ret").asInt())
        .isEqualTo(-506);
    assertThat(post(good.newBuilder().setQueryParameter("appid", "100703380").build(), LOGIN).json.get("ret").asInt())
        .isEqualTo(-504);
    RawCalls.Result badSig = post(good.newBuilder().setQueryParameter("sig", "0123456789abcdef0123456789abcdef").build(), LOGIN);
    assertThat(badSig.json.get("ret").asInt()).isEqualTo(-502);
    // openid is optional (seed line 20: "기본값은 비어 있음").
    assertThat(post(good.newBuilder().removeAllQueryParameters("openid").build(), LOGIN).json.get("ret").asInt())
        .isZero();
    assertThat(fake.requests().get(5).violation()).hasValueSatisfying(v -> assertThat(v).contains("appid"));
    assertThat(fake.requests().get(6).sigValid()).isFalse();
  }

  @Test
  void encode1SignsWithTheAppkey(FakeMsdkServer fake) throws IOException {
    String ts = Long.toString(System.currentTimeMillis() / 1000);
    HttpUrl url =
        RawCalls.signedUrl(fake, "/auth/verify_login")
            .setQueryParameter("timestamp", ts)
            .setQueryParameter("encode", "1")
            .setQueryParameter("sig", Independent.md5(FakeMsdkServer.DEFAULT_APP_KEY + ts))
            .build();
    assertThat(post(url, LOGIN).json.get("ret").asInt()).isZero();
    MsdkClient appkeyClient = fake.clientBuilder().appKey(Secret.of(FakeMsdkServer.DEFAULT_APP_KEY)).build();
    assertThat(appkeyClient.auth().verifyLogin("A", AuthEndToEndTest.seedVerifyLogin()).ret()).isZero();
    assertThat(fake.requests().get(1).param("encode")).isEqualTo("1");
  }

  @Test
  void aFakeWithoutAppkeyRefusesEncode1() throws IOException {
    try (FakeMsdkServer fake = FakeMsdkServer.start("wxcde873f99466f74a", Secret.of("only-msdkkey"))) {
      MsdkClient c = fake.clientBuilder().appKey(Secret.of("only-msdkkey")).build();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> c.auth().verifyLogin("A", AuthEndToEndTest.seedVerifyLogin()))
          .isInstanceOfSatisfying(
              io.github.gamesdk.core.error.ApiException.class,
              e -> {
                assertThat(e.rawCode()).isEqualTo(-502);
                assertThat(e.category()).isEqualTo(io.github.gamesdk.core.error.ErrorCategory.FIX_REQUEST);
              });
      assertThat(fake.takeRequest().sigValid()).isFalse();
    }
  }

  @Test
  void bodyTypesAreExact(FakeMsdkServer fake) throws IOException {
    // The server answers -1011 to a number sent as a string or the reverse (MSDK wiki).
    assertThat(RawCalls.post(fake, "/auth/verify_login", LOGIN.replace("100703379", "\"100703379\"")).json.get("ret").asInt())
        .isEqualTo(-1011);
    assertThat(RawCalls.post(fake, "/auth/verify_login", LOGIN.replace("\"A\"", "12")).json.get("ret").asInt())
        .isEqualTo(-1011);
    assertThat(RawCalls.post(fake, "/auth/verify_login", "{\"appid\":100703379,\"openid\":\"A\",\"openkey\":\"K\"}").json.get("ret").asInt())
        .isEqualTo(-1011);
    assertThat(RawCalls.post(fake, "/auth/verify_login", LOGIN.replace("\"K\"", "\"\"")).json.get("ret").asInt())
        .isEqualTo(-1011);
    assertThat(fake.requests().get(3).violation()).hasValueSatisfying(v -> assertThat(v).contains("openkey"));
  }

  @Test
  void bodies(FakeMsdkServer fake) throws IOException {
    HttpUrl url = RawCalls.signedUrl(fake, "/auth/verify_login").build();
    assertThat(post(url, "").json.get("ret").asInt()).isEqualTo(-501);
    assertThat(post(url, "appid=1&openid=A").json.get("ret").asInt()).isEqualTo(-304);
    assertThat(post(url, "[1,2]").json.get("ret").asInt()).isEqualTo(-304);
    assertThat(RawCalls.send(new Request.Builder().url(url).build()).json.get("ret").asInt()).isEqualTo(-501);
    assertThat(post(url, new byte[16], "Content-Encrypt", "msdktea").json.get("ret").asInt()).isEqualTo(-304);
  }

  @Test
  void msdkteaBothWays(FakeMsdkServer fake) throws IOException {
    HttpUrl url = RawCalls.signedUrl(fake, "/auth/verify_login").addQueryParameter("msdkExtInfo", "serial_7").build();
    byte[] cipher = MsdkTea.withDefaultKey().encrypt(LOGIN.getBytes(StandardCharsets.UTF_8));
    RawCalls.Result r;
    try (okhttp3.Response resp =
        RawCalls.HTTP
            .newCall(
                new Request.Builder()
                    .url(url)
                    .header("Content-Encrypt", "msdktea")
                    .header("Accept-Encrypt", "msdktea")
                    .post(RequestBody.create(cipher, MediaType.get("application/x-www-form-urlencoded")))
                    .build())
            .execute()) {
      byte[] body = resp.body().bytes();
      String plain = new String(MsdkTea.withDefaultKey().decrypt(body), StandardCharsets.UTF_8);
      r = new RawCalls.Result(resp.code(), plain, new com.fasterxml.jackson.databind.ObjectMapper().readTree(plain));
    }
    assertThat(r.json.get("ret").asInt()).isZero();
    assertThat(r.json.get("msdkExtInfo").asText()).isEqualTo("serial_7");
    RecordedMsdkRequest req = fake.takeRequest();
    assertThat(req.contentEncrypted()).isTrue();
    assertThat(req.body()).isEqualTo(LOGIN);
    assertThat(req.answerEncrypted()).isTrue();
    assertThat(req.answerBody()).contains("serial_7");
  }

  @Test
  void scriptingResetAndRaw(FakeMsdkServer fake, MsdkClient msdk) {
    fake.respondWith("/auth/verify_login/", 200, "{\"ret\":0,\"msg\":\"first\"}");
    fake.respondWith("wxoauth/verify_login", 200, "{\"ret\":0,\"msg\":\"second\"}");
    VerifyLoginRequest req = AuthEndToEndTest.seedVerifyLogin();
    assertThat(msdk.auth().verifyLogin("A", req).msg()).isEqualTo("first");
    assertThat(msdk.auth().verifyLogin("A", req).msg()).isEqualTo("second");
    assertThat(msdk.auth().verifyLogin("A", req).msg()).isEqualTo("user is logged in");
    fake.respondWith("auth/verify_login", 200, "{\"ret\":0,\"msg\":\"dropped\"}");
    fake.reset();
    assertThat(fake.requestCount()).isZero();
    assertThat(msdk.auth().verifyLogin("A", req).msg()).isEqualTo("user is logged in");
    // A plain-JSON answer to an encrypted request is still read (PROTOCOLS.md §4).
    fake.respondWithRaw("auth/verify_login", 200, "application/json", "{\"ret\":0,\"msg\":\"plain\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(fake.clientBuilder().msdktea(true).build().auth().verifyLogin("A", req).msg()).isEqualTo("plain");
  }

  @Test
  void registeredContractsIncludingGet(FakeMsdkServer fake) throws IOException {
    fake.registerContract(
        MsdkContract.get("profile/get_test")
            .required("access_type", MsdkContract.Kind.INT)
            .values("access_type", "1", "2")
            .required("access_token", MsdkContract.Kind.STRING)
            .answer("{\"ret\":0,\"msg\":\"success\",\"ilevel\":0}")
            .build());
    HttpUrl url = RawCalls.signedUrl(fake, "/profile/get_test").addQueryParameter("access_token", "T").build();
    assertThat(RawCalls.send(new Request.Builder().url(url.newBuilder().addQueryParameter("access_type", "1").build()).build()).json.get("ilevel").asInt())
        .isZero();
    assertThat(RawCalls.send(new Request.Builder().url(url.newBuilder().addQueryParameter("access_type", "x").build()).build()).json.get("ret").asInt())
        .isEqualTo(-1011);
    assertThat(RawCalls.send(new Request.Builder().url(url.newBuilder().addQueryParameter("access_type", "3").build()).build()).json.get("ret").asInt())
        .isEqualTo(-1011);
    assertThat(post(url.newBuilder().addQueryParameter("access_type", "1").build(), "{}").json.get("ret").asInt())
        .isEqualTo(-505);
    assertThat(fake.contract("profile/get_test").method()).isEqualTo("GET");
    assertThat(fake.contract("/auth/verify_login/").fieldNames()).containsExactly("appid", "openid", "openkey", "userip");
    assertThat(fake.contract("nope")).isNull();
  }

  @Test
  void recordedRequestsHideSecrets(FakeMsdkServer fake, MsdkClient msdk) {
    msdk.auth().verifyLogin("A", AuthEndToEndTest.seedVerifyLogin());
    RecordedMsdkRequest r = fake.takeRequest();
    assertThat(r.toString()).contains("sig=****").doesNotContain(r.param("sig")).doesNotContain("933FE8C9AB9C585D");
    assertThat(fake.toString()).doesNotContain(FakeMsdkServer.DEFAULT_MSDK_KEY);
  }
}
