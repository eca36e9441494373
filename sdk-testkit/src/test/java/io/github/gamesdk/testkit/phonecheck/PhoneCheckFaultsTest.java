package io.github.gamesdk.testkit.phonecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.http.RequestListener;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.phonecheck.PhoneCheckClient;
import io.github.gamesdk.phonecheck.PhoneCheckErrorCode;
import io.github.gamesdk.testkit.Fault;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Network and gateway faults, and the billing decision: a check that may have reached the server
 * is not sent again by default (each query is billed, seed 001 line 129), and is with {@code
 * retryAfterSend(true)}, at the price the fake's billing count shows.
 */
@ExtendWith(PhoneCheckFakeExtension.class)
class PhoneCheckFaultsTest {
  static final String NUMBER = "13812345678";

  /** A 300 ms read timeout keeps the TIMEOUT fault fast. */
  static PhoneCheckClient.Builder fast(FakePhoneCheckServer fake) {
    return fake.clientBuilder()
        .timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2)));
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
                });
        break;
      case RESET:
        assertThat(t)
            .isInstanceOfSatisfying(
                TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isTrue());
        break;
      case HTTP_500:
        assertThat(t)
            .isInstanceOfSatisfying(
                TransportException.class, e -> assertThat(e.httpStatus()).isEqualTo(500));
        break;
      case HTML:
        assertThat(t)
            .isInstanceOfSatisfying(
                ResponseFormatException.class, e -> assertThat(e.getMessage()).contains("HTML"));
        break;
      case TRUNCATED:
        assertThat(t)
            .isInstanceOfSatisfying(
                ResponseFormatException.class, e -> assertThat(e.getMessage()).contains("truncated JSON"));
        break;
      default:
        throw new AssertionError(fault);
    }
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void byDefaultAFaultFailsTypedAndTheQueryIsSentAndBilledOnce(Fault fault, FakePhoneCheckServer fake) {
    fake.failNext(fault);
    Throwable t = catchThrowable(() -> fast(fake).build().check(NUMBER));
    assertTyped(fault, t);
    assertThat(fake.requestCount()).isEqualTo(1);
    assertThat(fake.billedQueries()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void byDefaultAnAsyncFaultFailsTypedAndIsSentOnce(Fault fault, FakePhoneCheckServer fake) {
    fake.failNext(fault);
    CompletableFuture<?> f = fast(fake).httpMethod(HttpMethod.GET).build().checkAsync(NUMBER);
    Throwable t = catchThrowable(() -> f.get(5, TimeUnit.SECONDS));
    assertThat(t).isInstanceOf(ExecutionException.class);
    assertTyped(fault, t.getCause());
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"TIMEOUT", "RESET", "HTTP_500"})
  void withRetryAfterSendATransportFaultIsRetriedAndBilledTwice(Fault fault, FakePhoneCheckServer fake) {
    fake.failNext(fault);
    PhoneCheckClient phones = fast(fake).retryAfterSend(true).build();
    assertThat(phones.check("18466849135").result().isPrivacyNumber()).isTrue();
    assertThat(fake.requestCount()).isEqualTo(2);
    assertThat(fake.requests().get(0).fault()).hasValue(fault);
    // The price of the retry: the lost answer was billed too.
    assertThat(fake.billedQueries()).isEqualTo(2);
  }

  @Test
  void withRetryAfterSendAnAsyncTimeoutIsRetried(FakePhoneCheckServer fake) throws Exception {
    fake.failNext(Fault.TIMEOUT);
    PhoneCheckClient phones = fast(fake).retryAfterSend(true).build();
    assertThat(phones.checkAsync(NUMBER).get(5, TimeUnit.SECONDS).code()).isZero();
    assertThat(fake.requestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"HTML", "TRUNCATED"})
  void aBadAnswerIsNeverRetried(Fault fault, FakePhoneCheckServer fake) {
    fake.failNext(fault);
    assertThatThrownBy(() -> fast(fake).retryAfterSend(true).build().check(NUMBER))
        .isInstanceOf(ResponseFormatException.class);
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void systemErrorIsRetriedOnlyWhenAllowed(FakePhoneCheckServer fake) {
    fake.respondWithError(-8);
    assertThatThrownBy(() -> fake.client().check(NUMBER))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(PhoneCheckErrorCode.SYSTEM_ERROR));
    assertThat(fake.requestCount()).isEqualTo(1);

    fake.reset();
    fake.respondWithError(-8);
    assertThat(fake.clientBuilder().retryAfterSend(true).build().check(NUMBER).code()).isZero();
    assertThat(fake.requestCount()).isEqualTo(2);
    assertThat(fake.billedQueries()).isEqualTo(1);
  }

  @Test
  void givingUpAfterTheAttemptsAllowed(FakePhoneCheckServer fake) {
    fake.failNext(Fault.HTTP_500, 5);
    assertThatThrownBy(() -> fake.clientBuilder().retryAfterSend(true).build().check(NUMBER))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.httpStatus()).isEqualTo(500));
    assertThat(fake.requestCount()).isEqualTo(FakePhoneCheckServer.TEST_RETRY_POLICY.maxAttempts());
  }

  @Test
  void aFaultOnlyHitsOneRequest(FakePhoneCheckServer fake) {
    fake.failNext(Fault.RESET);
    PhoneCheckClient phones = fast(fake).build();
    assertThatThrownBy(() -> phones.check(NUMBER)).isInstanceOf(TransportException.class);
    assertThat(phones.check(NUMBER).code()).isZero();
    assertThat(fake.requestCount()).isEqualTo(2);
  }

  @Test
  void invalidNumbersNeverReachTheFake(PhoneCheckClient phones, FakePhoneCheckServer fake) throws Exception {
    for (String bad : new String[] {"12345", "12812345678", "13812345678,13912345678", "+85213812345678"}) {
      assertThatThrownBy(() -> phones.check(bad))
          .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("mobile"));
      CompletableFuture<?> f = phones.checkAsync(bad);
      assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(InvalidRequestException.class);
    }
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void aRefusedConnectionIsRetriedEvenByDefaultBecauseNothingWasSent() {
    FakePhoneCheckServer fake = FakePhoneCheckServer.start();
    AtomicInteger retries = new AtomicInteger();
    PhoneCheckClient phones =
        fast(fake)
            .addListener(
                new RequestListener() {
                  @Override
                  public void onRetry(Endpoint e, int attempt, GameSdkException failure, Duration delay) {
                    retries.incrementAndGet();
                  }
                })
            .build();
    fake.close();
    assertThatThrownBy(() -> phones.check(NUMBER))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isFalse());
    assertThat(retries.get()).isEqualTo(FakePhoneCheckServer.TEST_RETRY_POLICY.maxAttempts() - 1);
    assertThat(fake.requestCount()).isZero();
  }
}
