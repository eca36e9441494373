package io.github.gamesdk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.qqconnect.QqConnectClient;
import io.github.gamesdk.qqconnect.model.GameTag;
import io.github.gamesdk.qqconnect.model.OAuthMeRequest;
import io.github.gamesdk.qqconnect.model.QcSetSummaryCardRequest;
import io.github.gamesdk.qqconnect.model.SendShareForInnerRequest;
import io.github.gamesdk.qqconnect.model.ShareReceiver;
import io.github.gamesdk.testkit.Fault;
import io.github.gamesdk.testkit.qqconnect.FakeQqConnectServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real QqConnectClient against the testkit's fake QQ Connect server, with the listener on a
 * {@link SimpleMeterRegistry}: each kind of ending is counted once under the tags the docs promise,
 * retries are counted by reason, the in-flight gauge goes up and back to zero, and no tag value
 * ever carries the appkey, the access token or the openid.
 */
class MicrometerRequestListenerTest {
  static final String APP_ID = "1104466820";
  static final String APP_KEY = "AppKey-m3tr1cs-9c8b7a";
  static final String TOKEN = "TOKEN-m3tr1cs-0f1e2d3c";
  static final String OPENID = "5A0B7C2D9E4F61738291A0B1C2D3E4F5";

  FakeQqConnectServer fake;
  SimpleMeterRegistry registry;
  QqConnectClient qq;

