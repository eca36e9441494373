package io.github.gamesdk.testkit.msdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.msdk.MsdkClient;
import io.github.gamesdk.msdk.model.freeflow.FreeflowGetinfoRequest;
import io.github.gamesdk.testkit.Fault;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Network and gateway faults: typed exceptions, never a raw OkHttp or Jackson one; read-only calls
 * retried, shares not (see ShareEndToEndTest).
 */
@ExtendWith(MsdkFakeExtension.class)
class MsdkFaultsTest {
  static final FreeflowGetinfoRequest REQ = FreeflowGetinfoRequest.of("23F7F96A4920872EA3CA2DB6CB8EFE04");

  static MsdkClient quick(FakeMsdkServer fake) {
    return fake.clientBuilder()
        .timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(2)))
        .build();
  }

  @Test
  void aQueryIsRetriedThroughTimeoutResetAnd500(FakeMsdkServer fake) {
    fake.failNext(Fault.TIMEOUT);
    fake.failNext(Fault.HTTP_500);
    assertThat(quick(fake).freeflow().getinfo(null, REQ).ret()).isZero();
    assertThat(fake.requestCount()).isEqualTo(3);
    fake.reset();
    fake.failNext(Fault.RESET);
    assertThat(quick(fake).freeflow().getinfo(null, REQ).ret()).isZero();
    assertThat(fake.requestCount()).isEqualTo(2);
  }

  @Test
  void persistentFaultsEndTyped(FakeMsdkServer fake) {
    fake.failNext(Fault.HTTP_500, 3);
    assertThatThrownBy(() -> quick(fake).freeflow().getinfo(null, REQ))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.httpStatus()).isEqualTo(500));
    fake.failNext(Fault.HTML);
    assertThatThrownBy(() -> quick(fake).freeflow().getinfo(null, REQ))
        .isInstanceOfSatisfying(ResponseFormatException.class, e -> assertThat(e.getMessage()).contains("HTML"));
    fake.failNext(Fault.TRUNCATED);
    assertThatThrownBy(() -> quick(fake).freeflow().getinfo(null, REQ)).isInstanceOf(ResponseFormatException.class);
  }

  @Test
  void faultsOnEncryptedCallsAreTypedToo(FakeMsdkServer fake) {
    MsdkClient tea = quick(fake).toBuilder().msdktea(true).build();
    fake.failNext(Fault.HTML);
    assertThatThrownBy(() -> tea.freeflow().getinfo(null, REQ)).isInstanceOf(ResponseFormatException.class);
    fake.failNext(Fault.TRUNCATED);
    assertThatThrownBy(() -> tea.freeflow().getinfo(null, REQ)).isInstanceOf(ResponseFormatException.class);
    assertThat(tea.freeflow().getinfo(null, REQ).freeFlowInfo().free()).isTrue();
  }

  @Test
  void asyncFailuresComeThroughTheFuture(FakeMsdkServer fake) {
    fake.failNext(Fault.HTML);
    assertThatThrownBy(() -> quick(fake).freeflow().getinfoAsync(null, REQ).get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(ResponseFormatException.class);
  }
}
