package io.github.gamesdk.testkit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.openapi.OpenApiClient;
import io.github.gamesdk.openapi.model.GetInfoRequest;
import io.github.gamesdk.openapi.model.GetInfoResponse;
import io.github.gamesdk.openapi.model.IsLoginRequest;
import io.github.gamesdk.openapi.model.IsLoginResponse;
import io.github.gamesdk.openapi.model.OpenApiRequest;
import io.github.gamesdk.openapi.model.OpenApiResponse;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every OpenApiClient call, blocking and async, against the fake: the request on the wire carries
 * exactly the common parameters of seed 002 §1.3, and its sig verifies with the tests' own oracle.
 */
@ExtendWith(OpenApiFakeExtension.class)
class OpenApiClientEndToEndTest {
  static final Secret OPENKEY = Secret.of(FakeOpenApiServer.DEFAULT_OPENKEY);

  static GetInfoRequest getInfo() {
    return GetInfoRequest.of(FakeOpenApiServer.DEFAULT_OPENID, OPENKEY, "qzone", "112.90.139.30");
  }

  static IsLoginRequest isLogin() {
    return IsLoginRequest.of(FakeOpenApiServer.DEFAULT_OPENID, OPENKEY, "qzone", "112.90.139.30");
  }

  /** The parameters the client must send for the PROTOCOLS.md §6 user, sig included. */
  static Map<String, String> expected(String method, String path, Map<String, String> own) {
    Map<String, String> p = new TreeMap<>(Oracle.vectorParams());
    p.putAll(own);
    p.put("sig", Oracle.sig(FakeOpenApiServer.DEFAULT_APP_KEY, method, path, p));
    return p;
  }

  static void assertAccepted(RecordedOpenApiRequest r, String method, String path, Map<String, String> own) {
    assertThat(r.method()).isEqualTo(method);
    assertThat(r.path()).isEqualTo(path);
    assertThat(r.params()).isEqualTo(expected(method, path, own));
    assertThat(r.sigValid()).isTrue();
    assertThat(r.violation()).isEmpty();
    assertThat(r.fault()).isEmpty();
    if (method.equals("POST")) {
      assertThat(r.contentType()).isEqualTo("application/x-www-form-urlencoded; charset=utf-8");
    } else {
      assertThat(r.body()).isEmpty();
    }
  }

  @Test
  void getInfo(OpenApiClient openapi, FakeOpenApiServer fake) {
    GetInfoResponse r = openapi.getInfo(getInfo());
    assertThat(r.nickname()).isEqualTo("Peter");
    assertThat(r.gender()).isEqualTo("男");
    assertThat(r.yellowVipLevel()).isEqualTo(7);
    RecordedOpenApiRequest req = fake.takeRequest();
    assertAccepted(req, "POST", "/v3/user/get_info", new TreeMap<>());
    assertThat(req.answerBody()).isEqualTo(FakeOpenApiServer.GET_INFO_ANSWER);
  }

  @Test
  void getInfoAsyncOverGet(FakeOpenApiServer fake) throws Exception {
    OpenApiClient get = fake.clientBuilder().httpMethod(HttpMethod.GET).build();
    GetInfoResponse r = get.getInfoAsync(getInfo()).get(5, TimeUnit.SECONDS);
    assertThat(r.city()).isEqualTo("深圳");
    assertAccepted(fake.takeRequest(), "GET", "/v3/user/get_info", new TreeMap<>());
  }

  @Test
  void isLoginRenewsTheOpenkey(OpenApiClient openapi, FakeOpenApiServer fake) throws Exception {
    Instant before = fake.openKeyValidUntil(FakeOpenApiServer.DEFAULT_OPENID, OPENKEY);
    Thread.sleep(5);
    IsLoginResponse r = openapi.isLogin(isLogin());
    assertThat(r.ret()).isZero();
    assertThat(r.msg()).isEqualTo("用户已登录");
    assertThat(fake.openKeyValidUntil(FakeOpenApiServer.DEFAULT_OPENID, OPENKEY)).isAfter(before);
    assertAccepted(fake.takeRequest(), "POST", "/v3/user/is_login", new TreeMap<>());
    assertThat(openapi.isLoginAsync(isLogin()).get(5, TimeUnit.SECONDS).ret()).isZero();
  }

  @Test
  void aGenericCallToAnotherApi(OpenApiClient openapi, FakeOpenApiServer fake) throws Exception {
    fake.registerApi(
        "/v3/relation/get_app_friends",
        "{\"ret\":0,\"is_lost\":0,\"items\":[{\"openid\":\"F1\"},{\"openid\":\"F2\"}]}",
        "flag");
    OpenApiRequest req =
        OpenApiRequest.builder()
            .path("v3/relation/get_app_friends")
            .from(getInfo())
            .putParams("flag", "1")
            .idempotent(true)
            .build();
    OpenApiResponse r = openapi.call(req);
    assertThat(r.ret()).isZero();
    assertThat(r.extra().get("items")).isInstanceOf(java.util.List.class);
    assertThat((java.util.List<?>) r.extra().get("items")).hasSize(2);
    Map<String, String> own = new TreeMap<>();
    own.put("flag", "1");
    assertAccepted(fake.takeRequest(), "POST", "/v3/relation/get_app_friends", own);

    OpenApiResponse viaGet =
        openapi.callAsync(OpenApiRequest.builder().from(req).method(HttpMethod.GET).build()).get(5, TimeUnit.SECONDS);
    assertThat(viaGet.extra()).containsKey("items");
    assertAccepted(fake.takeRequest(), "GET", "/v3/relation/get_app_friends", own);
  }

  @Test
  void chineseParametersSurviveTheRoundTrip(OpenApiClient openapi, FakeOpenApiServer fake) {
    fake.registerApi("/v3/spread/set_feed", "{\"ret\":0}", "text");
    openapi.call(
        OpenApiRequest.builder()
            .path("/v3/spread/set_feed")
            .from(getInfo())
            .putParams("text", "来玩吧 ~*+&=%")
            .build());
    RecordedOpenApiRequest r = fake.takeRequest();
    assertThat(r.param("text")).isEqualTo("来玩吧 ~*+&=%");
    assertThat(r.sigValid()).isTrue();
    assertThat(r.params().get("sig"))
        .isEqualTo(Oracle.sig(FakeOpenApiServer.DEFAULT_APP_KEY, "POST", "/v3/spread/set_feed", r.params()));
  }
}
