package io.github.gamesdk.qqconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Argument errors of {@code transfer}/{@code transferAsync} are {@link InvalidRequestException}s,
 * thrown by the blocking form and delivered through the future by the async form. The base URL is
 * a closed local port: nothing here may reach the network.
 */
class ClientArgumentsTest {
  final QqConnectClient qq =
      QqConnectClient.builder()
          .appId("100330589")
          .appKey(Secret.of("123456"))
          .baseUrl("http://127.0.0.1:9")
          .graphBaseUrl("http://127.0.0.1:9")
          .build();
  final Secret token = Secret.of("1821FD577DD45526CA6EA2ADAC685508");

  @Test
  void badCmdFailsTheFutureInsteadOfThrowing() {
    CompletableFuture<?> f =
        qq.transferAsync("bad cmd!", "openid", token, Collections.<String, String>emptyMap());
    assertThat(f).isCompletedExceptionally();
    assertThatThrownBy(() -> f.get(1, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("cmd"));
    assertThatThrownBy(
            () -> qq.transfer("bad cmd!", "openid", token, Collections.<String, String>emptyMap()))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void nullParamsIsAnInvalidRequestNotATransportFailure() {
    assertThatThrownBy(() -> qq.transfer("qc_set_summary_card", "openid", token, null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("params"));
  }
}
