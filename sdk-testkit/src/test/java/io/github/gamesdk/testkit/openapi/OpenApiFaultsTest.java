package io.github.gamesdk.testkit.openapi;

import static io.github.gamesdk.testkit.openapi.OpenApiClientEndToEndTest.getInfo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.openapi.OpenApiClient;
import io.github.gamesdk.openapi.model.OpenApiRequest;
import io.github.gamesdk.testkit.Fault;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Network and gateway faults: typed exceptions, never an OkHttp or Jackson one; a generic call is
 * never sent twice; the read-only calls are retried within bounds.
 */
@ExtendWith(OpenApiFakeExtension.class)
class OpenApiFaultsTest {
  /** A 300 ms read timeout keeps the TIMEOUT fault fast. */
  static OpenApiClient fastClient(FakeOpenApiServer fake) {
    return fake.clientBuilder()
        .timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2)))
        .build();
  }

  static OpenApiRequest write(FakeOpenApiServer fake) {
    fake.registerApi("/v3/spread/set_feed", "{\"ret\":0}");
    return OpenApiRequest.builder().path("/v3/spread/set_feed").from(getInfo()).build();
  }

  static void assertTyped(Fault fault, Throwable t) {
    assertThat(t).isInstanceOf(GameSdkException.class);
    switch (fault) {
      case TIMEOUT:
        assertThat(t).isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.isTimeout()).isTrue();
          assertThat(e.mayHaveBeenSent()).isTrue();
        });
        break;
      case RESET:
        assertThat(t).isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isTrue());
        break;
      case HTTP_500:
        assertThat(t).isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.httpStatus()).isEqualTo(500));
        break;
      case HTML:
        assertThat(t).isInstanceOf(ResponseFormatException.class).hasMessageContaining("HTML");
        break;
      case TRUNCATED:
        assertThat(t).isInstanceOf(ResponseFormatException.class).hasMessageContaining("truncated JSON");
        break;
      default:
        throw new AssertionError(fault);
    }
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aGenericCallMeetingAFaultFailsTypedAndIsSentOnce(Fault fault, FakeOpenApiServer fake) {
    OpenApiRequest req = write(fake);
    fake.failNext(fault);
    assertTyped(fault, catchThrowable(() -> fastClient(fake).call(req)));
    assertThat(fake.requestCount()).isEqualTo(1);
    assertThat(fake.takeRequest().fault()).hasValue(fault);
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void anAsyncGenericCallMeetingAFaultFailsTypedAndIsSentOnce(Fault fault, FakeOpenApiServer fake) {
    OpenApiRequest req = write(fake);
    fake.failNext(fault);
    CompletableFuture<?> f = fastClient(fake).callAsync(req);
    Throwable t = catchThrowable(() -> f.get(5, TimeUnit.SECONDS));
    assertThat(t).isInstanceOf(ExecutionException.class);
    assertTyped(fault, t.getCause());
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"TIMEOUT", "RESET", "HTTP_500"})
  void getInfoIsRetriedAfterATransportFault(Fault fault, FakeOpenApiServer fake) {
    fake.failNext(fault);
    assertThat(fastClient(fake).getInfo(getInfo()).nickname()).isEqualTo("Peter");
    assertThat(fake.requestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"HTML", "TRUNCATED"})
  void aBadAnswerIsNotRetried(Fault fault, FakeOpenApiServer fake) {
    fake.failNext(fault);
    assertTyped(fault, catchThrowable(() -> fastClient(fake).getInfo(getInfo())));
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"TIMEOUT", "RESET", "HTTP_500"})
  void retriesAreBounded(Fault fault, FakeOpenApiServer fake) {
    fake.failNext(fault, 5);
    assertTyped(fault, catchThrowable(() -> fastClient(fake).isLogin(OpenApiClientEndToEndTest.isLogin())));
    assertThat(fake.requestCount()).isEqualTo(3);
  }
}
