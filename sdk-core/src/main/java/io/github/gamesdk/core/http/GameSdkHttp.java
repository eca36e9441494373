package io.github.gamesdk.core.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The one HTTP stack of a process: a single OkHttp connection pool and dispatcher that every
 * vendor client shares (DESIGN.md §3 "Transport"). Vendor clients derive their own timeouts from
 * it with {@code OkHttpClient.newBuilder()}, which shares the pool.
 *
 * <p>Use {@link #shared()} unless you need other limits; build your own with {@link #builder()}
 * and pass it to every vendor client's builder. Threads are daemon threads, so an unclosed instance
 * never keeps a JVM alive. Async calls queue in the dispatcher: 10,000 concurrent async calls use at
 * most {@code maxRequests} threads, not one thread per call.
 */
public final class GameSdkHttp implements AutoCloseable {
  private static volatile GameSdkHttp shared;

  private final OkHttpClient client;
  private final ScheduledExecutorService scheduler;
  private final ExecutorService dispatcherExecutor;

  private GameSdkHttp(Builder b) {
    OkHttpClient.Builder ok;
    if (b.base != null) {
      ok = b.base.newBuilder();
      dispatcherExecutor = null;
    } else {
      dispatcherExecutor =
          new ThreadPoolExecutor(
              0,
              Integer.MAX_VALUE,
              60,
              TimeUnit.SECONDS,
              new SynchronousQueue<Runnable>(),
              daemonThreads("gamesdk-http-"));
      Dispatcher dispatcher = new Dispatcher(dispatcherExecutor);
      dispatcher.setMaxRequests(b.maxRequests);
      dispatcher.setMaxRequestsPerHost(b.maxRequestsPerHost);
      ok =
          new OkHttpClient.Builder()
              .dispatcher(dispatcher)
              .connectionPool(
                  new ConnectionPool(
                      b.maxIdleConnections, b.keepAlive.toMillis(), TimeUnit.MILLISECONDS));
    }
    this.client =
        ok.addNetworkInterceptor(SendProbe.INTERCEPTOR)
            .connectTimeout(Timeouts.DEFAULT_CONNECT)
            .followRedirects(false)
            .build();
    ScheduledThreadPoolExecutor s =
        new ScheduledThreadPoolExecutor(1, daemonThreads("gamesdk-retry-"));
    s.setRemoveOnCancelPolicy(true);
    this.scheduler = Executors.unconfigurableScheduledExecutorService(s);
  }

  /**
   * The process-wide default instance, created on first use. Never close it.
   *
   * @return the shared instance
   */
  public static GameSdkHttp shared() {
    GameSdkHttp s = shared;
    if (s == null) {
      synchronized (GameSdkHttp.class) {
        s = shared;
        if (s == null) {
          s = builder().build();
          shared = s;
        }
      }
    }
    return s;
  }

  /**
   * A builder for an instance with other limits.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An OkHttp client with the given timeouts that shares this instance's pool and dispatcher.
   *
   * @param timeouts the vendor client's timeouts
   * @param idempotent whether OkHttp may silently retry on a failed pooled connection; {@code
   *     false} for calls that change state
   * @return the derived client
   */
  public OkHttpClient derive(Timeouts timeouts, boolean idempotent) {
    return client
        .newBuilder()
        .connectTimeout(timeouts.connect())
        .readTimeout(timeouts.read())
        .writeTimeout(timeouts.write())
        .callTimeout(timeouts.call())
        .retryOnConnectionFailure(idempotent)
        .build();
  }

  /**
   * The scheduler that delays async retries. One daemon thread; tasks must not block.
   *
   * @return the scheduler
   */
  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /**
   * Stops the retry scheduler and, for an instance that built its own OkHttp stack, the dispatcher
   * threads and idle connections. Calls still in flight may fail. {@link #shared()} must not be
   * closed.
   */
  @Override
  public void close() {
    if (this == shared) {
      throw new IllegalStateException("the shared GameSdkHttp instance cannot be closed");
    }
    scheduler.shutdownNow();
    if (dispatcherExecutor != null) {
      dispatcherExecutor.shutdown();
      client.connectionPool().evictAll();
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Builds a {@link GameSdkHttp}. */
  public static final class Builder {
    private OkHttpClient base;
    private int maxRequests = 256;
    private int maxRequestsPerHost = 64;
    private int maxIdleConnections = 32;
    private Duration keepAlive = Duration.ofMinutes(5);

    private Builder() {}

    /**
     * Builds on an OkHttp client the application already has (its pool, dispatcher, proxy and
     * TLS settings are kept); the other settings of this builder are then ignored.
     *
     * @param base the application's client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient base) {
      this.base = Objects.requireNonNull(base, "base");
      return this;
    }

    /**
     * How many calls run at once in all; more queue (default 256).
     *
     * @param maxRequests at least 1
     * @return this builder
     */
    public Builder maxRequests(int maxRequests) {
      this.maxRequests = atLeastOne(maxRequests, "maxRequests");
      return this;
    }

    /**
     * How many calls run at once against one host; more queue (default 64).
     *
     * @param maxRequestsPerHost at least 1
     * @return this builder
     */
    public Builder maxRequestsPerHost(int maxRequestsPerHost) {
      this.maxRequestsPerHost = atLeastOne(maxRequestsPerHost, "maxRequestsPerHost");
      return this;
    }

    /**
     * How many idle connections the pool keeps (default 32).
     *
     * @param maxIdleConnections at least 1
     * @return this builder
     */
    public Builder maxIdleConnections(int maxIdleConnections) {
      this.maxIdleConnections = atLeastOne(maxIdleConnections, "maxIdleConnections");
      return this;
    }

    /**
     * How long an idle connection is kept (default 5 minutes).
     *
     * @param keepAlive a positive duration
     * @return this builder
     */
    public Builder keepAlive(Duration keepAlive) {
      if (keepAlive.isZero() || keepAlive.isNegative()) {
        throw new IllegalArgumentException("keepAlive must be positive");
      }
      this.keepAlive = keepAlive;
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the new instance; close it when the application stops
     */
    public GameSdkHttp build() {
      return new GameSdkHttp(this);
    }

    private static int atLeastOne(int v, String name) {
      if (v < 1) {
        throw new IllegalArgumentException(name + " must be at least 1");
      }
      return v;
    }
  }
}
