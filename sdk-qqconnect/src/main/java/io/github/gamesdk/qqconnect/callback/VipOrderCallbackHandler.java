package io.github.gamesdk.qqconnect.callback;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.callback.DedupeStore;
import io.github.gamesdk.core.callback.InMemoryDedupeStore;
import io.github.gamesdk.core.error.SignatureVerificationException;
import io.github.gamesdk.core.error.SignatureVerificationException.Reason;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.core.sign.VipCallbackSigner;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the QQ VIP order-forwarding callback (seed 003 lines 826-925 and 1982-2047): a GET with
 * {@code ts} (milliseconds), {@code data} (the order as JSON, URL-encoded) and {@code sign = md5(data
 * + appkey)} (PROTOCOLS.md §2).
 *
 * <p>For each delivery it:
 *
 * <ol>
 *   <li>checks that {@code ts}, {@code data} and {@code sign} are present;
 *   <li>verifies {@code sign} over {@code data} exactly as received, in constant time;
 *   <li>rejects a {@code ts} further than {@link Builder#maxAge(Duration)} from the clock (replay);
 *   <li>parses the order;
 *   <li>marks {@code openid + order_id} in the {@link DedupeStore}; a mark already there means a
 *       repeated delivery, acknowledged without crediting again;
 *   <li>credits the order through the caller's function; if that throws, the mark is removed and
 *       the vendor is asked to deliver again.
 * </ol>
 *
 * <p>When the store fails, nothing is credited and the vendor is asked to deliver again (fail
 * closed). Thread-safe. The callback key is the one QQ VIP assigns with the {@code aid} ("回调密钥",
 * line 730), not the QQ Connect appkey.
 */
public final class VipOrderCallbackHandler {
  private static final Logger LOG = LoggerFactory.getLogger(VipOrderCallbackHandler.class);

  /** Default accepted distance between {@code ts} and the clock: 1 hour. */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(1);

  /** Default time a credited order stays marked: 7 days. */
  public static final Duration DEFAULT_DEDUPE_TTL = Duration.ofDays(7);

  private final VipCallbackSigner signer;
  private final Clock clock;
  private final Duration maxAge;
  private final DedupeStore store;
  private final Duration dedupeTtl;

  private VipOrderCallbackHandler(Builder b) {
    this.signer = VipCallbackSigner.of(b.appKey);
    this.clock = b.clock;
    this.maxAge = b.maxAge;
    this.store = b.store != null ? b.store : new InMemoryDedupeStore(100_000, b.clock);
    this.dedupeTtl = b.dedupeTtl;
  }

  /**
   * A builder.
   *
   * @param callbackKey the key QQ VIP assigned for this game's callbacks
   * @return the builder
   */
  public static Builder builder(Secret callbackKey) {
    return new Builder(callbackKey);
  }

  /**
   * Handles one delivery given as the raw query string of the GET (for example {@code
   * ts=...&data=%7B...%7D&sign=...}).
   *
   * @param rawQuery the query string, without {@code ?}
   * @param credit credits the order; called at most once per order, on the calling thread
   * @return the result, with the body to answer
   */
  public VipCallbackResult handle(String rawQuery, Consumer<VipOrder> credit) {
    return handle(parseQuery(rawQuery), credit);
  }

  /**
   * Handles one delivery given as decoded query parameters.
   *
   * @param params {@code ts}, {@code data} and {@code sign}, URL-decoded
   * @param credit credits the order; called at most once per order, on the calling thread
   * @return the result, with the body to answer
   */
  public VipCallbackResult handle(Map<String, String> params, Consumer<VipOrder> credit) {
    Objects.requireNonNull(credit, "credit");
    VipOrder order;
    try {
      order = verify(params);
    } catch (SignatureVerificationException e) {
      VipCallbackResult.Status status =
          e.reason() == Reason.BAD_SIGNATURE
              ? VipCallbackResult.Status.BAD_SIGNATURE
              : e.reason() == Reason.STALE
                  ? VipCallbackResult.Status.STALE
                  : VipCallbackResult.Status.MALFORMED;
      LOG.warn("VIP order callback rejected: {}", e.getMessage());
      return new VipCallbackResult(status, null);
    }
    boolean first;
    try {
      first = store.markIfAbsent(order.dedupeKey(), dedupeTtl);
    } catch (RuntimeException e) {
      LOG.warn(
          "VIP order callback: dedupe store failed ({}), order_id {} not credited",
          e.getClass().getSimpleName(),
          order.orderId());
      return new VipCallbackResult(VipCallbackResult.Status.RETRY_LATER, order);
    }
    if (!first) {
      LOG.info("VIP order callback: order_id {} delivered again, not credited", order.orderId());
      return new VipCallbackResult(VipCallbackResult.Status.DUPLICATE, order);
    }
    try {
      credit.accept(order);
    } catch (RuntimeException e) {
      LOG.warn(
          "VIP order callback: crediting order_id {} failed ({}), asking for redelivery",
          order.orderId(),
          e.getClass().getSimpleName());
      try {
        store.unmark(order.dedupeKey());
      } catch (RuntimeException unmarkFailed) {
        LOG.error(
            "VIP order callback: could not unmark order_id {} ({}); it stays marked",
            order.orderId(),
            unmarkFailed.getClass().getSimpleName());
      }
      return new VipCallbackResult(VipCallbackResult.Status.RETRY_LATER, order);
    }
    return new VipCallbackResult(VipCallbackResult.Status.ACCEPTED, order);
  }

  /**
   * Verifies a delivery and reads its order, without deduplicating or crediting.
   *
   * @param params {@code ts}, {@code data} and {@code sign}, URL-decoded
   * @return the verified order
   * @throws SignatureVerificationException if a parameter is missing or malformed, the sign does
   *     not match, or {@code ts} is stale
   */
  public VipOrder verify(Map<String, String> params) {
    String ts = params.get("ts");
    String data = params.get("data");
    String sign = params.get("sign");
    if (ts == null || data == null || sign == null) {
      throw new SignatureVerificationException(
          Reason.MALFORMED, "ts, data and sign are all required");
    }
    long tsMillis;
    try {
      tsMillis = Long.parseLong(ts.trim());
    } catch (NumberFormatException e) {
      throw new SignatureVerificationException(Reason.MALFORMED, "ts is not a number");
    }
    if (!signer.verify(data, sign)) {
      throw new SignatureVerificationException(Reason.BAD_SIGNATURE, "sign does not match data");
    }
    long skew = Math.abs(clock.millis() - tsMillis);
    if (skew > maxAge.toMillis()) {
      throw new SignatureVerificationException(
          Reason.STALE, "ts is " + skew / 1000 + " s from now; at most " + maxAge.getSeconds());
    }
    try {
      return GameSdkJson.mapper().readValue(data, VipOrder.class);
    } catch (java.io.IOException | RuntimeException e) {
      throw new SignatureVerificationException(
          Reason.MALFORMED, "data is not an order with openid and order_id");
    }
  }

  /**
   * Splits and URL-decodes (UTF-8) a query string. A name given twice keeps its first value.
   *
   * @param rawQuery the query string, with or without a leading {@code ?}
   * @return the parameters
   */
  public static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> out = new HashMap<>();
    if (rawQuery == null) {
      return out;
    }
    String q = rawQuery.startsWith("?") ? rawQuery.substring(1) : rawQuery;
    for (String pair : q.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.putIfAbsent(name, value);
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException | IllegalArgumentException e) {
      return s;
    }
  }

  @Override
  public String toString() {
    return "VipOrderCallbackHandler{maxAge=" + maxAge + ", dedupeTtl=" + dedupeTtl + ", store="
        + store + "}";
  }

  /** Builds a {@link VipOrderCallbackHandler}. */
  public static final class Builder {
    private final Secret appKey;
    private Clock clock = Clock.systemUTC();
    private Duration maxAge = DEFAULT_MAX_AGE;
    private DedupeStore store;
    private Duration dedupeTtl = DEFAULT_DEDUPE_TTL;

    private Builder(Secret appKey) {
      this.appKey = Objects.requireNonNull(appKey, "callbackKey");
    }

    /**
     * The clock that {@code ts} is compared with (default the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How far {@code ts} may be from the clock, either way (default 1 hour).
     *
     * @param maxAge a positive duration
     * @return this builder
     */
    public Builder maxAge(Duration maxAge) {
      if (maxAge.isZero() || maxAge.isNegative()) {
        throw new IllegalArgumentException("maxAge must be positive");
      }
      this.maxAge = maxAge;
      return this;
    }

    /**
     * Where credited orders are remembered (default: in memory, 100,000 orders). Several
     * application instances need one shared store.
     *
     * @param store the store
     * @return this builder
     */
    public Builder dedupeStore(DedupeStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * How long a credited order stays remembered (default 7 days); must exceed {@link
     * #maxAge(Duration)}, or a replay could slip in after the mark expired.
     *
     * @param ttl the duration
     * @return this builder
     */
    public Builder dedupeTtl(Duration ttl) {
      this.dedupeTtl = Objects.requireNonNull(ttl, "ttl");
      return this;
    }

    /**
     * Builds the handler.
     *
     * @return the handler
     * @throws IllegalArgumentException if the dedupe TTL does not exceed twice the max age
     */
    public VipOrderCallbackHandler build() {
      if (dedupeTtl.compareTo(maxAge.multipliedBy(2)) <= 0) {
        throw new IllegalArgumentException(
            "dedupeTtl must exceed twice maxAge, or a replayed delivery could be credited again");
      }
      return new VipOrderCallbackHandler(this);
    }
  }
}
