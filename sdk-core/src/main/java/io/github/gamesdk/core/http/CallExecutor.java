package io.github.gamesdk.core.http;

import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.log.Redaction;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs calls for one vendor client: sends each attempt over the shared {@link GameSdkHttp},
 * retries where {@link RetryPolicy} allows, reports to the {@link RequestListener}s, and logs at
 * debug level with secrets removed. Every failure comes out as a {@link GameSdkException}; no
 * OkHttp, Okio or Jackson exception escapes. Immutable and thread-safe.
 */
public final class CallExecutor {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.gamesdk.http");

  /** Answers larger than this are refused rather than buffered: 16 MiB. */
  public static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

  private final GameSdkHttp http;
  private final OkHttpClient idempotentClient;
  private final OkHttpClient mutationClient;
  private final Timeouts timeouts;
  private final RetryPolicy retryPolicy;
  private final List<RequestListener> listeners;

  /**
   * Creates an executor.
   *
   * @param http the shared HTTP stack
   * @param timeouts the vendor client's timeouts
   * @param retryPolicy when to retry
   * @param listeners hooks called for every call
   */
  public CallExecutor(
      GameSdkHttp http,
      Timeouts timeouts,
      RetryPolicy retryPolicy,
      List<RequestListener> listeners) {
    this.http = Objects.requireNonNull(http, "http");
    this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.listeners = Collections.unmodifiableList(new ArrayList<>(listeners));
    this.idempotentClient = http.derive(timeouts, true);
    this.mutationClient = http.derive(timeouts, false);
  }

  /**
   * The timeouts in force.
   *
   * @return the timeouts
   */
  public Timeouts timeouts() {
    return timeouts;
  }

  /**
   * The retry policy in force.
   *
   * @return the policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Runs a prepared call on the calling thread, retrying where allowed.
   *
   * @param <T> the typed result
   * @param call the call
   * @return the typed result
   * @throws GameSdkException on any failure, after the retries allowed
   */
  public <T> T execute(PreparedCall<T> call) {
    return execute(call.endpoint(), call.factory(), call.handler());
  }

  /**
   * Runs a prepared call asynchronously, retrying where allowed.
   *
   * @param <T> the typed result
   * @param call the call
   * @return a future completed with the result, or exceptionally with a {@link GameSdkException}
   */
  public <T> CompletableFuture<T> executeAsync(PreparedCall<T> call) {
    return executeAsync(call.endpoint(), call.factory(), call.handler());
  }

  /**
   * Runs a call on the calling thread, retrying where allowed.
   *
   * @param <T> the typed result
   * @param endpoint the endpoint called
   * @param factory builds (and signs) the request of each attempt; may throw {@link
   *     InvalidRequestException}
   * @param handler reads the answer
   * @return the typed result
   * @throws GameSdkException on any failure, after the retries allowed
   */
  public <T> T execute(Endpoint endpoint, RequestFactory factory, ResponseHandler<T> handler) {
    long start = System.nanoTime();
    fireStart(endpoint);
    for (int attempt = 1; ; attempt++) {
      GameSdkException failure;
      try {
        WireRequest wire = factory.create(attempt);
        T result = handle(endpoint, handler, send(endpoint, wire));
        fireEnd(endpoint, null, attempt, start);
        return result;
      } catch (GameSdkException e) {
        failure = e;
      } catch (RuntimeException e) {
        failure = unexpected(endpoint, e);
      }
      Duration delay = nextDelay(endpoint, failure, attempt, start);
      if (delay == null) {
        fireEnd(endpoint, failure, attempt, start);
        throw failure;
      }
      fireRetry(endpoint, attempt + 1, failure, delay);
      try {
        TimeUnit.MILLISECONDS.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        TransportException interrupted =
            new TransportException(
                endpoint.vendor(),
                endpoint.name(),
                "interrupted while waiting to retry",
                true,
                false,
                0,
                e);
        fireEnd(endpoint, interrupted, attempt, start);
        throw interrupted;
      }
    }
  }

