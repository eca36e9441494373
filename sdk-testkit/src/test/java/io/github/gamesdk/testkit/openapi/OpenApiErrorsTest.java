package io.github.gamesdk.testkit.openapi;

import static io.github.gamesdk.testkit.openapi.OpenApiClientEndToEndTest.getInfo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.openapi.OpenApiClient;
import io.github.gamesdk.openapi.OpenApiErrorCode;
import io.github.gamesdk.openapi.model.GetInfoRequest;
import io.github.gamesdk.openapi.model.IsLoginRequest;
import io.github.gamesdk.openapi.model.OpenApiRequest;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Vendor refusals reach the caller as ApiException with the documented code and category. */
@ExtendWith(OpenApiFakeExtension.class)
class OpenApiErrorsTest {
  static ApiException apiError(Runnable call) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).isInstanceOf(ApiException.class);
    return (ApiException) t;
  }

  @Test
  void theSeedErrorExample(OpenApiClient openapi, FakeOpenApiServer fake) {
    fake.respondWith("/v3/user/get_info", 200, FakeOpenApiServer.SEED_ERROR_ANSWER);
    ApiException e = apiError(() -> openapi.getInfo(getInfo()));
    assertThat(e.rawCode()).isEqualTo(1000002);
    assertThat(e.vendorMessage()).isEqualTo("您提交的参数不正确,请重新操作!");
    assertThat(e.errorCode()).isEqualTo(OpenApiErrorCode.PARAMETERS_INCORRECT);
    assertThat(e.category()).isEqualTo(ErrorCategory.FIX_REQUEST);
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void aSessionProblemIsAReauthorization(OpenApiClient openapi, FakeOpenApiServer fake) {
    fake.expireOpenKeys(FakeOpenApiServer.DEFAULT_OPENID);
    ApiException expired = apiError(() -> openapi.isLogin(OpenApiClientEndToEndTest.isLogin()));
    assertThat(expired.rawCode()).isEqualTo(-23);
    assertThat(expired.category()).isEqualTo(ErrorCategory.REAUTHORIZE);
    assertThat(((OpenApiErrorCode) expired.errorCode()).endsSession()).isTrue();
    assertThat(expired.getMessage()).doesNotContain(FakeOpenApiServer.DEFAULT_OPENKEY);

    ApiException unknown =
        apiError(() -> openapi.getInfo(GetInfoRequest.of("STRANGER", Secret.of("K"), "qzone", "1.2.3.4")));
    assertThat(unknown.rawCode()).isEqualTo(-24);
    ApiException mismatch =
        apiError(
            () -> openapi.getInfo(GetInfoRequest.of(FakeOpenApiServer.DEFAULT_OPENID, Secret.of("other"), "qzone", "1.2.3.4")));
    assertThat(mismatch.rawCode()).isEqualTo(-71);
    assertThat(mismatch.errorCode()).isEqualTo(OpenApiErrorCode.OPENID_OPENKEY_NOTMATCH);
  }

  @Test
  void aWrongKeyOrAppIsCaughtByTheFake(FakeOpenApiServer fake) {
    OpenApiClient wrongKey = fake.clientBuilder().appKey(Secret.of("not-the-appkey")).build();
    ApiException sig = apiError(() -> wrongKey.getInfo(getInfo()));
    assertThat(sig.rawCode()).isEqualTo(-5);
    assertThat(sig.errorCode()).isEqualTo(OpenApiErrorCode.SIG);
    assertThat(fake.takeRequest().sigValid()).isFalse();
    OpenApiClient wrongApp = fake.clientBuilder().appId("654321").build();
    assertThat(apiError(() -> wrongApp.getInfo(getInfo())).rawCode()).isEqualTo(-2);
  }

  @Test
  void anUnknownPathIsNotRetried(OpenApiClient openapi, FakeOpenApiServer fake) {
    ApiException e =
        apiError(() -> openapi.call(OpenApiRequest.builder().path("/v3/no/such").from(getInfo()).idempotent(true).build()));
    assertThat(e.rawCode()).isEqualTo(-9);
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void aRetryableCodeIsRetriedForReadsOnly(OpenApiClient openapi, FakeOpenApiServer fake) {
    fake.respondWith("/v3/user/get_info", 200, "{\"ret\":-6,\"msg\":\"quota\"}");
    assertThat(openapi.getInfo(getInfo()).nickname()).isEqualTo("Peter");
    assertThat(fake.requestCount()).isEqualTo(2);
    fake.registerApi("/v3/spread/set_feed", "{\"ret\":0}");
    fake.respondWith("/v3/spread/set_feed", 200, "{\"ret\":-6,\"msg\":\"quota\"}");
    assertThat(apiError(() -> openapi.call(OpenApiRequest.builder().path("/v3/spread/set_feed").from(getInfo()).build())).rawCode())
        .isEqualTo(-6);
    assertThat(fake.requestCount()).isEqualTo(3);
  }

  @Test
  void gbkAnswersAreDecodedDeclaredOrNot(OpenApiClient openapi, FakeOpenApiServer fake) {
    fake.registerUser("U", Secret.of("K"), "{\"ret\":0,\"nickname\":\"小明\",\"city\":\"深圳\"}");
    GetInfoRequest u = GetInfoRequest.of("U", Secret.of("K"), "qzone", "1.2.3.4");
    fake.answerCharset(Charset.forName("GBK"), true);
    assertThat(openapi.getInfo(u).nickname()).isEqualTo("小明");
    fake.answerCharset(Charset.forName("GBK"), false);
    assertThat(openapi.getInfo(u).city()).isEqualTo("深圳");
    fake.expireOpenKeys("U");
    assertThat(apiError(() -> openapi.getInfo(u)).vendorMessage()).startsWith("openkey 非法");
  }

  @Test
  void aClientWithoutCharsetReadsTheGbkDefault(FakeOpenApiServer fake) {
    fake.requireCharset(false);
    fake.registerUser("U", Secret.of("K"), "{\"ret\":0,\"nickname\":\"一业为之\"}");
    OpenApiClient noCharset = fake.clientBuilder().sendCharset(false).build();
    assertThat(noCharset.getInfo(GetInfoRequest.of("U", Secret.of("K"), "qzone", "1.2.3.4")).nickname())
        .isEqualTo("一业为之");
    RecordedOpenApiRequest r = fake.takeRequest();
    assertThat(r.param("charset")).isNull();
    assertThat(r.sigValid()).isTrue();
    fake.requireCharset(true);
    assertThat(apiError(() -> noCharset.getInfo(GetInfoRequest.of("U", Secret.of("K"), "qzone", "1.2.3.4"))).rawCode())
        .isEqualTo(1000002);
  }

  @Test
  void invalidRequestsNeverReachTheFake(OpenApiClient openapi, FakeOpenApiServer fake) {
    assertThatThrownBy(() -> openapi.isLogin(IsLoginRequest.of("o", Secret.of("k"), "qzone", "not-an-ip")))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("userip"));
    assertThatThrownBy(
            () -> OpenApiRequest.builder().path("/v3/x/y").from(getInfo()).putParams("sig", "forged").build())
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("sig"));
    assertThat(fake.requestCount()).isZero();
  }
}
