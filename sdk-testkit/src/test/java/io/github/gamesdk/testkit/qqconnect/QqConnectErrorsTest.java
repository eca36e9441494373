package io.github.gamesdk.testkit.qqconnect;

import static io.github.gamesdk.testkit.qqconnect.QqConnectClientEndToEndTest.CARD_OPENID;
import static io.github.gamesdk.testkit.qqconnect.QqConnectClientEndToEndTest.CARD_TOKEN;
import static io.github.gamesdk.testkit.qqconnect.QqConnectClientEndToEndTest.seedCard;
import static io.github.gamesdk.testkit.qqconnect.QqConnectClientEndToEndTest.seedShare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.qqconnect.QqConnectClient;
import io.github.gamesdk.qqconnect.QqConnectErrorCode;
import io.github.gamesdk.qqconnect.model.OAuthMeRequest;
import java.util.Collections;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vendor refusals: an outer {@code ret} or inner {@code data.ret} other than 0, and graph.qq.com's
 * {@code error}, come out as {@link ApiException} with the raw code, the vendor's message, the
 * seed's table entry and its category; none is retried.
 */
@ExtendWith(QqConnectFakeExtension.class)
class QqConnectErrorsTest {

  static ApiException shareFails(QqConnectClient qq) {
    return catchThrowableOfType(ApiException.class, () -> qq.sendShareForInner(seedShare()));
  }

