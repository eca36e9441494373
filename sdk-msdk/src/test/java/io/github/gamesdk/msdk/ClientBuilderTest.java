package io.github.gamesdk.msdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.http.GameSdkHttp;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The client's settings: seed 004 lines 7-35, and the rules on the optional parameters. */
class ClientBuilderTest {
  static MsdkClient.Builder base() {
    return MsdkClient.builder().appId("100703379").msdkKey(Secret.of("the-msdk-key"));
  }

  @Test
  void sixEnvironmentsAndACustomHost() {
    assertThat(MsdkEnvironment.TEST_HTTP.baseUrl()).isEqualTo("http://msdktest.qq.com");
    assertThat(MsdkEnvironment.TEST_INTERNAL_HTTP.baseUrl()).isEqualTo("http://msdktest.tencent-cloud.net");
    assertThat(MsdkEnvironment.TEST_HTTPS.baseUrl()).isEqualTo("https://msdktest.ssl.msdk.qq.com");
    assertThat(MsdkEnvironment.PRODUCTION_HTTP.baseUrl()).isEqualTo("http://msdk.qq.com");
    assertThat(MsdkEnvironment.PRODUCTION_INTERNAL_HTTP.baseUrl()).isEqualTo("http://msdk.tencent-cloud.net");
    assertThat(MsdkEnvironment.PRODUCTION_HTTPS.baseUrl()).isEqualTo("https://ssl.msdk.qq.com");
    assertThat(base().build().baseUrl().toString()).isEqualTo("https://ssl.msdk.qq.com/");
    assertThat(base().environment(MsdkEnvironment.TEST_HTTP).build().baseUrl().host()).isEqualTo("msdktest.qq.com");
    assertThat(base().baseUrl("http://127.0.0.1:8080").build().baseUrl().port()).isEqualTo(8080);
    assertThatThrownBy(() -> base().baseUrl("http://127.0.0.1:8080/auth")).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> base().baseUrl("msdk.qq.com")).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void keysDecideEncode() {
    assertThat(base().build().encode()).isEqualTo(2);
    assertThat(base().appKey(Secret.of("the-app-key")).build().encode()).isEqualTo(1);
    assertThat(base().appKey(Secret.of("k")).msdkKey(Secret.of("m")).build().encode()).isEqualTo(2);
    assertThatThrownBy(() -> MsdkClient.builder().appId("1").build())
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("msdkkey"));
    assertThatThrownBy(() -> MsdkClient.builder().msdkKey(Secret.of("k")).build())
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("appid"));
  }

  @Test
  void optionalParametersAreValidated() {
    // Seed line 25: msdkExtInfo is letters, digits and underscore only.
    base().msdkExtInfo("Serial_20180116_001").build();
    for (String bad : new String[] {"a-b", "a b", "", "é", "a&b=c"}) {
      assertThatThrownBy(() -> base().msdkExtInfo(bad))
          .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("msdkExtInfo"));
    }
    assertThatThrownBy(() -> base().conn(2)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> base().version("3.0 a")).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> base().appId("wx cde")).isInstanceOf(InvalidRequestException.class);
    base().appId("wxcde873f99466f74a").build();
    base().appId("G_100703379").build();
  }

  @Test
  void defaultsComeFromTheSeed() {
    // Seed line 6: the server's limit is 3100 ms.
    assertThat(MsdkClient.SERVER_TIMEOUT).isEqualTo(Duration.ofMillis(3100));
    assertThat(MsdkClient.DEFAULT_READ_TIMEOUT).isGreaterThan(MsdkClient.SERVER_TIMEOUT);
    assertThat(MsdkClient.DEFAULT_ENVIRONMENT).isEqualTo(MsdkEnvironment.PRODUCTION_HTTPS);
    MsdkClient c = base().build();
    assertThat(c.msdktea()).isFalse();
    assertThat(c.toString()).contains("appId=100703379").doesNotContain("the-msdk-key");
    assertThat(base().toString()).doesNotContain("the-msdk-key");
  }

  @Test
  void toBuilderDerivesAClient() {
    try (GameSdkHttp http = GameSdkHttp.builder().build()) {
      MsdkClient c = base().http(http).baseUrl("http://127.0.0.1:9").build();
      MsdkClient d = c.toBuilder().msdktea(true).build();
      assertThat(d.msdktea()).isTrue();
      assertThat(c.msdktea()).isFalse();
      assertThat(d.appId()).isEqualTo(c.appId());
      assertThat(d.baseUrl()).isEqualTo(c.baseUrl());
    }
  }

  @Test
  void asyncCallsReportABadRequestThroughTheFuture() {
    MsdkClient c = base().baseUrl("http://127.0.0.1:9").build();
    CompletableFuture<?> f = c.auth().verifyLoginAsync(" ", null);
    assertThatThrownBy(f::get)
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> c.auth().verifyLogin("o", null)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> c.call(null, "o", null)).isInstanceOf(InvalidRequestException.class);
  }
}
