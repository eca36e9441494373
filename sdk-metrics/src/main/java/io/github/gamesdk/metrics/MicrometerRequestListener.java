package io.github.gamesdk.metrics;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.ErrorCode;
import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.CallOutcome;
import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.RequestListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records every call of a gamesdk vendor client in a Micrometer {@link MeterRegistry}: a timer per
 * vendor, endpoint and outcome, a counter of retries, and a gauge of calls in flight (DESIGN.md §3
 * "Transport": {@code RequestListener} hooks for logging and metrics).
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th></tr>
 *   <tr><td>{@value #CALLS}</td><td>timer</td>
 *       <td>{@code vendor, endpoint, outcome, category, code}</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td><td>{@code vendor, endpoint, reason}</td></tr>
 *   <tr><td>{@value #ACTIVE}</td><td>gauge</td><td>{@code vendor, endpoint}</td></tr>
 * </table>
 *
 * <p>Tag values come only from the {@link Endpoint} (the vendor's short name and the name of the
 * call), the {@link CallOutcome}, the {@link ErrorCategory} and documented code of an {@link
 * ApiException}, and the kind of a {@link TransportException} (timeout, HTTP status, I/O). They
 * never come from an exception message, a request parameter or a vendor message, so no secret,
 * token, openid or phone number can reach a tag, and every tag has a small, bounded set of values:
 * the {@code code} tag is a code of the vendor's documented table, and a code that no table lists
 * is tagged {@value #UNLISTED}, never with its number. See {@code docs/metrics.md}.
 *
 * <p>One listener may serve any number of clients; listeners created on the same registry share
 * their in-flight counts. Thread-safe; never throws from a hook for a well-formed call.
 *
 * <pre>{@code
 * MicrometerRequestListener metrics = MicrometerRequestListener.create(meterRegistry);
 * QqConnectClient qq = QqConnectClient.builder()
 *     .appId(appId).appKey(appKey)
 *     .addListener(metrics)
 *     .build();
 * }</pre>
 */
public final class MicrometerRequestListener implements RequestListener {
  /** The timer of completed calls, retries and delays included. */
  public static final String CALLS = "gamesdk.calls";

  /** The counter of retries: attempts after the first. */
  public static final String RETRIES = "gamesdk.retries";

  /** The gauge of calls started and not yet ended. */
  public static final String ACTIVE = "gamesdk.calls.active";

  /** Tag: the vendor's short name, for example {@code qqconnect}. */
  public static final String TAG_VENDOR = "vendor";

  /** Tag: the vendor's name of the call, for example {@code send_share_for_inner}. */
  public static final String TAG_ENDPOINT = "endpoint";

  /**
   * Tag: how the call ended, the {@link CallOutcome} in lower case: {@code success}, {@code
   * vendor_error}, {@code invalid_request}, {@code transport_failure}, {@code bad_response}.
   */
  public static final String TAG_OUTCOME = "outcome";

  /**
   * Tag: for {@code vendor_error} the {@link ErrorCategory} in lower case ({@code retry}, {@code
   * reauthorize}, {@code refresh_token}, {@code fix_request}, {@code contact_vendor}, {@code
   * unknown}, {@code none}); for {@code transport_failure} the kind of failure ({@code timeout},
   * {@code http_NNN}, {@code not_sent}, {@code io}); otherwise {@value #NONE}.
   */
  public static final String TAG_CATEGORY = "category";

  /**
   * Tag: for {@code vendor_error} the vendor's code as its table documents it (for example {@code
   * -73}), or {@value #UNLISTED} for a code that the table lacks; otherwise {@value #NONE}. Left
   * out entirely when {@link Builder#vendorCodes(boolean)} is off.
   */
  public static final String TAG_CODE = "code";

  /**
   * Tag of {@value #RETRIES}: why the previous attempt failed, the {@link #TAG_CATEGORY} kinds of a
   * transport failure ({@code timeout}, {@code http_NNN}, {@code not_sent}, {@code io}) or {@code
   * vendor_error} for a vendor code of category {@code RETRY}.
   */
  public static final String TAG_REASON = "reason";

  /** The value of a tag that does not apply to the call. */
  public static final String NONE = "none";

  /** The {@code code} of a vendor error whose code the vendor's table does not list. */
  public static final String UNLISTED = "unlisted";

  /**
   * In-flight counts per registry, so that two listeners on one registry (for example one per
   * client) feed one gauge instead of the second one's count being lost: Micrometer keeps the first
   * gauge registered under a name and tags.
   */
  private static final Map<MeterRegistry, ConcurrentMap<Key, AtomicInteger>> ACTIVE_BY_REGISTRY =
      Collections.synchronizedMap(new WeakHashMap<MeterRegistry, ConcurrentMap<Key, AtomicInteger>>());

  private final MeterRegistry registry;
  private final Tags commonTags;
  private final String commonTagsKey;
  private final boolean vendorCodes;
  private final ConcurrentMap<Key, AtomicInteger> active;
  private final ConcurrentMap<Key, Timer> timers = new ConcurrentHashMap<>();
  private final ConcurrentMap<Key, Counter> retries = new ConcurrentHashMap<>();

  private MicrometerRequestListener(Builder b) {
    this.registry = b.registry;
    this.commonTags = b.tags;
    this.commonTagsKey = b.tags.toString();
    this.vendorCodes = b.vendorCodes;
    synchronized (ACTIVE_BY_REGISTRY) {
      ConcurrentMap<Key, AtomicInteger> a = ACTIVE_BY_REGISTRY.get(registry);
      if (a == null) {
        a = new ConcurrentHashMap<>();
        ACTIVE_BY_REGISTRY.put(registry, a);
      }
      this.active = a;
    }
  }

  /**
   * A listener with the default settings: no extra tags, vendor codes tagged.
   *
   * @param registry where the meters are registered
   * @return the listener
   */
  public static MicrometerRequestListener create(MeterRegistry registry) {
    return builder(registry).build();
  }

  /**
   * A builder, for extra tags or to leave the {@code code} tag out.
   *
   * @param registry where the meters are registered
   * @return the builder
   */
  public static Builder builder(MeterRegistry registry) {
    return new Builder(registry);
  }

  /**
   * Counts the call as in flight.
   *
   * @param endpoint the endpoint called
   */
  @Override
  public void onStart(Endpoint endpoint) {
    activeCount(endpoint).incrementAndGet();
  }

  /**
   * Counts one retry, tagged with why the previous attempt failed.
   *
   * @param endpoint the endpoint called
   * @param nextAttempt the attempt that follows
   * @param failure why the previous attempt failed
   * @param delay the wait before the next attempt
   */
  @Override
  public void onRetry(
      Endpoint endpoint, int nextAttempt, GameSdkException failure, Duration delay) {
    String reason = reason(failure);
    Key key = new Key(endpoint.vendor(), endpoint.name(), reason, "", "");
    Counter counter = retries.get(key);
    if (counter == null) {
      counter =
          retries.computeIfAbsent(
              key,
              k ->
                  Counter.builder(RETRIES)
                      .description("Retries of gamesdk vendor calls, by why the previous attempt failed")
                      .tags(commonTags)
                      .tag(TAG_VENDOR, k.vendor)
                      .tag(TAG_ENDPOINT, k.endpoint)
                      .tag(TAG_REASON, k.a)
                      .register(registry));
    }
    counter.increment();
  }

  /**
   * Records the call's duration under its outcome and ends its in-flight count.
   *
   * @param endpoint the endpoint called
   * @param outcome how it ended
   * @param failure the exception it ended with, {@code null} on success
   * @param attempts how many attempts were made
   * @param elapsed time from start to end
   */
  @Override
  public void onEnd(
      Endpoint endpoint,
      CallOutcome outcome,
      @Nullable GameSdkException failure,
      int attempts,
      Duration elapsed) {
    activeCount(endpoint).decrementAndGet();
    String outcomeTag = outcome.name().toLowerCase(Locale.ROOT);
    String category = category(outcome, failure);
    String code = vendorCodes ? code(outcome, failure) : "";
    Key key = new Key(endpoint.vendor(), endpoint.name(), outcomeTag, category, code);
    Timer timer = timers.get(key);
    if (timer == null) {
      timer = timers.computeIfAbsent(key, this::newTimer);
    }
    timer.record(elapsed);
  }

  private Timer newTimer(Key k) {
    Timer.Builder b =
        Timer.builder(CALLS)
            .description("gamesdk vendor calls, from start to end, retries and delays included")
            .tags(commonTags)
            .tag(TAG_VENDOR, k.vendor)
            .tag(TAG_ENDPOINT, k.endpoint)
            .tag(TAG_OUTCOME, k.a)
            .tag(TAG_CATEGORY, k.b);
    if (vendorCodes) {
      b.tag(TAG_CODE, k.c);
    }
    return b.register(registry);
  }

  private AtomicInteger activeCount(Endpoint endpoint) {
    // The extra tags are part of the key: listeners with other extra tags have gauges of their own.
    Key key = new Key(endpoint.vendor(), endpoint.name(), commonTagsKey, "", "");
    AtomicInteger count = active.get(key);
    if (count == null) {
      AtomicInteger fresh = new AtomicInteger();
      count = active.putIfAbsent(key, fresh);
      if (count == null) {
        count = fresh;
        Gauge.builder(ACTIVE, fresh, AtomicInteger::get)
            .description("gamesdk vendor calls started and not yet ended")
            .tags(commonTags)
            .tag(TAG_VENDOR, key.vendor)
            .tag(TAG_ENDPOINT, key.endpoint)
            .register(registry);
      }
    }
    return count;
  }

  /**
   * The {@value #TAG_CATEGORY} tag of a call that ended this way.
   *
   * @param outcome how the call ended
   * @param failure what it ended with, or {@code null}
   * @return a value of a small fixed set, see {@link #TAG_CATEGORY}
   */
  static String category(CallOutcome outcome, @Nullable GameSdkException failure) {
    if (outcome == CallOutcome.VENDOR_ERROR && failure instanceof ApiException) {
      return ((ApiException) failure).category().name().toLowerCase(Locale.ROOT);
    }
    if (outcome == CallOutcome.TRANSPORT_FAILURE && failure instanceof TransportException) {
      return transportKind((TransportException) failure);
    }
    return NONE;
  }

  /**
   * The {@value #TAG_CODE} tag of a call that ended this way.
   *
   * @param outcome how the call ended
   * @param failure what it ended with, or {@code null}
   * @return the documented code, {@value #UNLISTED} or {@value #NONE}
   */
  static String code(CallOutcome outcome, @Nullable GameSdkException failure) {
    if (outcome != CallOutcome.VENDOR_ERROR || !(failure instanceof ApiException)) {
      return NONE;
    }
    ErrorCode entry = ((ApiException) failure).errorCode();
    // The UNKNOWN entry of every vendor table has category UNKNOWN and stands for any code the
    // table lacks: tagging its raw number would let a vendor create unbounded tag values.
    return entry.category() == ErrorCategory.UNKNOWN ? UNLISTED : Long.toString(entry.code());
  }

  /**
   * The {@value #TAG_REASON} tag of a retry after this failure.
   *
   * @param failure why the previous attempt failed
   * @return a value of a small fixed set, see {@link #TAG_REASON}
   */
  static String reason(GameSdkException failure) {
    if (failure instanceof TransportException) {
      return transportKind((TransportException) failure);
    }
    return CallOutcome.of(failure).name().toLowerCase(Locale.ROOT);
  }

  private static String transportKind(TransportException t) {
    if (t.isTimeout()) {
      return "timeout";
    }
    int status = t.httpStatus();
    if (status >= 100 && status <= 599) {
      return "http_" + status;
    }
    if (status != 0) {
      return "http_other";
    }
    return t.mayHaveBeenSent() ? "io" : "not_sent";
  }

  @Override
  public String toString() {
    return "MicrometerRequestListener{registry=" + registry.getClass().getSimpleName() + ", tags="
        + commonTags + ", vendorCodes=" + vendorCodes + "}";
  }

  /** Up to five tag values identifying one meter of this listener. */
  private static final class Key {
    final String vendor;
    final String endpoint;
    final String a;
    final String b;
    final String c;
    private final int hash;

    Key(String vendor, String endpoint, String a, String b, String c) {
      this.vendor = vendor;
      this.endpoint = endpoint;
      this.a = a;
      this.b = b;
      this.c = c;
      this.hash = Objects.hash(vendor, endpoint, a, b, c);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Key)) {
        return false;
      }
      Key k = (Key) o;
      return hash == k.hash
          && vendor.equals(k.vendor)
          && endpoint.equals(k.endpoint)
          && a.equals(k.a)
          && b.equals(k.b)
          && c.equals(k.c);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** Builds a {@link MicrometerRequestListener}. */
  public static final class Builder {
    private final MeterRegistry registry;
    private Tags tags = Tags.empty();
    private boolean vendorCodes = true;

    private Builder(MeterRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Adds tags to every meter, for example {@code app=shop} to tell two QQ Connect apps of one
     * process apart. Never put a key, token or user identifier here.
     *
     * @param tags the tags
     * @return this builder
     */
    public Builder tags(Iterable<Tag> tags) {
      this.tags = this.tags.and(Objects.requireNonNull(tags, "tags"));
      return this;
    }

    /**
     * Adds one tag to every meter.
     *
     * @param key the tag's key; not one of this listener's own
     * @param value the tag's value
     * @return this builder
     */
    public Builder tag(String key, String value) {
      return tags(Tags.of(key, value));
    }

    /**
     * Whether {@value #CALLS} carries the {@value #TAG_CODE} tag (default on). The values are
     * bounded by the vendors' tables (a few hundred codes in all); turn it off to keep only the
     * category. Every listener on one registry must use the same setting, because a registry such
     * as Prometheus's wants one set of tag keys per meter name.
     *
     * @param vendorCodes whether to tag the vendor code
     * @return this builder
     */
    public Builder vendorCodes(boolean vendorCodes) {
      this.vendorCodes = vendorCodes;
      return this;
    }

    /**
     * Builds the listener.
     *
     * @return the listener
     * @throws IllegalArgumentException if an extra tag uses a key of this listener's own
     */
    public MicrometerRequestListener build() {
      for (Tag t : tags) {
        String k = t.getKey();
        if (k.equals(TAG_VENDOR)
            || k.equals(TAG_ENDPOINT)
            || k.equals(TAG_OUTCOME)
            || k.equals(TAG_CATEGORY)
            || k.equals(TAG_CODE)
            || k.equals(TAG_REASON)) {
          throw new IllegalArgumentException("tag key '" + k + "' is set by the listener itself");
        }
      }
      return new MicrometerRequestListener(this);
    }
  }
}