  /**
   * Runs a call asynchronously, retrying where allowed. No thread waits: attempts are queued in
   * the shared dispatcher and retry delays are scheduled. Cancelling the future cancels the
   * attempt in flight.
   *
   * @param <T> the typed result
   * @param endpoint the endpoint called
   * @param factory builds (and signs) the request of each attempt
   * @param handler reads the answer
   * @return a future completed with the result, or exceptionally with a {@link GameSdkException}
   */
  public <T> CompletableFuture<T> executeAsync(
      Endpoint endpoint, RequestFactory factory, ResponseHandler<T> handler) {
    AsyncCall<T> call = new AsyncCall<>(endpoint, factory, handler);
    fireStart(endpoint);
    call.attempt(1);
    return call.future;
  }

  private Duration nextDelay(
      Endpoint endpoint, GameSdkException failure, int attempt, long startNanos) {
    if (failure instanceof InvalidRequestException) {
      return null;
    }
    return retryPolicy.nextDelay(
        endpoint, failure, attempt, Duration.ofNanos(System.nanoTime() - startNanos));
  }

  private Request toOkHttp(WireRequest wire, SendProbe probe) {
    Request.Builder b = new Request.Builder().url(wire.url()).tag(SendProbe.class, probe);
    for (Map.Entry<String, String> h : wire.headers().entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    if (wire.method() == HttpMethod.POST) {
      byte[] body = wire.body();
      b.post(RequestBody.create(body, MediaType.get(wire.contentType())));
    } else {
      b.get();
    }
    return b.build();
  }

  private OkHttpClient clientFor(Endpoint endpoint) {
    return endpoint.idempotent() ? idempotentClient : mutationClient;
  }

  private WireResponse send(Endpoint endpoint, WireRequest wire) {
    SendProbe probe = new SendProbe();
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} -> {}", endpoint.vendor(), endpoint.name(), wire);
    }
    Call call = clientFor(endpoint).newCall(toOkHttp(wire, probe));
    try (Response response = call.execute()) {
      return read(endpoint, response, probe);
    } catch (IOException e) {
      throw transportFailure(endpoint, e, probe);
    }
  }

  private WireResponse read(Endpoint endpoint, Response response, SendProbe probe)
      throws IOException {
    ResponseBody body = response.body();
    byte[] bytes;
    long declared = body.contentLength();
    if (declared > MAX_BODY_BYTES) {
      throw new ResponseFormatException(
          endpoint.vendor(),
          endpoint.name(),
          response.code(),
          "answer of " + declared + " bytes is larger than " + MAX_BODY_BYTES,
          "<not read>",
          null);
    }
    BufferedSource source = body.source();
    if (source.request(MAX_BODY_BYTES + 1)) {
      throw new ResponseFormatException(
          endpoint.vendor(),
          endpoint.name(),
          response.code(),
          "answer is larger than " + MAX_BODY_BYTES + " bytes",
          "<not read>",
          null);
    }
    bytes = source.readByteArray();
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} {} <- HTTP {} ({} bytes)",
          endpoint.vendor(),
          endpoint.name(),
          response.code(),
          bytes.length);
    }
    return new WireResponse(response.code(), response.headers(), bytes);
  }

  private static <T> T handle(Endpoint endpoint, ResponseHandler<T> handler, WireResponse r) {
    try {
      return handler.handle(r);
    } catch (GameSdkException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ResponseFormatException(
          endpoint.vendor(),
          endpoint.name(),
          r.status(),
          "answer could not be read (" + e.getClass().getSimpleName() + ")",
          Redaction.excerpt(r.body(), 160),
          null);
    }
  }

  private static GameSdkException unexpected(Endpoint endpoint, RuntimeException e) {
    if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
      return new InvalidRequestException("request", Redaction.redact(String.valueOf(e.getMessage())));
    }
    return new TransportException(
        endpoint.vendor(),
        endpoint.name(),
        "unexpected failure: " + e.getClass().getSimpleName(),
        true,
        false,
        0,
        e);
  }

  static TransportException transportFailure(Endpoint endpoint, IOException e, SendProbe probe) {
    boolean timeout =
        e instanceof SocketTimeoutException
            || (e instanceof InterruptedIOException
                && String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("timeout"));
    String what = timeout ? "timed out" : "I/O failure";
    return new TransportException(
        endpoint.vendor(),
        endpoint.name(),
        what
            + " ("
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + Redaction.redact(e.getMessage()))
            + ")"
            + (probe.mayHaveBeenSent() ? "" : ", request not sent"),
        probe.mayHaveBeenSent(),
        timeout,
        0,
        e);
  }

  private void fireStart(Endpoint endpoint) {
    for (RequestListener l : listeners) {
      try {
        l.onStart(endpoint);
      } catch (RuntimeException e) {
        LOG.warn("RequestListener.onStart threw {}", e.toString());
      }
    }
  }

  private void fireRetry(Endpoint endpoint, int next, GameSdkException failure, Duration delay) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} {}: attempt {} in {} ms after {}",
          endpoint.vendor(),
          endpoint.name(),
          next,
          delay.toMillis(),
          failure.getMessage());
    }
    for (RequestListener l : listeners) {
      try {
        l.onRetry(endpoint, next, failure, delay);
      } catch (RuntimeException e) {
        LOG.warn("RequestListener.onRetry threw {}", e.toString());
      }
    }
  }

  private void fireEnd(Endpoint endpoint, GameSdkException failure, int attempts, long start) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    CallOutcome outcome = CallOutcome.of(failure);
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} {}: {} after {} attempt(s) in {} ms",
          endpoint.vendor(),
          endpoint.name(),
          outcome,
          attempts,
          elapsed.toMillis());
    }
    for (RequestListener l : listeners) {
      try {
        l.onEnd(endpoint, outcome, failure, attempts, elapsed);
      } catch (RuntimeException e) {
        LOG.warn("RequestListener.onEnd threw {}", e.toString());
      }
    }
  }

  /** One asynchronous call across its attempts. */
  private final class AsyncCall<T> {
    final CompletableFuture<T> future = new CompletableFuture<>();
    final Endpoint endpoint;
    final RequestFactory factory;
    final ResponseHandler<T> handler;
    final long start = System.nanoTime();
    volatile Call current;

    AsyncCall(Endpoint endpoint, RequestFactory factory, ResponseHandler<T> handler) {
      this.endpoint = endpoint;
      this.factory = factory;
      this.handler = handler;
      future.whenComplete(
          (r, t) -> {
            Call c = current;
            if (future.isCancelled() && c != null) {
              c.cancel();
            }
          });
    }

    void attempt(int attempt) {
      SendProbe probe = new SendProbe();
      Call call;
      try {
        WireRequest wire = factory.create(attempt);
        if (LOG.isDebugEnabled()) {
          LOG.debug("{} {} -> {}", endpoint.vendor(), endpoint.name(), wire);
        }
        call = clientFor(endpoint).newCall(toOkHttp(wire, probe));
      } catch (GameSdkException e) {
        failed(attempt, e);
        return;
      } catch (RuntimeException e) {
        failed(attempt, unexpected(endpoint, e));
        return;
      }
      current = call;
      if (future.isCancelled()) {
        // Cancelled after retry() looked: the cancelled call fails at once through onFailure,
        // which ends the call and reports it.
        call.cancel();
      }
      call.enqueue(
          new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
              failed(attempt, transportFailure(endpoint, e, probe));
            }

            @Override
            public void onResponse(Call c, Response response) {
              T result;
              try (Response r = response) {
                result = handle(endpoint, handler, read(endpoint, r, probe));
              } catch (IOException e) {
                failed(attempt, transportFailure(endpoint, e, probe));
                return;
              } catch (GameSdkException e) {
                failed(attempt, e);
                return;
              } catch (RuntimeException e) {
                failed(attempt, unexpected(endpoint, e));
                return;
              }
              fireEnd(endpoint, null, attempt, start);
              future.complete(result);
            }
          });
    }

    /**
     * Runs the next attempt after a retry delay, unless the future was cancelled (or completed by
     * its holder) meanwhile: then the call ends with the previous attempt's failure, so that every
     * {@code onStart} is still followed by one {@code onEnd}.
     */
    void retry(int attemptsSoFar, GameSdkException lastFailure) {
      if (future.isDone()) {
        fireEnd(endpoint, lastFailure, attemptsSoFar, start);
        return;
      }
      attempt(attemptsSoFar + 1);
    }

    void failed(int attempt, GameSdkException failure) {
      Duration delay = future.isDone() ? null : nextDelay(endpoint, failure, attempt, start);
      if (delay == null) {
        fireEnd(endpoint, failure, attempt, start);
        future.completeExceptionally(failure);
        return;
      }
      fireRetry(endpoint, attempt + 1, failure, delay);
      try {
        http.scheduler()
            .schedule(() -> retry(attempt, failure), delay.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        fireEnd(endpoint, failure, attempt, start);
        future.completeExceptionally(failure);
      }
    }
  }
}
