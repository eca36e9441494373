package io.github.gamesdk.redis;

import io.github.gamesdk.core.callback.DedupeStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * A {@link DedupeStore} in Redis, shared by every application instance that points at the same
 * Redis and key prefix, and kept across restarts: the QQ VIP order callback (seed 003 lines
 * 826-925; {@code VipOrderCallbackHandler} marks {@code openid/order_id}, line 899) is then
 * credited once however many instances receive the same order.
 *
 * <p>{@link #markIfAbsent(String, Duration)} is one atomic {@code SET <prefix><key> <token> NX PX
 * <ttl>}: of several clients marking the same key at once, exactly one gets {@code OK}. {@link
 * #unmark(String)} is {@code DEL <prefix><key>}. The key is the caller's key unchanged after the
 * prefix (Redis keys are binary-safe, so nothing needs escaping), e.g. {@code
 * gamesdk:dedupe:29439511BB5D23F36BD09F5B0DF94181/20171012-1712128958}; the value records when and
 * by which store the mark was set ({@code <epoch ms>/<store id>/<n>}).
 *
 * <p>Fail closed: when Redis cannot be reached, refuses the command, or does not answer within the
 * timeout, both methods throw {@link RedisDedupeException}; the handler then credits nothing and
 * answers a retryable error, so the vendor delivers again. A {@code SET} whose reply was lost (the
 * connection broke after sending) is retried once on a fresh connection as a script that treats
 * the store's own token as success, so a mark this call did set is never mistaken for someone
 * else's. When Redis comes back the pool opens new connections by itself.
 *
 * <p>Thread-safe. Nothing is logged; {@link #toString()} never shows the Redis password.
 *
 * <pre>{@code
 * try (RedisDedupeStore store = RedisDedupeStore.create("redis://redis.internal:6379/0",
 *     RedisDedupeStore.DEFAULT_KEY_PREFIX)) {
 *   VipOrderCallbackHandler vip = VipOrderCallbackHandler.builder(Secret.of(callbackKey))
 *       .dedupeStore(store)
 *       .build();
 *   ...
 * }
 * }</pre>
 */
public final class RedisDedupeStore implements DedupeStore, AutoCloseable {
  /** The key prefix of {@link #create(String, String)} users who have no reason to change it. */
  public static final String DEFAULT_KEY_PREFIX = "gamesdk:dedupe:";

  /**
   * The connect and command timeout of {@link #create(String, String)}: 1 second. A dead or hung
   * Redis makes a callback answer a retryable error within about this time (twice it when the
   * retry of a lost reply times out as well).
   */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);

  /**
   * Sets the mark unless it is there, and counts a mark holding this call's own token as set by
   * this call: the retry of a {@code SET NX} whose reply was lost. KEYS[1] the key, ARGV[1] the
   * token, ARGV[2] the TTL in milliseconds.
   */
  static final String MARK_OR_OWN_SCRIPT =
      "local v = redis.call('GET', KEYS[1])\n"
          + "if not v then\n"
          + "  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])\n"
          + "  return 1\n"
          + "end\n"
          + "if v == ARGV[1] then return 1 end\n"
          + "return 0\n";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final UnifiedJedis client;
  private final String keyPrefix;
  private final String description;
  private final Runnable dropIdleConnections;
  private final boolean owned;
  private final String storeId;
  private final AtomicLong counter = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * A store on a client the caller already has (a {@code RedisClient}, {@code JedisPooled}, {@code
   * RedisClusterClient}, {@code RedisSentinelClient} or any other {@link UnifiedJedis}). The
   * caller keeps owning the client: {@link #close()} does not close it. Its timeouts are the
   * caller's; set them, or a dead Redis may hold a callback for as long as the client waits.
   *
   * @param client a thread-safe, pooled client
   * @param keyPrefix put before every key, e.g. {@link #DEFAULT_KEY_PREFIX}; may be empty
   */
  public RedisDedupeStore(UnifiedJedis client, String keyPrefix) {
    this(
        Objects.requireNonNull(client, "client"),
        checkPrefix(keyPrefix),
        client.getClass().getSimpleName(),
        () -> {},
        false);
  }

  private RedisDedupeStore(
      UnifiedJedis client,
      String keyPrefix,
      String description,
      Runnable dropIdleConnections,
      boolean owned) {
    this.client = client;
    this.keyPrefix = keyPrefix;
    this.description = description;
    this.dropIdleConnections = dropIdleConnections;
    this.owned = owned;
    byte[] id = new byte[6];
    RANDOM.nextBytes(id);
    StringBuilder hex = new StringBuilder(12);
    for (byte b : id) {
      hex.append(String.format(Locale.ROOT, "%02x", b & 0xFF));
    }
    this.storeId = hex.toString();
  }

  /**
   * A store with its own pooled client, with {@link #DEFAULT_TIMEOUT} for connecting, for each
   * command and for waiting for a pooled connection. {@link #close()} closes the client. Nothing
   * is connected until the first call, so the application starts while Redis is down (and
   * callbacks answer a retryable error until it is up).
   *
   * @param redisUri {@code redis://[[user]:password@]host[:port][/database]}, or {@code rediss://}
   *     for TLS; the port defaults to 6379 and the database to 0
   * @param keyPrefix put before every key, e.g. {@link #DEFAULT_KEY_PREFIX}; may be empty
   * @return the store
   * @throws IllegalArgumentException if the URI is not a redis or rediss URI with a host (the
   *     message never contains the URI, which may hold a password)
   */
  public static RedisDedupeStore create(String redisUri, String keyPrefix) {
    return create(redisUri, keyPrefix, DEFAULT_TIMEOUT);
  }

  /**
   * A store with its own pooled client and the given timeout; see {@link #create(String,
   * String)}.
   *
   * @param redisUri {@code redis://[[user]:password@]host[:port][/database]} or {@code rediss://}
   * @param keyPrefix put before every key; may be empty
   * @param timeout for connecting, for each command and for waiting for a pooled connection;
   *     between 1 ms and 1 minute
   * @return the store
   * @throws IllegalArgumentException if the URI or the timeout is not valid
   */
  public static RedisDedupeStore create(String redisUri, String keyPrefix, Duration timeout) {
    String prefix = checkPrefix(keyPrefix);
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.toMillis() < 1 || timeout.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException("timeout must be between 1 ms and 1 minute");
    }
    RedisUri uri = RedisUri.parse(redisUri);
    OwnedClient owned = OwnedClient.open(uri, timeout);
    return new RedisDedupeStore(
        owned.client(),
        prefix,
        uri.redacted() + ", timeout=" + timeout,
        owned::dropIdleConnections,
        true);
  }

  private static String checkPrefix(String keyPrefix) {
    return Objects.requireNonNull(keyPrefix, "keyPrefix");
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code SET <prefix><key> <token> NX PX <ttl in ms>}.
   *
   * @throws RedisDedupeException if Redis did not answer (unreachable, timeout, refused command)
   * @throws IllegalArgumentException if {@code ttl} is shorter than 1 ms
   */
  @Override
  public boolean markIfAbsent(String key, Duration ttl) {
    String redisKey = redisKey(key);
    Objects.requireNonNull(ttl, "ttl");
    long ttlMillis = ttl.toMillis();
    if (ttlMillis < 1) {
      throw new IllegalArgumentException("ttl must be at least 1 ms");
    }
    String token = System.currentTimeMillis() + "/" + storeId + "/" + counter.incrementAndGet();
    try {
      return "OK".equals(client.set(redisKey, token, SetParams.setParams().nx().px(ttlMillis)));
    } catch (JedisConnectionException lost) {
      // The SET may or may not have been applied (for example a pooled connection that the last
      // Redis restart broke, or a reply lost in a reset). Retry once on a fresh connection; our
      // own token found there means our first attempt set the mark.
      dropIdleConnections.run();
      try {
        Object r = client.eval(MARK_OR_OWN_SCRIPT, 1, redisKey, token, Long.toString(ttlMillis));
        return Long.valueOf(1L).equals(r);
      } catch (JedisException again) {
        again.addSuppressed(lost);
        throw new RedisDedupeException("SET NX", again);
      }
    } catch (JedisException e) {
      throw new RedisDedupeException("SET NX", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code DEL <prefix><key>}.
   *
   * @throws RedisDedupeException if Redis did not answer
   */
  @Override
  public void unmark(String key) {
    String redisKey = redisKey(key);
    try {
      client.del(redisKey);
    } catch (JedisException e) {
      throw new RedisDedupeException("DEL", e);
    }
  }

  /**
   * Checks that Redis answers, for a health check: {@code PING}.
   *
   * @throws RedisDedupeException if it does not
   */
  public void ping() {
    try {
      String pong = client.ping();
      if (!"PONG".equalsIgnoreCase(pong)) {
        throw new RedisDedupeException("PING", "unexpected answer");
      }
    } catch (JedisException e) {
      throw new RedisDedupeException("PING", e);
    }
  }

  /**
   * The prefix put before every key.
   *
   * @return the prefix, possibly empty
   */
  public String keyPrefix() {
    return keyPrefix;
  }

  /**
   * The Redis key a dedupe key is stored under.
   *
   * @param key the handler's key, e.g. {@code openid/order_id}
   * @return {@link #keyPrefix()} followed by {@code key}
   */
  public String redisKey(String key) {
    return keyPrefix + Objects.requireNonNull(key, "key");
  }

  /**
   * Closes the client if {@link #create(String, String)} opened it; a client given to the
   * constructor stays open. Idempotent.
   */
  @Override
  public void close() {
    if (owned && closed.compareAndSet(false, true)) {
      client.close();
    }
  }

  /**
   * Where the store is, without the password.
   *
   * @return e.g. {@code RedisDedupeStore{redis://****@10.0.0.5:6379/0, timeout=PT1S,
   *     keyPrefix=gamesdk:dedupe:}}
   */
  @Override
  public String toString() {
    return "RedisDedupeStore{" + description + ", keyPrefix=" + keyPrefix + "}";
  }
}
