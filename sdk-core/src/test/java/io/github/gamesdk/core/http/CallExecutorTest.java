package io.github.gamesdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallExecutorTest {
  static final Endpoint QUERY = Endpoint.query("test", "query", HttpMethod.GET, "/q");
  static final Endpoint MUTATION = Endpoint.mutation("test", "send", HttpMethod.POST, "/m");
  static final ResponseHandler<String> BODY =
      r -> {
        if (!r.isSuccessful()) {
          throw HttpErrors.statusFailure(QUERY, r);
        }
        return new String(r.body(), StandardCharsets.UTF_8);
      };

  static GameSdkHttp http;
  MockWebServer server;
  final List<String> events = new CopyOnWriteArrayList<>();
  final RequestListener recorder =
      new RequestListener() {
        @Override
        public void onStart(Endpoint e) {
          events.add("start " + e.name());
        }

        @Override
        public void onRetry(Endpoint e, int next, GameSdkException f, Duration d) {
          events.add("retry " + next);
        }

        @Override
        public void onEnd(Endpoint e, CallOutcome o, GameSdkException f, int attempts, Duration el) {
          events.add("end " + o + " " + attempts);
        }
      };

  @BeforeAll
  static void stack() {
    http = GameSdkHttp.builder().maxRequests(64).maxRequestsPerHost(64).build();
  }

  @AfterAll
  static void closeStack() {
    http.close();
  }

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  CallExecutor executor(Duration read, int attempts) {
    return new CallExecutor(
        http,
        Timeouts.of(Duration.ofSeconds(1), read, read, read.multipliedBy(3)),
        RetryPolicy.of(attempts, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(10)),
        Collections.singletonList(recorder));
  }

  RequestFactory get(String path) {
    return a -> WireRequest.get(server.url(path + "?attempt=" + a));
  }

  RequestFactory post(String path) {
    return a -> WireRequest.post(server.url(path), "{}".getBytes(StandardCharsets.UTF_8), "application/json");
  }

  static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  @Test
  void successReportsOneAttempt() {
    server.enqueue(ok("hello"));
    assertThat(executor(Duration.ofSeconds(2), 3).execute(QUERY, get("/q"), BODY)).isEqualTo("hello");
    assertThat(events).containsExactly("start query", "end SUCCESS 1");
  }

  @Test
  void queryIsRetriedAfter5xxWithAFreshRequest() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).body("<html>busy</html>").build());
    server.enqueue(ok("second"));
    assertThat(executor(Duration.ofSeconds(2), 3).execute(QUERY, get("/q"), BODY)).isEqualTo("second");
    assertThat(server.takeRequest().getUrl().queryParameter("attempt")).isEqualTo("1");
    assertThat(server.takeRequest().getUrl().queryParameter("attempt")).isEqualTo("2");
    assertThat(events).containsExactly("start query", "retry 2", "end SUCCESS 2");
  }

  @Test
  void mutationIsNotRetriedAfter5xx() {
    server.enqueue(new MockResponse.Builder().code(500).body("oops").build());
    server.enqueue(ok("never"));
    assertThatThrownBy(() -> executor(Duration.ofSeconds(2), 3).execute(MUTATION, post("/m"), BODY))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(500);
              assertThat(e.mayHaveBeenSent()).isTrue();
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(events).containsExactly("start send", "end TRANSPORT_FAILURE 1");
  }

  @Test
  void mutationTimeoutIsNotRetried() {
    server.enqueue(new MockResponse.Builder().body("late").headersDelay(2, TimeUnit.SECONDS).build());
    server.enqueue(ok("never"));
    assertThatThrownBy(() -> executor(Duration.ofMillis(300), 3).execute(MUTATION, post("/m"), BODY))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.isTimeout()).isTrue();
              assertThat(e.mayHaveBeenSent()).isTrue();
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void queryTimeoutIsRetried() {
    server.enqueue(new MockResponse.Builder().body("late").headersDelay(2, TimeUnit.SECONDS).build());
    server.enqueue(ok("in time"));
    assertThat(executor(Duration.ofMillis(300), 3).execute(QUERY, get("/q"), BODY)).isEqualTo("in time");
  }

  @Test
  void mutationIsRetriedWhenTheConnectionWasRefused() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      closedPort = s.getLocalPort();
    }
    HttpUrl url = HttpUrl.get("http://127.0.0.1:" + closedPort + "/m");
    List<Integer> attempts = new ArrayList<>();
    RequestFactory f =
        a -> {
          attempts.add(a);
          return WireRequest.post(url, new byte[0], "application/json");
        };
    assertThatThrownBy(() -> executor(Duration.ofSeconds(1), 3).execute(MUTATION, f, BODY))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isFalse());
    assertThat(attempts).containsExactly(1, 2, 3);
    assertThat(events).containsExactly("start send", "retry 2", "retry 3", "end TRANSPORT_FAILURE 3");
  }

  @Test
  void connectionResetAfterSendingAMutationIsFinal() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(ok("never"));
    assertThatThrownBy(() -> executor(Duration.ofSeconds(1), 3).execute(MUTATION, post("/m"), BODY))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isTrue());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aBrokenHandlerBecomesATypedError() {
    server.enqueue(ok("x"));
    ResponseHandler<String> npe = r -> {
      String s = null;
      return s.trim();
    };
    assertThatThrownBy(() -> executor(Duration.ofSeconds(1), 1).execute(QUERY, get("/q"), npe))
        .isInstanceOf(ResponseFormatException.class);
    assertThat(events).containsExactly("start query", "end BAD_RESPONSE 1");
  }

  @Test
  void asyncSucceedsAndRetries() throws Exception {
    server.enqueue(new MockResponse.Builder().code(502).body("bad gateway").build());
    server.enqueue(ok("async"));
    CompletableFuture<String> f = executor(Duration.ofSeconds(2), 3).executeAsync(QUERY, get("/q"), BODY);
    assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("async");
    assertThat(events).containsExactly("start query", "retry 2", "end SUCCESS 2");
  }

  @Test
  void asyncFailsWithATypedException() {
    server.enqueue(new MockResponse.Builder().code(500).body("x").build());
    CompletableFuture<String> f = executor(Duration.ofSeconds(2), 3).executeAsync(MUTATION, post("/m"), BODY);
    assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(TransportException.class);
  }

  @Test
  void asyncCallCancelledWhileWaitingToRetryStillReportsItsEnd() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
    server.enqueue(ok("never asked for"));
    CountDownLatch retrying = new CountDownLatch(1);
    RequestListener onRetry =
        new RequestListener() {
          @Override
          public void onRetry(Endpoint e, int next, GameSdkException f, Duration d) {
            retrying.countDown();
          }
        };
    // A delay of about 200 ms: time to cancel while the retry waits in the scheduler.
    CallExecutor ex =
        new CallExecutor(
            http,
            Timeouts.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)),
            RetryPolicy.of(3, Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofSeconds(10), () -> 0.999),
            Arrays.asList(recorder, onRetry));
    CompletableFuture<String> f = ex.executeAsync(QUERY, get("/q"), BODY);
    assertThat(retrying.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(f.cancel(true)).isTrue();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (events.size() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    // Every onStart is followed by exactly one onEnd, so that a listener's in-flight count
    // returns to zero; the end reports the failure of the last attempt made.
    assertThat(events).containsExactly("start query", "retry 2", "end TRANSPORT_FAILURE 1");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void tenThousandConcurrentAsyncCallsUseABoundedNumberOfThreads() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return ok("{\"ret\":0}");
          }
        });
    CallExecutor ex = new CallExecutor(http, Timeouts.forServerLimit(Duration.ofSeconds(10)), RetryPolicy.none(), Collections.<RequestListener>emptyList());
    int before = Thread.activeCount();
    List<CompletableFuture<String>> all = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      all.add(ex.executeAsync(QUERY, get("/q"), BODY));
    }
    int peak = Thread.activeCount();
    CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).get(120, TimeUnit.SECONDS);
    for (CompletableFuture<String> f : all) {
      assertThat(f.join()).isEqualTo("{\"ret\":0}");
    }
    assertThat(server.getRequestCount()).isEqualTo(10_000);
    // 64 dispatcher threads and 64 server connection threads at most, plus the pools' own.
    assertThat(peak - before).isLessThan(200);
  }
}
