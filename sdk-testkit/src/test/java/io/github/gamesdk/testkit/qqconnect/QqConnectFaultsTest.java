package io.github.gamesdk.testkit.qqconnect;

import static io.github.gamesdk.testkit.qqconnect.QqConnectClientEndToEndTest.CARD_OPENID;
import static io.github.gamesdk.testkit.qqconnect.QqConnectClientEndToEndTest.CARD_TOKEN;
import static io.github.gamesdk.testkit.qqconnect.QqConnectClientEndToEndTest.seedShare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.qqconnect.QqConnectClient;
import io.github.gamesdk.qqconnect.model.OAuthMeRequest;
import io.github.gamesdk.qqconnect.model.OAuthMeResponse;
import io.github.gamesdk.qqconnect.model.SendShareForInnerRequest;
import io.github.gamesdk.testkit.Fault;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Network and gateway faults: typed exceptions, never an OkHttp or Jackson one; a call that sends
 * something is never sent twice, a read-only call is retried within bounds; an invalid request
 * never leaves the process.
 */
@ExtendWith(QqConnectFakeExtension.class)
class QqConnectFaultsTest {
  /** A 300 ms read timeout keeps the TIMEOUT fault fast. */
  static QqConnectClient fastClient(FakeQqConnectServer fake) {
    return fake.clientBuilder()
        .timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2)))
        .build();
  }

  static void assertTyped(Fault fault, Throwable t) {
    assertThat(t).isInstanceOf(GameSdkException.class);
    switch (fault) {
      case TIMEOUT:
        assertThat(t)
            .isInstanceOfSatisfying(
                TransportException.class,
                e -> {
                  assertThat(e.isTimeout()).isTrue();
                  assertThat(e.mayHaveBeenSent()).isTrue();
                  assertThat(e.httpStatus()).isZero();
                });
        break;
      case RESET:
        assertThat(t)
            .isInstanceOfSatisfying(
                TransportException.class,
                e -> {
                  assertThat(e.isTimeout()).isFalse();
                  assertThat(e.mayHaveBeenSent()).isTrue();
                });
        break;
      case HTTP_500:
        assertThat(t)
            .isInstanceOfSatisfying(
                TransportException.class,
                e -> {
                  assertThat(e.httpStatus()).isEqualTo(500);
                  assertThat(e.mayHaveBeenSent()).isTrue();
                });
        break;
      case HTML:
        assertThat(t)
            .isInstanceOfSatisfying(
                ResponseFormatException.class,
                e -> {
                  assertThat(e.httpStatus()).isEqualTo(200);
                  assertThat(e.getMessage()).contains("HTML");
                  assertThat(e.excerpt()).startsWith("<!DOCTYPE html>");
                });
        break;
      case TRUNCATED:
        assertThat(t)
            .isInstanceOfSatisfying(
                ResponseFormatException.class,
                e -> assertThat(e.getMessage()).contains("truncated JSON"));
        break;
      default:
        throw new AssertionError(fault);
    }
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aMutationMeetingAFaultFailsTypedAndIsSentOnce(Fault fault, FakeQqConnectServer fake) {
    fake.failNext(fault);
    Throwable t = catchThrowable(() -> fastClient(fake).sendShareForInner(seedShare()));
    assertTyped(fault, t);
    assertThat(fake.requestCount()).isEqualTo(1);
    assertThat(fake.takeRequest().fault()).hasValue(fault);
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void anAsyncMutationMeetingAFaultFailsTypedAndIsSentOnce(Fault fault, FakeQqConnectServer fake) {
    fake.failNext(fault);
    CompletableFuture<?> f = fastClient(fake).sendShareForInnerAsync(seedShare());
    Throwable t = catchThrowable(() -> f.get(5, TimeUnit.SECONDS));
    assertThat(t).isInstanceOf(ExecutionException.class);
    assertTyped(fault, t.getCause());
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void aFaultOnlyHitsOneRequest(FakeQqConnectServer fake) {
    fake.failNext(Fault.RESET);
    QqConnectClient qq = fastClient(fake);
    assertThatThrownBy(() -> qq.sendShareForInner(seedShare())).isInstanceOf(TransportException.class);
    assertThat(qq.sendShareForInner(seedShare()).ret()).isZero();
    assertThat(fake.requestCount()).isEqualTo(2);
  }

  @Test
  void meIsRetriedAfterHttp500(FakeQqConnectServer fake) {
    fake.registerToken(CARD_TOKEN, CARD_OPENID);
    fake.failNext(Fault.HTTP_500);
    OAuthMeResponse r = fake.client().me(OAuthMeRequest.of(CARD_TOKEN));
    assertThat(r.openid()).isEqualTo(CARD_OPENID);
    assertThat(fake.requestCount()).isEqualTo(2);
    assertThat(fake.requests().get(0).fault()).hasValue(Fault.HTTP_500);
    assertThat(fake.requests().get(1).fault()).isEmpty();
  }

  @Test
  void meIsRetriedAfterATimeoutAsync(FakeQqConnectServer fake) throws Exception {
    fake.registerToken(CARD_TOKEN, CARD_OPENID);
    fake.failNext(Fault.TIMEOUT);
    OAuthMeResponse r = fastClient(fake).meAsync(OAuthMeRequest.of(CARD_TOKEN)).get(5, TimeUnit.SECONDS);
    assertThat(r.openid()).isEqualTo(CARD_OPENID);
    assertThat(fake.requestCount()).isEqualTo(2);
  }

  @Test
  void meGivesUpAfterTheAttemptsAllowed(FakeQqConnectServer fake) {
    fake.registerToken(CARD_TOKEN, CARD_OPENID);
    fake.failNext(Fault.HTTP_500, 5);
    assertThatThrownBy(() -> fake.client().me(OAuthMeRequest.of(CARD_TOKEN)))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.httpStatus()).isEqualTo(500));
    assertThat(fake.requestCount()).isEqualTo(FakeQqConnectServer.TEST_RETRY_POLICY.maxAttempts());
  }

  @Test
  void meIsNotRetriedOnAnHtmlAnswer(FakeQqConnectServer fake) {
    fake.failNext(Fault.HTML);
    assertThatThrownBy(() -> fake.client().me(OAuthMeRequest.of(CARD_TOKEN)))
        .isInstanceOf(ResponseFormatException.class);
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void invalidRequestsNeverReachTheFake(QqConnectClient qq, FakeQqConnectServer fake) {
    assertThatThrownBy(() -> SendShareForInnerRequest.builder().from(seedShare()).dst(1002).build())
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> qq.transfer("bad cmd!", CARD_OPENID, CARD_TOKEN, Collections.<String, String>emptyMap()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("cmd"));
    assertThatThrownBy(() -> qq.transfer("qc_set_summary_card", " ", CARD_TOKEN, Collections.<String, String>emptyMap()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("openid"));
    assertThatThrownBy(() -> qq.transfer("qc_set_summary_card", CARD_OPENID, null, Collections.<String, String>emptyMap()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("access_token"));
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void invalidAsyncRequestsFailTheFutureAndNeverReachTheFake(QqConnectClient qq, FakeQqConnectServer fake) {
    CompletableFuture<?> blankOpenid =
        qq.transferAsync("qc_set_summary_card", " ", CARD_TOKEN, Collections.<String, String>emptyMap());
    assertThatThrownBy(() -> blankOpenid.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(InvalidRequestException.class);
    CompletableFuture<?> badCmd =
        qq.transferAsync("bad cmd!", CARD_OPENID, CARD_TOKEN, Collections.<String, String>emptyMap());
    assertThatThrownBy(() -> badCmd.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(InvalidRequestException.class);
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void aClosedFakeRefusesConnectionsAndTheMutationIsRetriedAsNeverSent() {
    FakeQqConnectServer fake = FakeQqConnectServer.start();
    QqConnectClient qq = fastClient(fake);
    fake.close();
    fake.close(); // idempotent
    assertThatThrownBy(() -> qq.sendShareForInner(seedShare()))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isFalse());
    assertThat(fake.requestCount()).isZero();
  }
}
