package io.github.gamesdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.ErrorCode;
import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  static final Endpoint QUERY = Endpoint.query("v", "q", HttpMethod.GET, "/q");
  static final Endpoint MUTATION = Endpoint.mutation("v", "m", HttpMethod.POST, "/m");

  static TransportException notSent() {
    return new TransportException("v", "e", "refused", false, false, 0, null);
  }

  static TransportException sentTimeout() {
    return new TransportException("v", "e", "timeout", true, true, 0, null);
  }

  static TransportException status(int s) {
    return new TransportException("v", "e", "HTTP " + s, true, false, s, null);
  }

  static ApiException api(ErrorCategory c) {
    ErrorCode code = new ErrorCode() {
      @Override
      public long code() {
        return 1;
      }

      @Override
      public String description() {
        return "d";
      }

      @Override
      public ErrorCategory category() {
        return c;
      }
    };
    return new ApiException("v", "e", 1, "m", code, 200);
  }

  @Test
  void rulesForQueriesAndMutations() {
    assertThat(RetryPolicy.isRetryable(MUTATION, notSent())).isTrue();
    assertThat(RetryPolicy.isRetryable(QUERY, notSent())).isTrue();
    assertThat(RetryPolicy.isRetryable(MUTATION, sentTimeout())).isFalse();
    assertThat(RetryPolicy.isRetryable(QUERY, sentTimeout())).isTrue();
    assertThat(RetryPolicy.isRetryable(MUTATION, status(503))).isFalse();
    assertThat(RetryPolicy.isRetryable(QUERY, status(503))).isTrue();
    assertThat(RetryPolicy.isRetryable(QUERY, status(404))).isFalse();
    assertThat(RetryPolicy.isRetryable(QUERY, api(ErrorCategory.RETRY))).isTrue();
    assertThat(RetryPolicy.isRetryable(MUTATION, api(ErrorCategory.RETRY))).isFalse();
    assertThat(RetryPolicy.isRetryable(QUERY, api(ErrorCategory.FIX_REQUEST))).isFalse();
    assertThat(RetryPolicy.isRetryable(QUERY, new InvalidRequestException("f", "r"))).isFalse();
    GameSdkException bad = new ResponseFormatException("v", "e", 200, "p", "x", null);
    assertThat(RetryPolicy.isRetryable(QUERY, bad)).isFalse();
  }

  @Test
  void fullJitterStaysUnderTheExponentialCap() {
    RetryPolicy top = RetryPolicy.of(10, Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofHours(1), () -> 0.999999);
    // caps: 100, 200, 400, 800, 1000, 1000 ...
    assertThat(top.nextDelay(QUERY, notSent(), 1, Duration.ZERO)).isEqualTo(Duration.ofMillis(100));
    assertThat(top.nextDelay(QUERY, notSent(), 2, Duration.ZERO)).isEqualTo(Duration.ofMillis(200));
    assertThat(top.nextDelay(QUERY, notSent(), 3, Duration.ZERO)).isEqualTo(Duration.ofMillis(400));
    assertThat(top.nextDelay(QUERY, notSent(), 4, Duration.ZERO)).isEqualTo(Duration.ofMillis(800));
    assertThat(top.nextDelay(QUERY, notSent(), 5, Duration.ZERO)).isEqualTo(Duration.ofMillis(1000));
    assertThat(top.nextDelay(QUERY, notSent(), 9, Duration.ZERO)).isEqualTo(Duration.ofMillis(1000));
    RetryPolicy bottom = RetryPolicy.of(10, Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofHours(1), () -> 0.0);
    assertThat(bottom.nextDelay(QUERY, notSent(), 4, Duration.ZERO)).isEqualTo(Duration.ZERO);
    RetryPolicy half = RetryPolicy.of(10, Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofHours(1), () -> 0.5);
    assertThat(half.nextDelay(QUERY, notSent(), 3, Duration.ZERO).toMillis()).isBetween(199L, 201L);
  }

  @Test
  void boundedByAttemptsAndElapsedTime() {
    RetryPolicy p = RetryPolicy.of(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(2), () -> 0.999);
    assertThat(p.nextDelay(QUERY, notSent(), 3, Duration.ZERO)).isNull();
    assertThat(p.nextDelay(QUERY, notSent(), 1, Duration.ofMillis(1950))).isNull();
    assertThat(p.nextDelay(QUERY, notSent(), 1, Duration.ofMillis(500))).isNotNull();
    assertThat(RetryPolicy.none().nextDelay(QUERY, notSent(), 1, Duration.ZERO)).isNull();
  }
}
