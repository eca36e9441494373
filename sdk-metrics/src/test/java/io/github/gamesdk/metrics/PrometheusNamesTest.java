package io.github.gamesdk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.qqconnect.QqConnectClient;
import io.github.gamesdk.qqconnect.model.OAuthMeRequest;
import io.github.gamesdk.testkit.Fault;
import io.github.gamesdk.testkit.qqconnect.FakeQqConnectServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

/**
 * The names and labels that docs/metrics.md gives for Prometheus, from a real scrape. Prometheus
 * also refuses one meter name with two sets of tag keys, so every outcome must carry the same keys.
 */
class PrometheusNamesTest {
  @Test
  void theScrapeHasTheDocumentedNamesAndLabels() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (FakeQqConnectServer fake = FakeQqConnectServer.start()) {
      QqConnectClient qq =
          fake.clientBuilder().addListener(MicrometerRequestListener.create(registry)).build();
      Secret token = Secret.of("1821FD577DD45526CA6EA2ADAC685508");
      fake.registerToken(token, "29439511BB5D23F36BD09F5B0DF94181");
      fake.failNext(Fault.HTTP_500);
      qq.me(OAuthMeRequest.of(token));
      fake.respondWith(FakeQqConnectServer.ME_PATH, 200, "{\"error\":100014,\"error_description\":\"expired\"}");
      catchThrowable(() -> qq.me(OAuthMeRequest.of(token)));
      fake.failNext(Fault.HTML);
      catchThrowable(() -> qq.me(OAuthMeRequest.of(token)));
    }
    String scrape = registry.scrape();
    assertThat(scrape)
        .contains(
            "gamesdk_calls_seconds_count{category=\"none\",code=\"none\",endpoint=\"oauth2.0/me\","
                + "outcome=\"success\",vendor=\"qqconnect\"} 1")
        .contains(
            "gamesdk_calls_seconds_count{category=\"reauthorize\",code=\"100014\","
                + "endpoint=\"oauth2.0/me\",outcome=\"vendor_error\",vendor=\"qqconnect\"} 1")
        .contains(
            "gamesdk_calls_seconds_count{category=\"none\",code=\"none\",endpoint=\"oauth2.0/me\","
                + "outcome=\"bad_response\",vendor=\"qqconnect\"} 1")
        .contains("gamesdk_calls_seconds_sum{")
        .contains("gamesdk_calls_seconds_max{")
        .contains(
            "gamesdk_retries_total{endpoint=\"oauth2.0/me\",reason=\"http_500\",vendor=\"qqconnect\"} 1")
        .contains("gamesdk_calls_active{endpoint=\"oauth2.0/me\",vendor=\"qqconnect\"} 0");
  }
}
