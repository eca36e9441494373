package io.github.gamesdk.openapi;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.openapi.model.IsLoginRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps users' openkeys alive: "openkey过期时间为两小时,需要用v3/user/is_login接口续期" (seed 002 line
 * 21). Register a session when the user arrives; every {@link Builder#interval(Duration)} (30
 * minutes unless set) the keep-alive calls {@code v3/user/is_login} for it, which extends the
 * openkey by two hours, until the session is {@linkplain Session#cancel() cancelled} or ends.
 *
 * <p>A session ends, and is no longer renewed, when:
 *
 * <ul>
 *   <li>{@code is_login} answers a code that ends the session ({@link
 *       OpenApiErrorCode#endsSession()}: every re-authorize code such as -23 and -24, and -22 and
 *       -71): the user must come back through the platform;
 *   <li>it failed {@link Builder#maxConsecutiveFailures(int)} times in a row (3 unless set), each
 *       retried after {@link Builder#retryDelay(Duration)};
 *   <li>two hours have passed since its last success (or its registration), so its openkey has
 *       expired whatever happens next.
 * </ul>
 *
 * <p>Every outcome is reported to the {@link Listener}. The keep-alive is bounded: at most {@link
 * Builder#maxSessions(int)} sessions and {@link Builder#maxInFlight(int)} calls at once; the calls
 * are asynchronous, so no thread waits on the network. Its one scheduling thread is a daemon
 * thread; {@link #close()} stops it. The clock and the scheduler can be injected, and {@link
 * #renewDue()} runs one round by hand (for tests with a fake clock, or for applications that
 * schedule it themselves with {@link Builder#autoSweep(boolean) autoSweep(false)}).
 *
 * <pre>{@code
 * try (OpenKeyKeepAlive keepAlive = OpenKeyKeepAlive.builder(openapi)
 *     .listener(new OpenKeyKeepAlive.Listener() {
 *       public void onStopped(OpenKeyKeepAlive.Session s, GameSdkException why) { logout(s.openid()); }
 *     })
 *     .build()) {
 *   keepAlive.register(IsLoginRequest.of(openid, Secret.of(openkey), pf, userIp));
 *   ...
 * }
 * }</pre>
 */
public final class OpenKeyKeepAlive implements AutoCloseable {
  /** How long an openkey lives without renewal: two hours (seed 002 line 21). */
  public static final Duration OPENKEY_LIFETIME = Duration.ofHours(2);

  /** Renewal interval unless set: 30 minutes, four chances within one openkey lifetime. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(30);

  private static final Logger LOG = LoggerFactory.getLogger(OpenKeyKeepAlive.class);

  private final OpenApiClient client;
  private final Duration interval;
  private final Duration retryDelay;
  private final int maxConsecutiveFailures;
  private final int maxSessions;
  private final int maxInFlight;
  private final Listener listener;
  private final Clock clock;
  private final ScheduledExecutorService ownScheduler;
  private final ScheduledFuture<?> sweeps;
  private final Map<Key, Session> sessions = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Object registration = new Object();

  private OpenKeyKeepAlive(Builder b) {
    this.client = b.client;
    this.interval = b.interval;
    this.retryDelay = b.retryDelay;
    this.maxConsecutiveFailures = b.maxConsecutiveFailures;
    this.maxSessions = b.maxSessions;
    this.maxInFlight = b.maxInFlight;
    this.listener = b.listener;
    this.clock = b.clock;
    if (!b.autoSweep) {
      this.ownScheduler = null;
      this.sweeps = null;
      return;
    }
    ScheduledExecutorService scheduler = b.scheduler;
    if (scheduler == null) {
      ScheduledThreadPoolExecutor s =
          new ScheduledThreadPoolExecutor(
              1,
              r -> {
                Thread t = new Thread(r, "gamesdk-openkey-keepalive");
                t.setDaemon(true);
                return t;
              });
      s.setRemoveOnCancelPolicy(true);
      this.ownScheduler = s;
      scheduler = s;
    } else {
      this.ownScheduler = null;
    }
    long period = b.sweepPeriod.toMillis();
    this.sweeps =
        scheduler.scheduleWithFixedDelay(this::sweepQuietly, period, period, TimeUnit.MILLISECONDS);
  }

  /**
   * A builder for a keep-alive that renews through a client.
   *
   * @param client the client whose {@code isLoginAsync} renews the openkeys
   * @return the builder
   */
  public static Builder builder(OpenApiClient client) {
    return new Builder(Objects.requireNonNull(client, "client"));
  }

  /**
   * Starts keeping a session alive; its first renewal is one interval from now. Registering the
   * same {@code openid} and {@code openkey} again replaces the request (a new {@code pf} or {@code
   * userip}) and keeps the schedule. A user may hold several openkeys at once, one per page (seed
   * 002 line 21, note 3): each is a session of its own.
   *
   * @param request the {@code is_login} request to send, built from the user's common parameters
   * @return the session
   * @throws InvalidRequestException if {@code request} is {@code null}
   * @throws IllegalStateException after {@link #close()}, or when {@link Builder#maxSessions(int)}
   *     sessions are already kept
   */
  public Session register(IsLoginRequest request) {
    InvalidRequestException.check(request != null, "request", "required");
    synchronized (registration) {
      if (closed.get()) {
        throw new IllegalStateException("the openkey keep-alive is closed");
      }
      Key key = new Key(request.openid(), request.openkey());
      Session existing = sessions.get(key);
      if (existing != null) {
        existing.replace(request);
        return existing;
      }
      if (sessions.size() >= maxSessions) {
        throw new IllegalStateException(
            "the openkey keep-alive already keeps its maximum of " + maxSessions + " sessions");
      }
      Session s = new Session(key, request, clock.instant());
      sessions.put(key, s);
      return s;
    }
  }

  /**
   * Stops keeping every session of a user alive.
   *
   * @param openid the user's {@code openid}
   * @return how many sessions were removed
   */
  public int unregister(String openid) {
    int n = 0;
    for (Session s : new ArrayList<>(sessions.values())) {
      if (s.openid().equals(openid) && s.cancel()) {
        n++;
      }
    }
    return n;
  }

  /**
   * The sessions kept alive now.
   *
   * @return an unmodifiable snapshot
   */
  public List<Session> sessions() {
    return Collections.unmodifiableList(new ArrayList<>(sessions.values()));
  }

  /**
   * How many sessions are kept alive now.
   *
   * @return the count
   */
  public int size() {
    return sessions.size();
  }

  /**
   * Runs one round by hand: starts the renewal of every session that is due by the clock and not
   * already being renewed, up to {@link Builder#maxInFlight(int)} calls at once (the rest wait for
   * the next round). The automatic sweeps call this too.
   *
   * @return a future completed once every renewal this round started has ended and its listener
   *     has been called; it never fails
   */
  public CompletableFuture<Void> renewDue() {
    if (closed.get()) {
      return CompletableFuture.completedFuture(null);
    }
    Instant now = clock.instant();
    List<CompletableFuture<Void>> started = new ArrayList<>();
    for (Session s : sessions.values()) {
      if (!reserveSlot()) {
        break;
      }
      if (s.startIfDue(now)) {
        started.add(renew(s));
      } else {
        inFlight.decrementAndGet();
      }
    }
    return CompletableFuture.allOf(started.toArray(new CompletableFuture<?>[0]));
  }

  /**
   * Stops the sweeps (and the scheduling thread, unless it was injected) and forgets every
   * session. Renewals in flight finish without calling the listener. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (sweeps != null) {
      sweeps.cancel(false);
    }
    if (ownScheduler != null) {
      ownScheduler.shutdownNow();
    }
    synchronized (registration) {
      for (Session s : sessions.values()) {
        s.markEnded();
      }
      sessions.clear();
    }
  }

  /**
   * Whether {@link #close()} was called.
   *
   * @return whether the keep-alive is closed
   */
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * The settings and the session count; never an openkey.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "OpenKeyKeepAlive{interval=" + interval + ", retryDelay=" + retryDelay
        + ", maxConsecutiveFailures=" + maxConsecutiveFailures + ", sessions=" + sessions.size()
        + ", inFlight=" + inFlight.get() + (closed.get() ? ", closed" : "") + "}";
  }

  private boolean reserveSlot() {
    for (int n = inFlight.get(); n < maxInFlight; n = inFlight.get()) {
      if (inFlight.compareAndSet(n, n + 1)) {
        return true;
      }
    }
    return false;
  }

  private void sweepQuietly() {
    try {
      renewDue();
    } catch (RuntimeException e) {
      // Never let one bad round cancel the periodic task.
      LOG.warn("openkey keep-alive round failed: {}", e.toString());
    }
  }

  private CompletableFuture<Void> renew(Session s) {
    CompletableFuture<?> call;
    try {
      call = client.isLoginAsync(s.request());
    } catch (RuntimeException e) {
      CompletableFuture<Object> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      call = failed;
    }
    return call.handle(
        (ok, error) -> {
          inFlight.decrementAndGet();
          try {
            ended(s, error == null ? null : unwrap(error));
          } catch (RuntimeException e) {
            LOG.warn("openkey keep-alive could not record a renewal: {}", e.toString());
          }
          return null;
        });
  }

  private void ended(Session s, @Nullable GameSdkException failure) {
    if (closed.get() || !s.isActive()) {
      return;
    }
    Instant now = clock.instant();
    if (failure == null) {
      s.succeeded(now, now.plus(interval));
      notify(() -> listener.onRenewed(s));
      return;
    }
    boolean stop = endsSession(failure);
    int failures = s.failed();
    Instant validUntil = s.lastValidAt().plus(OPENKEY_LIFETIME);
    if (stop || failures >= maxConsecutiveFailures || !now.plus(retryDelay).isBefore(validUntil)) {
      if (remove(s)) {
        notify(() -> listener.onStopped(s, failure));
      }
      return;
    }
    s.retryAt(now.plus(retryDelay));
    notify(() -> listener.onFailure(s, failure));
  }

  private static boolean endsSession(GameSdkException failure) {
    if (!(failure instanceof ApiException)) {
      return false;
    }
    ApiException e = (ApiException) failure;
    OpenApiErrorCode code =
        e.errorCode() instanceof OpenApiErrorCode
            ? (OpenApiErrorCode) e.errorCode()
            : OpenApiErrorCode.of(e.rawCode());
    return code.endsSession();
  }

  private boolean remove(Session s) {
    synchronized (registration) {
      if (sessions.remove(s.key, s)) {
        s.markEnded();
        return true;
      }
      return false;
    }
  }

  private static GameSdkException unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException)
        && c.getCause() != null) {
      c = c.getCause();
    }
    if (c instanceof GameSdkException) {
      return (GameSdkException) c;
    }
    return new TransportException(
        OpenApiEndpoints.VENDOR,
        OpenApiEndpoints.IS_LOGIN.name(),
        "unexpected failure: " + c.getClass().getSimpleName(),
        true,
        false,
        0,
        c);
  }

  private static void notify(Runnable callback) {
    try {
      callback.run();
    } catch (RuntimeException e) {
      LOG.warn("OpenKeyKeepAlive.Listener threw {}", e.toString());
    }
  }

  /**
   * What the keep-alive reports. Called on an HTTP or scheduling thread; implementations must be
   * fast and thread-safe, and should not throw (an exception is logged and ignored).
   */
  public interface Listener {
    /**
     * {@code is_login} answered {@code ret} 0: the openkey is good for two more hours.
     *
     * @param session the session
     */
    default void onRenewed(Session session) {}

    /**
     * A renewal failed in a way that may pass (a timeout, an HTTP 5xx, a retryable or unexpected
     * code); it is tried again after the retry delay.
     *
     * @param session the session
     * @param failure why it failed
     */
    default void onFailure(Session session, GameSdkException failure) {}

    /**
     * The session ended and is no longer renewed: a code that ends the session (the user must
     * come back through the platform), too many failures in a row, or an openkey that has expired
     * in the meantime. Not called for {@link Session#cancel()} or {@link #close()}.
     *
     * @param session the session
     * @param cause the last failure
     */
    default void onStopped(Session session, GameSdkException cause) {}
  }

  /** One openkey kept alive. Thread-safe; its {@link #toString()} never shows the openkey. */
  public final class Session {
    private final Key key;
    private final Instant registeredAt;
    private IsLoginRequest request;
    private Instant nextRenewalAt;
    private Instant lastRenewedAt;
    private int consecutiveFailures;
    private boolean renewing;
    private boolean active = true;

    private Session(Key key, IsLoginRequest request, Instant now) {
      this.key = key;
      this.request = request;
      this.registeredAt = now;
      this.nextRenewalAt = now.plus(interval);
    }

    /**
     * The user's {@code openid}.
     *
     * @return the openid
     */
    public String openid() {
      return key.openid;
    }

    /**
     * When the session was registered.
     *
     * @return the instant, by the keep-alive's clock
     */
    public Instant registeredAt() {
      return registeredAt;
    }

    /**
     * When {@code is_login} last succeeded for it.
     *
     * @return the instant, or {@code null} before the first renewal
     */
    @Nullable
    public synchronized Instant lastRenewedAt() {
      return lastRenewedAt;
    }

    /**
     * When the next renewal is due.
     *
     * @return the instant, by the keep-alive's clock
     */
    public synchronized Instant nextRenewalAt() {
      return nextRenewalAt;
    }

    /**
     * How many renewals failed since the last success.
     *
     * @return the count
     */
    public synchronized int consecutiveFailures() {
      return consecutiveFailures;
    }

    /**
     * Whether the session is still kept alive.
     *
     * @return {@code false} once cancelled, stopped or closed
     */
    public synchronized boolean isActive() {
      return active;
    }

    /**
     * Stops keeping this session alive (the listener is not called). A renewal in flight finishes
     * unreported.
     *
     * @return whether the session was still active
     */
    public boolean cancel() {
      return remove(this);
    }

    /**
     * The openid, schedule and failure count; never the openkey.
     *
     * @return a description
     */
    @Override
    public synchronized String toString() {
      return "Session{openid=" + key.openid + ", openkey=****, next=" + nextRenewalAt
          + ", lastRenewed=" + lastRenewedAt + ", failures=" + consecutiveFailures
          + (active ? "" : ", ended") + "}";
    }

    synchronized IsLoginRequest request() {
      return request;
    }

    synchronized void replace(IsLoginRequest r) {
      this.request = r;
    }

    synchronized boolean startIfDue(Instant now) {
      if (!active || renewing || now.isBefore(nextRenewalAt)) {
        return false;
      }
      renewing = true;
      return true;
    }

    synchronized void succeeded(Instant now, Instant next) {
      renewing = false;
      lastRenewedAt = now;
      consecutiveFailures = 0;
      nextRenewalAt = next;
    }

    synchronized int failed() {
      renewing = false;
      return ++consecutiveFailures;
    }

    synchronized void retryAt(Instant next) {
      nextRenewalAt = next;
    }

    synchronized Instant lastValidAt() {
      return lastRenewedAt == null ? registeredAt : lastRenewedAt;
    }

    synchronized void markEnded() {
      active = false;
      renewing = false;
    }
  }

  /** A session's identity: the openid and the openkey. */
  private static final class Key {
    final String openid;
    final Secret openkey;

    Key(String openid, Secret openkey) {
      this.openid = openid;
      this.openkey = openkey;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key && openid.equals(((Key) o).openid) && openkey.equals(((Key) o).openkey);
    }

    @Override
    public int hashCode() {
      return 31 * openid.hashCode() + openkey.hashCode();
    }
  }

  /** Builds an {@link OpenKeyKeepAlive}. */
  public static final class Builder {
    private final OpenApiClient client;
    private Duration interval = DEFAULT_INTERVAL;
    private Duration retryDelay = Duration.ofMinutes(1);
    private Duration sweepPeriod = Duration.ofSeconds(1);
    private int maxConsecutiveFailures = 3;
    private int maxSessions = 100_000;
    private int maxInFlight = 32;
    private Listener listener = new Listener() {};
    private Clock clock = Clock.systemUTC();
    private ScheduledExecutorService scheduler;
    private boolean autoSweep = true;

    private Builder(OpenApiClient client) {
      this.client = client;
    }

    /**
     * How long after a success the next renewal is due (default 30 minutes).
     *
     * @param interval positive and shorter than the openkey's two-hour lifetime
     * @return this builder
     */
    public Builder interval(Duration interval) {
      this.interval = positive(interval, "interval");
      if (interval.compareTo(OPENKEY_LIFETIME) >= 0) {
        throw new IllegalArgumentException("interval must be shorter than the openkey's 2 h life");
      }
      return this;
    }

    /**
     * How long after a failure the renewal is tried again (default 1 minute).
     *
     * @param retryDelay positive
     * @return this builder
     */
    public Builder retryDelay(Duration retryDelay) {
      this.retryDelay = positive(retryDelay, "retryDelay");
      return this;
    }

    /**
     * How many renewals may fail in a row before the session is given up (default 3).
     *
     * @param maxConsecutiveFailures at least 1
     * @return this builder
     */
    public Builder maxConsecutiveFailures(int maxConsecutiveFailures) {
      this.maxConsecutiveFailures = atLeastOne(maxConsecutiveFailures, "maxConsecutiveFailures");
      return this;
    }

    /**
     * How many sessions may be kept at once (default 100,000); {@link #register} refuses more.
     *
     * @param maxSessions at least 1
     * @return this builder
     */
    public Builder maxSessions(int maxSessions) {
      this.maxSessions = atLeastOne(maxSessions, "maxSessions");
      return this;
    }

    /**
     * How many renewals may be in flight at once (default 32); due sessions beyond that wait for
     * the next round.
     *
     * @param maxInFlight at least 1
     * @return this builder
     */
    public Builder maxInFlight(int maxInFlight) {
      this.maxInFlight = atLeastOne(maxInFlight, "maxInFlight");
      return this;
    }

    /**
     * How often the automatic rounds look for due sessions (default 1 second).
     *
     * @param sweepPeriod positive
     * @return this builder
     */
    public Builder sweepPeriod(Duration sweepPeriod) {
      this.sweepPeriod = positive(sweepPeriod, "sweepPeriod");
      return this;
    }

    /**
     * What to tell about renewals (default: nothing).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(Listener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * The clock that decides when a renewal is due (default the system clock, UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Runs the automatic rounds on this scheduler instead of the keep-alive's own daemon thread.
     * {@link #close()} cancels the rounds but does not shut the scheduler down.
     *
     * @param scheduler the scheduler
     * @return this builder
     */
    public Builder scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * Whether rounds run automatically every {@link #sweepPeriod(Duration)} (default {@code
     * true}); with {@code false} nothing is scheduled and the application calls {@link
     * #renewDue()} itself.
     *
     * @param autoSweep whether to schedule rounds
     * @return this builder
     */
    public Builder autoSweep(boolean autoSweep) {
      this.autoSweep = autoSweep;
      return this;
    }

    /**
     * Builds the keep-alive and, unless {@code autoSweep(false)}, starts its rounds.
     *
     * @return the keep-alive; close it when done
     */
    public OpenKeyKeepAlive build() {
      return new OpenKeyKeepAlive(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }

    private static int atLeastOne(int v, String name) {
      if (v < 1) {
        throw new IllegalArgumentException(name + " must be at least 1");
      }
      return v;
    }
  }
}
