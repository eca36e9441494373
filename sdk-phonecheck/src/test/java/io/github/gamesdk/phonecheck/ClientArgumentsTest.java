package io.github.gamesdk.phonecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.phonecheck.model.PhoneCheckRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Builder rules, defaults and the endpoint table; nothing here touches the network. */
class ClientArgumentsTest {
  static final Secret KEY = Secret.of("7c11272au708345c834b8ue81ac78972");

  @Test
  void defaultsArePostOverHttpsToTheDocumentedHostAndBilled() {
    PhoneCheckClient c = PhoneCheckClient.builder().apikey(KEY).build();
    assertThat(c.baseUrl().toString()).isEqualTo("https://ps.szqxt.com/");
    assertThat(c.httpMethod()).isEqualTo(HttpMethod.POST);
    assertThat(c.endpoint()).isEqualTo(PhoneCheckEndpoints.CHECK_POST);
    assertThat(c.endpoint().idempotent()).isFalse();
    assertThat(c.toString()).doesNotContain(KEY.reveal()).contains("retryAfterSend=false");
  }

  @Test
  void getAndRetryAfterSendChangeTheEndpoint() {
    PhoneCheckClient get = PhoneCheckClient.builder().apikey(KEY).httpMethod(HttpMethod.GET).build();
    assertThat(get.endpoint()).isEqualTo(PhoneCheckEndpoints.CHECK_GET);
    PhoneCheckClient retrying =
        PhoneCheckClient.builder().apikey(KEY).retryAfterSend(true).baseUrl("http://ps.szqxt.com").build();
    assertThat(retrying.endpoint().idempotent()).isTrue();
    assertThat(retrying.endpoint().method()).isEqualTo(HttpMethod.POST);
    assertThat(retrying.endpoint().path()).isEqualTo("/ssPhone_Privacy");
    assertThat(retrying.baseUrl().toString()).isEqualTo("http://ps.szqxt.com/");
  }

  @Test
  void endpointTableMatchesEndpointsMd() {
    // ENDPOINTS.md: "PhoneCheck | sdk-phonecheck | GET or POST /ssPhone_Privacy | 001: 58".
    assertThat(PhoneCheckEndpoints.ALL).hasSize(2);
    for (Endpoint e : PhoneCheckEndpoints.ALL) {
      assertThat(e.vendor()).isEqualTo("phonecheck");
      assertThat(e.path()).isEqualTo("/ssPhone_Privacy");
      assertThat(e.idempotent()).as("billed: not retried once sent").isFalse();
    }
    assertThat(PhoneCheckEndpoints.ALL)
        .extracting(Endpoint::method)
        .containsExactly(HttpMethod.POST, HttpMethod.GET);
    assertThat(PhoneCheckEndpoints.check(HttpMethod.GET, true).idempotent()).isTrue();
    assertThat(PhoneCheckEndpoints.check(HttpMethod.GET, true).method()).isEqualTo(HttpMethod.GET);
  }

  @Test
  void apikeyIsRequired() {
    assertThatThrownBy(() -> PhoneCheckClient.builder().build())
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("apikey"));
  }

  @Test
  void baseUrlMustBeSchemeHostAndPortOnly() {
    for (String bad :
        new String[] {
          "not a url", "ftp://ps.szqxt.com", "https://ps.szqxt.com/ssPhone_Privacy", "https://x/?a=1", null
        }) {
      assertThatThrownBy(() -> PhoneCheckClient.builder().baseUrl(bad))
          .as(String.valueOf(bad))
          .isInstanceOfSatisfying(
              InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("baseUrl"));
    }
    assertThat(PhoneCheckClient.builder().apikey(KEY).baseUrl("http://47.99.38.71:6006").build().baseUrl().port())
        .isEqualTo(6006);
  }

  @Test
  void invalidNumbersFailBeforeAnyNetworkUse() throws Exception {
    // The base URL is unroutable on purpose: a request that went out would fail differently.
    PhoneCheckClient c = PhoneCheckClient.builder().apikey(KEY).baseUrl("http://127.0.0.1:9").build();
    assertThatThrownBy(() -> c.check("12345"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("mobile"));
    assertThatThrownBy(() -> c.check((PhoneCheckRequest) null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("mobile"));
    CompletableFuture<?> f = c.checkAsync("12345");
    assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(InvalidRequestException.class);
  }
}
