package io.github.gamesdk.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.RetryPolicy;
import io.github.gamesdk.openapi.model.IsLoginRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The keep-alive against a local is_login that answers by openkey, driven by a fake clock (and
 * once by real time with short intervals).
 */
class OpenKeyKeepAliveTest {
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  static final Duration INTERVAL = Duration.ofMinutes(30);

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    volatile Instant now = T0;

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** What the listener heard, in order. */
  static final class Events implements OpenKeyKeepAlive.Listener {
    final List<String> log = new CopyOnWriteArrayList<>();
    final List<GameSdkException> failures = new CopyOnWriteArrayList<>();

    @Override
    public void onRenewed(OpenKeyKeepAlive.Session s) {
      log.add("renewed " + s.openid());
    }

    @Override
    public void onFailure(OpenKeyKeepAlive.Session s, GameSdkException e) {
      failures.add(e);
      log.add("failed " + s.openid());
    }

    @Override
    public void onStopped(OpenKeyKeepAlive.Session s, GameSdkException e) {
      failures.add(e);
      log.add("stopped " + s.openid());
    }
  }

  MockWebServer server;
  final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> failFirst = new ConcurrentHashMap<>();
  OpenApiClient client;
  MutableClock clock = new MutableClock();
  Events events = new Events();

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            Map<String, String> p = Independent.decodeForm(r.getBody().utf8());
            String key = p.get("openkey");
            calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (!r.getUrl().encodedPath().equals("/v3/user/is_login")) {
              return new MockResponse.Builder().code(404).build();
            }
            AtomicInteger f = failFirst.get(key);
            if (key.startsWith("flaky") || (f != null && f.getAndDecrement() > 0)) {
              return new MockResponse.Builder().code(503).body("busy").build();
            }
            String json;
            if (key.startsWith("expired")) {
              json = "{\"ret\":-23,\"msg\":\"openkey expired\"}";
            } else if (key.startsWith("unknown")) {
              json = "{\"ret\":-24,\"msg\":\"check failed\"}";
            } else if (key.startsWith("mismatch")) {
              json = "{\"ret\":-71,\"msg\":\"not match\"}";
            } else if (key.startsWith("limited")) {
              json = "{\"ret\":-6,\"msg\":\"quota\"}";
            } else {
              json = ModelTest.WIKI_IS_LOGIN;
            }
            return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body(json)
                .build();
          }
        });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    client =
        OpenApiClient.builder()
            .appId("123456")
            .appKey(Secret.of(SignatureVectorTest.APPKEY))
            .baseUrl("http://127.0.0.1:" + server.getPort())
            .retryPolicy(RetryPolicy.none())
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  OpenKeyKeepAlive.Builder keepAlive() {
    return OpenKeyKeepAlive.builder(client)
        .clock(clock)
        .autoSweep(false)
        .interval(INTERVAL)
        .retryDelay(Duration.ofMinutes(1))
        .listener(events);
  }

  static IsLoginRequest login(String openid, String openkey) {
    return IsLoginRequest.of(openid, Secret.of(openkey), "qzone", "112.90.139.30");
  }

  int calls(String openkey) {
    AtomicInteger n = calls.get(openkey);
    return n == null ? 0 : n.get();
  }

  static void round(OpenKeyKeepAlive k) throws Exception {
    k.renewDue().get(5, TimeUnit.SECONDS);
  }

  @Test
  void renewsWhenDueAndNotBefore() throws Exception {
    try (OpenKeyKeepAlive k = keepAlive().build()) {
      OpenKeyKeepAlive.Session s = k.register(login("OPENID1", "good-1"));
      assertThat(s.nextRenewalAt()).isEqualTo(T0.plus(INTERVAL));
      round(k);
      clock.advance(INTERVAL.minusSeconds(1));
      round(k);
      assertThat(server.getRequestCount()).isZero();

      clock.advance(Duration.ofSeconds(1));
      round(k);
      assertThat(calls("good-1")).isEqualTo(1);
      assertThat(events.log).containsExactly("renewed OPENID1");
      assertThat(s.lastRenewedAt()).isEqualTo(T0.plus(INTERVAL));
      assertThat(s.nextRenewalAt()).isEqualTo(T0.plus(INTERVAL).plus(INTERVAL));
      round(k);
      assertThat(calls("good-1")).isEqualTo(1);

      RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
      assertThat(r.getMethod()).isEqualTo("POST");
      Map<String, String> p = Independent.decodeForm(r.getBody().utf8());
      assertThat(p)
          .containsEntry("openid", "OPENID1")
          .containsEntry("pf", "qzone")
          .containsEntry("userip", "112.90.139.30");
      assertThat(p.get("sig"))
          .isEqualTo(Independent.sig(SignatureVectorTest.APPKEY, "POST", "/v3/user/is_login", p));

      // It keeps going as long as the user stays.
      for (int i = 2; i <= 6; i++) {
        clock.advance(INTERVAL);
        round(k);
        assertThat(calls("good-1")).isEqualTo(i);
      }
      assertThat(s.isActive()).isTrue();
    }
  }

  @Test
  void codesThatEndTheSessionStopIt() throws Exception {
    try (OpenKeyKeepAlive k = keepAlive().build()) {
      k.register(login("A", "expired-a"));
      k.register(login("B", "unknown-b"));
      k.register(login("C", "mismatch-c"));
      k.register(login("D", "good-d"));
      clock.advance(INTERVAL);
      round(k);
      assertThat(events.log)
          .containsExactlyInAnyOrder("stopped A", "stopped B", "stopped C", "renewed D");
      assertThat(events.failures)
          .extracting(e -> ((ApiException) e).rawCode())
          .containsExactlyInAnyOrder(-23L, -24L, -71L);
      assertThat(k.sessions()).extracting(OpenKeyKeepAlive.Session::openid).containsExactly("D");
      clock.advance(INTERVAL);
      round(k);
      assertThat(calls("expired-a") + calls("unknown-b") + calls("mismatch-c")).isEqualTo(3);
    }
  }

  @Test
  void transientFailuresAreRetriedThenGivenUp() throws Exception {
    try (OpenKeyKeepAlive k = keepAlive().maxConsecutiveFailures(3).build()) {
      OpenKeyKeepAlive.Session s = k.register(login("F", "flaky-f"));
      k.register(login("L", "limited-l"));
      clock.advance(INTERVAL);
      round(k);
      assertThat(events.log).containsExactlyInAnyOrder("failed F", "failed L");
      assertThat(s.consecutiveFailures()).isEqualTo(1);
      assertThat(s.nextRenewalAt()).isEqualTo(clock.now.plus(Duration.ofMinutes(1)));
      round(k);
      assertThat(calls("flaky-f")).isEqualTo(1); // not before the retry delay
      clock.advance(Duration.ofMinutes(1));
      round(k);
      clock.advance(Duration.ofMinutes(1));
      round(k);
      assertThat(calls("flaky-f")).isEqualTo(3);
      assertThat(calls("limited-l")).isEqualTo(3);
      assertThat(events.log)
          .containsExactlyInAnyOrder(
              "failed F", "failed L", "failed F", "failed L", "stopped F", "stopped L");
      assertThat(events.log.subList(4, 6)).containsExactlyInAnyOrder("stopped F", "stopped L");
      assertThat(events.failures).hasAtLeastOneElementOfType(TransportException.class);
      assertThat(events.failures).hasAtLeastOneElementOfType(ApiException.class);
      assertThat(s.isActive()).isFalse();
      assertThat(k.size()).isZero();
    }
  }

  @Test
  void aSuccessResetsTheFailureCount() throws Exception {
    failFirst.put("good-r", new AtomicInteger(2));
    try (OpenKeyKeepAlive k = keepAlive().maxConsecutiveFailures(3).build()) {
      OpenKeyKeepAlive.Session s = k.register(login("R", "good-r"));
      clock.advance(INTERVAL);
      round(k);
      clock.advance(Duration.ofMinutes(1));
      round(k);
      assertThat(s.consecutiveFailures()).isEqualTo(2);
      clock.advance(Duration.ofMinutes(1));
      round(k);
      assertThat(s.consecutiveFailures()).isZero();
      assertThat(events.log).containsExactly("failed R", "failed R", "renewed R");
      assertThat(s.nextRenewalAt()).isEqualTo(clock.now.plus(INTERVAL));
    }
  }

  @Test
  void aSessionWhoseOpenkeyMustHaveExpiredIsGivenUp() throws Exception {
    try (OpenKeyKeepAlive k =
        keepAlive().maxConsecutiveFailures(100).retryDelay(Duration.ofMinutes(50)).build()) {
      k.register(login("F", "flaky-x"));
      clock.advance(INTERVAL); // 0:30 fails, next try 1:20
      round(k);
      clock.advance(Duration.ofMinutes(50)); // 1:20 fails, a retry at 2:10 is past the 2 h life
      round(k);
      assertThat(events.log).containsExactly("failed F", "stopped F");
      assertThat(k.size()).isZero();
    }
  }

  @Test
  void sessionsAndCallsAreBounded() throws Exception {
    try (OpenKeyKeepAlive k = keepAlive().maxSessions(3).maxInFlight(1).build()) {
      k.register(login("A", "good-a"));
      k.register(login("B", "good-b"));
      k.register(login("C", "good-c"));
      assertThatThrownBy(() -> k.register(login("D", "good-d")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("3");
      clock.advance(INTERVAL);
      round(k);
      assertThat(server.getRequestCount()).isEqualTo(1);
      round(k);
      assertThat(server.getRequestCount()).isEqualTo(2);
      round(k);
      round(k);
      assertThat(server.getRequestCount()).isEqualTo(3);
      assertThat(events.log).hasSize(3);
    }
  }

  @Test
  void registrationCancellationAndClose() throws Exception {
    OpenKeyKeepAlive k = keepAlive().build();
    OpenKeyKeepAlive.Session a = k.register(login("A", "good-a1"));
    assertThat(k.register(IsLoginRequest.of("A", Secret.of("good-a1"), "qqgame", "10.0.0.1")))
        .isSameAs(a);
    OpenKeyKeepAlive.Session a2 = k.register(login("A", "good-a2")); // another page, another key
    k.register(login("B", "good-b"));
    assertThat(k.size()).isEqualTo(3);
    assertThat(a.toString()).contains("A").doesNotContain("good-a1");
    assertThat(k.toString()).doesNotContain("good-");

    clock.advance(INTERVAL);
    assertThat(k.unregister("A")).isEqualTo(2);
    assertThat(a.isActive()).isFalse();
    assertThat(a2.cancel()).isFalse();
    round(k);
    assertThat(calls("good-a1") + calls("good-a2")).isZero();
    assertThat(calls("good-b")).isEqualTo(1);
    RecordedRequest only = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(Independent.decodeForm(only.getBody().utf8())).containsEntry("openid", "B");

    k.close();
    k.close();
    assertThat(k.isClosed()).isTrue();
    assertThat(k.size()).isZero();
    assertThatThrownBy(() -> k.register(login("C", "good-c"))).isInstanceOf(IllegalStateException.class);
    clock.advance(INTERVAL);
    round(k);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(events.log).containsExactly("renewed B");
  }

  @Test
  void theReplacedRequestIsTheOneSent() throws Exception {
    try (OpenKeyKeepAlive k = keepAlive().build()) {
      k.register(login("A", "good-a"));
      k.register(IsLoginRequest.of("A", Secret.of("good-a"), "qqgame", "10.0.0.1"));
      clock.advance(INTERVAL);
      round(k);
      Map<String, String> p = Independent.decodeForm(server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8());
      assertThat(p).containsEntry("pf", "qqgame").containsEntry("userip", "10.0.0.1");
    }
  }

  @Test
  void aThrowingListenerDoesNotStopTheKeepAlive() throws Exception {
    AtomicInteger heard = new AtomicInteger();
    OpenKeyKeepAlive.Listener bad =
        new OpenKeyKeepAlive.Listener() {
          @Override
          public void onRenewed(OpenKeyKeepAlive.Session s) {
            heard.incrementAndGet();
            throw new IllegalStateException("listener bug");
          }
        };
    try (OpenKeyKeepAlive k = keepAlive().listener(bad).build()) {
      k.register(login("A", "good-a"));
      clock.advance(INTERVAL);
      round(k);
      clock.advance(INTERVAL);
      round(k);
      assertThat(heard.get()).isEqualTo(2);
    }
  }

  @Test
  void automaticRoundsRunOnADaemonThreadUntilClosed() throws Exception {
    OpenKeyKeepAlive k =
        OpenKeyKeepAlive.builder(client)
            .interval(Duration.ofMillis(150))
            .sweepPeriod(Duration.ofMillis(20))
            .listener(events)
            .build();
    k.register(login("A", "good-auto"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (calls("good-auto") < 2 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(calls("good-auto")).isGreaterThanOrEqualTo(2);
    List<Thread> threads = new ArrayList<>(Thread.getAllStackTraces().keySet());
    Thread worker = null;
    for (Thread t : threads) {
      if (t.getName().equals("gamesdk-openkey-keepalive")) {
        worker = t;
      }
    }
    assertThat(worker).isNotNull();
    assertThat(worker.isDaemon()).isTrue();
    k.close();
    worker.join(2000);
    assertThat(worker.isAlive()).isFalse();
    int after = calls("good-auto");
    Thread.sleep(300);
    assertThat(calls("good-auto")).isEqualTo(after);
  }

  @Test
  void anInjectedSchedulerIsUsedAndLeftRunning() throws Exception {
    ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    scheduler.setRemoveOnCancelPolicy(true);
    try {
      OpenKeyKeepAlive k =
          OpenKeyKeepAlive.builder(client)
              .scheduler(scheduler)
              .interval(Duration.ofMillis(100))
              .sweepPeriod(Duration.ofMillis(20))
              .build();
      k.register(login("A", "good-inj"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (calls("good-inj") < 1 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(calls("good-inj")).isEqualTo(1);
      k.close();
      assertThat(scheduler.isShutdown()).isFalse();
      assertThat(scheduler.getQueue()).isEmpty();
    } finally {
      scheduler.shutdownNow();
    }
  }

  @Test
  void builderRules() {
    OpenKeyKeepAlive.Builder b = OpenKeyKeepAlive.builder(client);
    assertThatThrownBy(() -> b.interval(Duration.ofHours(2))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.interval(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.retryDelay(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.maxSessions(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.maxInFlight(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.maxConsecutiveFailures(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OpenKeyKeepAlive.builder(null)).isInstanceOf(NullPointerException.class);
    try (OpenKeyKeepAlive k = keepAlive().build()) {
      assertThatThrownBy(() -> k.register(null))
          .isInstanceOf(io.github.gamesdk.core.error.InvalidRequestException.class);
      assertThat(k.sessions()).isEqualTo(Collections.emptyList());
    }
  }
}