  @BeforeEach
  void start() {
    fake = FakeQqConnectServer.start(APP_ID, Secret.of(APP_KEY));
    registry = new SimpleMeterRegistry();
    qq = client(MicrometerRequestListener.create(registry));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  /** A 300 ms read timeout keeps the TIMEOUT fault fast. */
  QqConnectClient client(MicrometerRequestListener listener) {
    return client(listener, Duration.ofMillis(300));
  }

  /**
   * A client whose read timeout is {@code read}. The gauge tests hold calls in flight with a
   * TIMEOUT fault and look at the gauge meanwhile: their timeout must be long enough that a loaded
   * machine does not end the calls before the assertion runs.
   */
  QqConnectClient client(MicrometerRequestListener listener, Duration read) {
    return fake.clientBuilder()
        .timeouts(Timeouts.of(Duration.ofSeconds(1), read, read, read.plusSeconds(2)))
        .addListener(listener)
        .build();
  }

  static final Duration IN_FLIGHT = Duration.ofSeconds(3);

  static SendShareForInnerRequest share() {
    return SendShareForInnerRequest.builder()
        .openid(OPENID)
        .accessToken(Secret.of(TOKEN))
        .addFopenids(ShareReceiver.of("962F1D0F4CFCDC2981C51BCC0A630057"))
        .imageUrl("https://example.com/a.png")
        .targetUrl("https://example.com/")
        .gameTag(GameTag.MSG_INVITE)
        .build();
  }

  static QcSetSummaryCardRequest card() {
    return QcSetSummaryCardRequest.builder()
        .openid(OPENID)
        .accessToken(Secret.of(TOKEN))
        .cardId("11746")
        .styleId("1")
        .version("7.2.5")
        .platform(2)
        .build();
  }

  Timer timer(String endpoint, String outcome, String category, String code) {
    return registry
        .get("gamesdk.calls")
        .tag("vendor", "qqconnect")
        .tag("endpoint", endpoint)
        .tag("outcome", outcome)
        .tag("category", category)
        .tag("code", code)
        .timer();
  }

  long callsInAll() {
    return registry.find("gamesdk.calls").timers().stream().mapToLong(Timer::count).sum();
  }

  double retries(String endpoint, String reason) {
    Counter c =
        registry
            .find("gamesdk.retries")
            .tag("vendor", "qqconnect")
            .tag("endpoint", endpoint)
            .tag("reason", reason)
            .counter();
    return c == null ? 0 : c.count();
  }

  double active(String endpoint) {
    return registry
        .get("gamesdk.calls.active")
        .tag("vendor", "qqconnect")
        .tag("endpoint", endpoint)
        .gauge()
        .value();
  }

  @Test
  void aSuccessfulCallIsTimedOnceWithNoErrorTags() {
    qq.qcSetSummaryCard(card());
    Timer t = timer("qc_set_summary_card", "success", "none", "none");
    assertThat(t.count()).isEqualTo(1);
    assertThat(t.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    assertThat(callsInAll()).isEqualTo(1);
    assertThat(active("qc_set_summary_card")).isZero();
    assertThat(registry.find("gamesdk.retries").counters()).isEmpty();
  }

  @Test
  void theTimerCarriesExactlyTheDocumentedTagKeys() {
    qq.qcSetSummaryCard(card());
    Meter m = registry.get("gamesdk.calls").timer();
    Set<String> keys = new HashSet<>();
    for (Tag t : m.getId().getTags()) {
      keys.add(t.getKey());
    }
    assertThat(keys).containsExactlyInAnyOrder("vendor", "endpoint", "outcome", "category", "code");
    assertThat(registry.get("gamesdk.calls.active").gauge().getId().getTags())
        .extracting(Tag::getKey)
        .containsExactlyInAnyOrder("vendor", "endpoint");
  }

  @Test
  void vendorErrorsAreTaggedWithTheTablesCategoryAndCode() {
    // Seed 003 line 2208 onwards: -73 means log in again; -6 is the quota, retry later.
    fake.respondWith("send_share_for_inner", 200, "{\"ret\":-73,\"msg\":\"token invalid\"}");
    assertThat(catchThrowable(() -> qq.sendShareForInner(share()))).isInstanceOf(ApiException.class);
    fake.respondWith("send_share_for_inner", 200, "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":-6,\"msg\":\"limit\"}}");
    assertThat(catchThrowable(() -> qq.sendShareForInner(share()))).isInstanceOf(ApiException.class);

    assertThat(timer("send_share_for_inner", "vendor_error", "reauthorize", "-73").count()).isEqualTo(1);
    assertThat(timer("send_share_for_inner", "vendor_error", "retry", "-6").count()).isEqualTo(1);
    // A mutation is never retried, even for a code of category RETRY.
    assertThat(registry.find("gamesdk.retries").counters()).isEmpty();
  }

  @Test
  void aCodeNoTableListsIsTaggedUnlistedNotWithItsNumber() {
    fake.respondWith("send_share_for_inner", 200, "{\"ret\":424242,\"msg\":\"new code\"}");
    fake.respondWith("send_share_for_inner", 200, "{\"ret\":515151,\"msg\":\"another\"}");
    catchThrowable(() -> qq.sendShareForInner(share()));
    catchThrowable(() -> qq.sendShareForInner(share()));
    assertThat(timer("send_share_for_inner", "vendor_error", "unknown", "unlisted").count()).isEqualTo(2);
    assertThat(registry.find("gamesdk.calls").timers()).hasSize(1);
  }

  @Test
  void transportFailuresAreTaggedByKind() {
    fake.failNext(Fault.HTTP_500);
    assertThat(catchThrowable(() -> qq.sendShareForInner(share()))).isInstanceOf(TransportException.class);
    fake.failNext(Fault.TIMEOUT);
    assertThat(catchThrowable(() -> qq.sendShareForInner(share()))).isInstanceOf(TransportException.class);
    fake.failNext(Fault.RESET);
    assertThat(catchThrowable(() -> qq.sendShareForInner(share()))).isInstanceOf(TransportException.class);

    assertThat(timer("send_share_for_inner", "transport_failure", "http_500", "none").count()).isEqualTo(1);
    Timer timedOut = timer("send_share_for_inner", "transport_failure", "timeout", "none");
    assertThat(timedOut.count()).isEqualTo(1);
    // The read timeout is 300 ms: the recorded time includes the wait.
    assertThat(timedOut.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(250);
    assertThat(timer("send_share_for_inner", "transport_failure", "io", "none").count()).isEqualTo(1);
    assertThat(fake.requestCount()).isEqualTo(3);
  }

  @Test
  void aRefusedConnectionIsTaggedNotSent() {
    fake.close();
    assertThat(catchThrowable(() -> qq.sendShareForInner(share())))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isFalse());
    // Not sent, so even a mutation is retried: 3 attempts (FakeQqConnectServer.TEST_RETRY_POLICY).
    assertThat(timer("send_share_for_inner", "transport_failure", "not_sent", "none").count()).isEqualTo(1);
    assertThat(retries("send_share_for_inner", "not_sent")).isEqualTo(2);
  }

  @Test
  void badAnswersAreTaggedBadResponse() {
    fake.failNext(Fault.HTML);
    fake.failNext(Fault.TRUNCATED);
    assertThat(catchThrowable(() -> qq.sendShareForInner(share()))).isInstanceOf(ResponseFormatException.class);
    assertThat(catchThrowable(() -> qq.sendShareForInner(share()))).isInstanceOf(ResponseFormatException.class);
    assertThat(timer("send_share_for_inner", "bad_response", "none", "none").count()).isEqualTo(2);
  }

  @Test
  void anInvalidRequestIsCountedAndNeverSent() {
    assertThat(catchThrowable(() -> qq.transfer("gc_achieve_report", " ", Secret.of(TOKEN), Collections.<String, String>emptyMap())))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(timer("gc_achieve_report", "invalid_request", "none", "none").count()).isEqualTo(1);
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void retriesOfAReadOnlyCallAreCountedByReason() {
    fake.registerToken(Secret.of(TOKEN), OPENID);
    fake.failNext(Fault.HTTP_500);
    fake.failNext(Fault.TIMEOUT);
    assertThat(qq.me(OAuthMeRequest.of(Secret.of(TOKEN))).openid()).isEqualTo(OPENID);
    assertThat(retries("oauth2.0/me", "http_500")).isEqualTo(1);
    assertThat(retries("oauth2.0/me", "timeout")).isEqualTo(1);
    assertThat(timer("oauth2.0/me", "success", "none", "none").count()).isEqualTo(1);
    assertThat(fake.requestCount()).isEqualTo(3);
  }

  @Test
  void aRetryableVendorCodeOnAReadOnlyCallIsARetryOfReasonVendorError() {
    fake.registerToken(Secret.of(TOKEN), OPENID);
    // -6 (APPAPI_ISLIMITED, "retry later") three times: every attempt of TEST_RETRY_POLICY.
    for (int i = 0; i < 3; i++) {
      fake.respondWith(FakeQqConnectServer.ME_PATH, 200, "{\"error\":-6,\"error_description\":\"limit\"}");
    }
    assertThat(catchThrowable(() -> qq.me(OAuthMeRequest.of(Secret.of(TOKEN))))).isInstanceOf(ApiException.class);
    assertThat(retries("oauth2.0/me", "vendor_error")).isEqualTo(2);
    assertThat(timer("oauth2.0/me", "vendor_error", "retry", "-6").count()).isEqualTo(1);
  }

  @Test
  void asyncCallsAreTimedLikeBlockingOnes() throws Exception {
    qq.qcSetSummaryCardAsync(card()).get(5, TimeUnit.SECONDS);
    fake.failNext(Fault.HTTP_500);
    CompletableFuture<?> f = qq.sendShareForInnerAsync(share());
    assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    assertThat(timer("qc_set_summary_card", "success", "none", "none").count()).isEqualTo(1);
    assertThat(timer("send_share_for_inner", "transport_failure", "http_500", "none").count()).isEqualTo(1);
  }

  @Test
  void theGaugeCountsACallInFlightAndReturnsToZero() throws Exception {
    QqConnectClient slow = client(MicrometerRequestListener.create(registry), IN_FLIGHT);
    fake.failNext(Fault.TIMEOUT);
    CompletableFuture<?> f = slow.sendShareForInnerAsync(share());
    fake.takeRequest();
    assertThat(active("send_share_for_inner")).isEqualTo(1);
    assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(TransportException.class);
    assertThat(active("send_share_for_inner")).isZero();
  }

  @Test
  void twoListenersOnOneRegistryShareOneGaugeAndOneTimer() throws Exception {
    QqConnectClient first = client(MicrometerRequestListener.create(registry), IN_FLIGHT);
    QqConnectClient second = client(MicrometerRequestListener.create(registry), IN_FLIGHT);
    fake.failNext(Fault.TIMEOUT, 2);
    CompletableFuture<?> a = first.sendShareForInnerAsync(share());
    CompletableFuture<?> b = second.sendShareForInnerAsync(share());
    fake.takeRequest();
    fake.takeRequest();
    assertThat(active("send_share_for_inner")).isEqualTo(2);
    assertThatThrownBy(() -> a.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    assertThatThrownBy(() -> b.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    assertThat(active("send_share_for_inner")).isZero();
    assertThat(timer("send_share_for_inner", "transport_failure", "timeout", "none").count()).isEqualTo(2);
  }

  @Test
  void extraTagsGoOnEveryMeterAndCodesCanBeLeftOut() {
    SimpleMeterRegistry r = new SimpleMeterRegistry();
    QqConnectClient c =
        client(MicrometerRequestListener.builder(r).tag("app", "shop").vendorCodes(false).build());
    fake.respondWith("send_share_for_inner", 200, "{\"ret\":-73,\"msg\":\"token invalid\"}");
    catchThrowable(() -> c.sendShareForInner(share()));
    Timer t =
        r.get("gamesdk.calls").tag("app", "shop").tag("outcome", "vendor_error").tag("category", "reauthorize").timer();
    assertThat(t.count()).isEqualTo(1);
    assertThat(t.getId().getTag("code")).isNull();
    assertThat(r.get("gamesdk.calls.active").tag("app", "shop").gauge().value()).isZero();
  }

  @Test
  void anExtraTagMayNotReplaceTheListenersOwn() {
    assertThatThrownBy(() -> MicrometerRequestListener.builder(registry).tag("outcome", "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outcome");
  }

  @Test
  void noTagValueEverCarriesTheKeyTheTokenTheOpenidOrAVendorMessage() throws Exception {
    fake.registerToken(Secret.of(TOKEN), OPENID);
    String echo = "openid=" + OPENID + " access_token=" + TOKEN + " key " + APP_KEY + " phone 13812345678";
    fake.respondWith("send_share_for_inner", 200, "{\"ret\":-21,\"msg\":\"" + echo + "\"}");
    catchThrowable(() -> qq.sendShareForInner(share()));
    fake.respondWith("send_share_for_inner", 200, "{\"ret\":987654,\"msg\":\"" + echo + "\"}");
    catchThrowable(() -> qq.sendShareForInner(share()));
    fake.respondWith(FakeQqConnectServer.ME_PATH, 200, "{\"error\":-6,\"error_description\":\"" + echo + "\"}");
    qq.me(OAuthMeRequest.of(Secret.of(TOKEN)));
    for (Fault f : Fault.values()) {
      fake.failNext(f);
      catchThrowable(() -> qq.sendShareForInner(share()));
    }
    qq.qcSetSummaryCard(card());
    qq.meAsync(OAuthMeRequest.of(Secret.of(TOKEN))).get(5, TimeUnit.SECONDS);
    catchThrowable(() -> qq.transfer("custom_cmd", OPENID, Secret.of(TOKEN), Collections.singletonMap("k", TOKEN)));

    List<String> forbidden = Arrays.asList(APP_KEY, TOKEN, OPENID, "13812345678", "987654", APP_ID);
    int tagsSeen = 0;
    for (Meter m : registry.getMeters()) {
      for (Tag t : m.getId().getTags()) {
        tagsSeen++;
        for (String secret : forbidden) {
          assertThat(t.getValue()).as(m.getId().toString()).doesNotContain(secret);
        }
        // Only lower-case names, digits, '-', '_', '.', '/': nothing free-form.
        assertThat(t.getValue()).as(m.getId().toString()).matches("[a-z0-9_./-]+");
      }
    }
    assertThat(tagsSeen).isGreaterThan(20);
    assertThat(MicrometerRequestListener.create(registry).toString()).doesNotContain(APP_KEY);
  }

  @Test
  void aListenerOnAnEmptyRegistryRegistersNothingUntilACall() {
    MeterRegistry r = new SimpleMeterRegistry();
    MicrometerRequestListener.create(r);
    assertThat(r.getMeters()).isEmpty();
    Gauge none = r.find("gamesdk.calls.active").gauge();
    assertThat(none).isNull();
  }
}
