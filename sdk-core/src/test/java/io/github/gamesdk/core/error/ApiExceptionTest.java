package io.github.gamesdk.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.http.RetryPolicy;
import org.junit.jupiter.api.Test;

class ApiExceptionTest {
  static final Endpoint QUERY = Endpoint.query("v", "q", HttpMethod.POST, "/q");

  enum Code implements ErrorCode {
    PLATFORM;

    @Override
    public long code() {
      return -10000;
    }

    @Override
    public String description() {
      return "platform error";
    }

    @Override
    public ErrorCategory category() {
      return ErrorCategory.UNKNOWN;
    }
  }

  @Test
  void categoryDefaultsToTheCodes() {
    ApiException e = new ApiException("v", "q", -10000, "m", Code.PLATFORM, 200);
    assertThat(e.category()).isEqualTo(ErrorCategory.UNKNOWN);
    assertThat(e.detail(Object.class)).isNull();
    assertThat(RetryPolicy.isRetryable(QUERY, e)).isFalse();
  }

  @Test
  void anExplicitCategoryDecidesRetriesAndTheMessage() {
    ApiException e =
        new ApiException("v", "q", -10000, "-5,busy", Code.PLATFORM, ErrorCategory.RETRY, "d", 200);
    assertThat(e.errorCode()).isEqualTo(Code.PLATFORM);
    assertThat(e.category()).isEqualTo(ErrorCategory.RETRY);
    assertThat(e.getMessage()).isEqualTo("v q failed: code -10000 (platform error, RETRY): -5,busy");
    assertThat(RetryPolicy.isRetryable(QUERY, e)).isTrue();
    assertThat(e.detail(String.class)).isEqualTo("d");
    assertThat(e.detail(Integer.class)).isNull();
  }
}