  @ParameterizedTest(name = "outer ret {0}")
  @CsvSource({
    "-73, INVALID_ACCESSTOKEN_MODIFY_SIG, REAUTHORIZE",
    "-6, APPAPI_ISLIMITED, RETRY",
    "-22, INVALID_OPENID, FIX_REQUEST",
    "100014, ACCESS_TOKEN_EXPIRED, REAUTHORIZE",
    "221001, GUILD_ALREADY_BOUND, NONE",
    "424242, UNKNOWN, UNKNOWN",
  })
  void outerRetIsAnApiException(
      long code, QqConnectErrorCode entry, ErrorCategory category, QqConnectClient qq, FakeQqConnectServer fake) {
    fake.respondWith("send_share_for_inner", 200, "{\"ret\":" + code + ",\"msg\":\"vendor says " + code + "\"}");
    ApiException e = shareFails(qq);
    assertThat(e.vendor()).isEqualTo("qqconnect");
    assertThat(e.endpoint()).isEqualTo("send_share_for_inner");
    assertThat(e.rawCode()).isEqualTo(code);
    assertThat(e.vendorMessage()).isEqualTo("vendor says " + code);
    assertThat(e.errorCode()).isEqualTo(entry);
    assertThat(e.category()).isEqualTo(category);
    assertThat(e.httpStatus()).isEqualTo(200);
    assertThat(e.getMessage()).contains(Long.toString(code), "vendor says " + code);
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "inner data.ret {0}")
  @CsvSource({
    "-73, INVALID_ACCESSTOKEN_MODIFY_SIG, REAUTHORIZE",
    "100014, ACCESS_TOKEN_EXPIRED, REAUTHORIZE",
    "221001, GUILD_ALREADY_BOUND, NONE",
    "1, UNKNOWN, UNKNOWN",
  })
  void innerDataRetIsAnApiException(
      long code, QqConnectErrorCode entry, ErrorCategory category, QqConnectClient qq, FakeQqConnectServer fake) {
    fake.respondWith(
        "send_share_for_inner",
        200,
        "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":" + code + ",\"msg\":\"inner " + code + "\"}}");
    ApiException e = shareFails(qq);
    assertThat(e.rawCode()).isEqualTo(code);
    assertThat(e.vendorMessage()).isEqualTo("inner " + code);
    assertThat(e.errorCode()).isEqualTo(entry);
    assertThat(e.category()).isEqualTo(category);
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void anErrorWithAnHttpErrorStatusKeepsTheVendorCode(QqConnectClient qq, FakeQqConnectServer fake) {
    fake.respondWith("send_share_for_inner", 503, "{\"ret\":-6,\"msg\":\"busy\"}");
    ApiException e = shareFails(qq);
    assertThat(e.rawCode()).isEqualTo(-6);
    assertThat(e.httpStatus()).isEqualTo(503);
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void jsonpErrorAnswersAreUnwrapped(FakeQqConnectServer fake) {
    QqConnectClient qq = fake.clientBuilder().jsonp("cb").build();
    fake.respondWith("qc_set_summary_card", 200, "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":-21,\"msg\":\"revoked\"}}");
    ApiException e = catchThrowableOfType(ApiException.class, () -> qq.qcSetSummaryCard(seedCard()));
    assertThat(e.rawCode()).isEqualTo(-21);
    assertThat(e.errorCode()).isEqualTo(QqConnectErrorCode.ACCESS_TOKEN_DISCARD);
    assertThat(fake.takeRequest().answerBody()).startsWith("cb({\"ret\":0,");

    // An error the fake itself finds, wrapped the same way.
    ApiException unknown =
        catchThrowableOfType(
            ApiException.class,
            () -> qq.transfer("no_such_cmd", CARD_OPENID, CARD_TOKEN, Collections.<String, String>emptyMap()));
    assertThat(unknown.rawCode()).isEqualTo(-9);
    assertThat(unknown.errorCode()).isEqualTo(QqConnectErrorCode.API_NOTEXIST);
    assertThat(unknown.category()).isEqualTo(ErrorCategory.FIX_REQUEST);
    assertThat(fake.takeRequest().answerBody()).startsWith("cb({\"ret\":-9,");
  }

  @Test
  void aWrongAppKeyIsSigMinusFive(FakeQqConnectServer fake) {
    QqConnectClient qq = fake.clientBuilder().appKey(Secret.of("not-the-key")).build();
    ApiException e = catchThrowableOfType(ApiException.class, () -> qq.qcSetSummaryCard(seedCard()));
    assertThat(e.rawCode()).isEqualTo(-5);
    assertThat(e.errorCode()).isEqualTo(QqConnectErrorCode.SIG);
    assertThat(e.vendorMessage()).startsWith("签名验证失败");
    RecordedQqRequest sent = fake.takeRequest();
    assertThat(sent.signValid()).isFalse();
    assertThat(sent.violation()).isPresent();
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void aWrongAppIdIsAppNotExistMinusTwo(FakeQqConnectServer fake) {
    QqConnectClient qq = fake.clientBuilder().appId("1104466820").build();
    ApiException e = catchThrowableOfType(ApiException.class, () -> qq.qcSetSummaryCard(seedCard()));
    assertThat(e.rawCode()).isEqualTo(-2);
    assertThat(e.errorCode()).isEqualTo(QqConnectErrorCode.APP_NOTEXIST);
  }

  @Test
  void unknownCmdIsApiNotExist(QqConnectClient qq) {
    ApiException e =
        catchThrowableOfType(
            ApiException.class,
            () -> qq.transfer("get_vip_info", CARD_OPENID, CARD_TOKEN, Collections.<String, String>emptyMap()));
    assertThat(e.rawCode()).isEqualTo(-9);
    assertThat(e.endpoint()).isEqualTo("get_vip_info");
  }

  @Test
  void meErrorAnswerIsAnApiException(QqConnectClient qq, FakeQqConnectServer fake) {
    ApiException e =
        catchThrowableOfType(ApiException.class, () -> qq.me(OAuthMeRequest.of(Secret.of("expired-token"))));
    assertThat(e.endpoint()).isEqualTo("oauth2.0/me");
    assertThat(e.rawCode()).isEqualTo(100016);
    assertThat(e.vendorMessage()).isEqualTo("access token check failed");
    assertThat(e.errorCode()).isEqualTo(QqConnectErrorCode.ACCESS_TOKEN_CHECK_FAILED);
    assertThat(e.category()).isEqualTo(ErrorCategory.REAUTHORIZE);
    // Idempotent, but REAUTHORIZE is not worth a retry.
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void meScriptedJsonpErrorIsAnApiExceptionToo(QqConnectClient qq, FakeQqConnectServer fake) throws Exception {
    fake.respondWith(
        FakeQqConnectServer.ME_PATH,
        200,
        "callback( {\"error\":100014,\"error_description\":\"token expired\"} );\n");
    assertThatThrownBy(() -> qq.meAsync(OAuthMeRequest.of(CARD_TOKEN)).get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.rawCode()).isEqualTo(100014);
              assertThat(e.errorCode()).isEqualTo(QqConnectErrorCode.ACCESS_TOKEN_EXPIRED);
            });
  }

  @Test
  void asyncVendorErrorFailsTheFuture(QqConnectClient qq, FakeQqConnectServer fake) {
    fake.respondWith("send_share_for_inner", 200, "{\"ret\":-73,\"msg\":\"x\"}");
    assertThatThrownBy(() -> qq.sendShareForInnerAsync(seedShare()).get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(ApiException.class);
    assertThat(fake.requestCount()).isEqualTo(1);
  }
}
