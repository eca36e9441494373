package io.github.gamesdk.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.testkit.redis.LocalRedisServer;
import io.github.gamesdk.testkit.redis.RequiresRedisServer;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;

/**
 * {@link RedisDedupeStore} against a real {@code redis-server} on a free local port. What the
 * store wrote is read back with a separate plain {@link Jedis} connection, not through the store.
 */
@ExtendWith(RequiresRedisServer.class)
class RedisDedupeStoreTest {
  static LocalRedisServer redis;

  RedisDedupeStore store;
  Jedis raw;
  String prefix;

  @BeforeAll
  static void startRedis() throws IOException {
    redis = LocalRedisServer.startOrSkip();
  }

  @AfterAll
  static void stopRedis() {
    if (redis != null) {
      redis.close();
    }
  }

  @BeforeEach
  void open() throws IOException {
    redis.restart();
    prefix = "test:" + UUID.randomUUID() + ":";
    store = RedisDedupeStore.create(redis.uri(), prefix);
    raw = new Jedis("127.0.0.1", redis.port());
  }

  @AfterEach
  void close() {
    store.close();
    raw.close();
  }

  @Test
  void firstMarkWinsAndTheKeyIsThePrefixFollowedByTheKey() {
    String key = "29439511BB5D23F36BD09F5B0DF94181/20171012-1712128958";
    assertThat(store.markIfAbsent(key, Duration.ofDays(7))).isTrue();
    assertThat(store.markIfAbsent(key, Duration.ofDays(7))).isFalse();

    assertThat(raw.exists(prefix + key)).isTrue();
    long pttl = raw.pttl(prefix + key);
    assertThat(pttl).isBetween(Duration.ofDays(7).toMillis() - 60_000, Duration.ofDays(7).toMillis());
    // <epoch ms>/<store id>/<n>
    assertThat(raw.get(prefix + key)).matches("[0-9]{13}/[0-9a-f]{12}/1");
    assertThat(raw.keys(prefix + "*")).containsExactly(prefix + key);
  }

  @Test
  void aMarkExpiresAfterItsTtl() throws InterruptedException {
    assertThat(store.markIfAbsent("o/1", Duration.ofMillis(150))).isTrue();
    assertThat(store.markIfAbsent("o/1", Duration.ofMillis(150))).isFalse();
    long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    while (raw.exists(prefix + "o/1") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(store.markIfAbsent("o/1", Duration.ofMillis(150))).isTrue();
  }

  @Test
  void unmarkLetsTheKeyBeMarkedAgain() {
    assertThat(store.markIfAbsent("o/2", Duration.ofMinutes(1))).isTrue();
    store.unmark("o/2");
    assertThat(raw.exists(prefix + "o/2")).isFalse();
    assertThat(store.markIfAbsent("o/2", Duration.ofMinutes(1))).isTrue();
    store.unmark("never-marked");
  }

  @Test
  void marksSurviveTheApplicationRestarting() {
    assertThat(store.markIfAbsent("o/3", Duration.ofMinutes(1))).isTrue();
    store.close();
    try (RedisDedupeStore again = RedisDedupeStore.create(redis.uri(), prefix)) {
      assertThat(again.markIfAbsent("o/3", Duration.ofMinutes(1))).isFalse();
    }
  }

  @Test
  void prefixesSeparateApplications() {
    try (RedisDedupeStore other = RedisDedupeStore.create(redis.uri(), prefix + "other:")) {
      assertThat(store.markIfAbsent("o/4", Duration.ofMinutes(1))).isTrue();
      assertThat(other.markIfAbsent("o/4", Duration.ofMinutes(1))).isTrue();
      assertThat(other.markIfAbsent("o/4", Duration.ofMinutes(1))).isFalse();
    }
  }

  @Test
  void theDefaultPrefix() {
    assertThat(RedisDedupeStore.DEFAULT_KEY_PREFIX).isEqualTo("gamesdk:dedupe:");
    try (RedisDedupeStore d =
        RedisDedupeStore.create(redis.uri(), RedisDedupeStore.DEFAULT_KEY_PREFIX)) {
      String key = "default-prefix/" + UUID.randomUUID();
      assertThat(d.markIfAbsent(key, Duration.ofMinutes(1))).isTrue();
      assertThat(raw.exists("gamesdk:dedupe:" + key)).isTrue();
      assertThat(d.redisKey("a/b")).isEqualTo("gamesdk:dedupe:a/b");
      assertThat(d.keyPrefix()).isEqualTo("gamesdk:dedupe:");
    }
  }

  @Test
  void aDatabaseInTheUriIsUsed() {
    try (RedisDedupeStore db3 = RedisDedupeStore.create(redis.uri() + "/3", prefix)) {
      assertThat(db3.markIfAbsent("o/5", Duration.ofMinutes(1))).isTrue();
      assertThat(raw.exists(prefix + "o/5")).isFalse();
      raw.select(3);
      assertThat(raw.exists(prefix + "o/5")).isTrue();
    }
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> store.markIfAbsent("k", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.markIfAbsent(null, Duration.ofMinutes(1)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.markIfAbsent("k", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aStoppedRedisFailsFastAndARestartedOneIsUsedAgain() throws IOException {
    assertThat(store.markIfAbsent("before", Duration.ofMinutes(1))).isTrue();
    store.ping();
    redis.stop();

    long start = System.nanoTime();
    assertThatThrownBy(() -> store.markIfAbsent("during", Duration.ofMinutes(1)))
        .isInstanceOf(RedisDedupeException.class)
        .hasMessageStartingWith("Redis SET NX failed: ")
        .hasMessageNotContaining("during");
    assertThatThrownBy(() -> store.unmark("during"))
        .isInstanceOf(RedisDedupeException.class)
        .hasMessageStartingWith("Redis DEL failed: ");
    assertThatThrownBy(store::ping).isInstanceOf(RedisDedupeException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));

    redis.restart();
    // The pooled connections broken by the restart are replaced without an error to the caller.
    assertThat(store.markIfAbsent("after", Duration.ofMinutes(1))).isTrue();
    store.ping();
  }

  @Test
  void aRedisRestartBetweenTwoCallsIsNotSeenByTheCaller() throws Exception {
    // Fill the pool with several idle connections, all of which the restart breaks.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> marks = new java.util.ArrayList<>();
      for (int i = 0; i < 60; i++) {
        String key = "warm/" + i;
        marks.add(pool.submit(() -> store.markIfAbsent(key, Duration.ofMinutes(1))));
      }
      for (java.util.concurrent.Future<Boolean> f : marks) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
    redis.stop();
    redis.restart();
    for (int i = 0; i < 10; i++) {
      assertThat(store.markIfAbsent("after-restart/" + i, Duration.ofMinutes(1))).isTrue();
      assertThat(store.markIfAbsent("after-restart/" + i, Duration.ofMinutes(1))).isFalse();
    }
  }

  @Test
  void anUnansweringRedisTimesOut() throws Exception {
    // A socket that accepts connections and never answers: a hung Redis.
    try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50,
        java.net.InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        java.util.List<java.net.Socket> held = new java.util.ArrayList<>();
        try {
          while (true) {
            held.add(silent.accept());
          }
        } catch (IOException closed) {
          for (java.net.Socket s : held) {
            try {
              s.close();
            } catch (IOException ignored) {
              // closing a test socket
            }
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      try (RedisDedupeStore hung = RedisDedupeStore.create(
          "redis://127.0.0.1:" + silent.getLocalPort(), prefix, Duration.ofMillis(200))) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> hung.markIfAbsent("k", Duration.ofMinutes(1)))
            .isInstanceOf(RedisDedupeException.class);
        // One timeout for the SET and one for its retry, plus connecting.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
      }
    }
  }

  @Test
  void aRedissUriOpensTls() throws Exception {
    // A socket that keeps the first byte each connection sends and then hangs up: a TLS client
    // opens with a handshake record, content type 22 (RFC 8446 section 5.1); RESP would send '*'.
    try (java.net.ServerSocket server = new java.net.ServerSocket(0, 50,
        java.net.InetAddress.getLoopbackAddress())) {
      java.util.concurrent.BlockingQueue<Integer> firstBytes =
          new java.util.concurrent.LinkedBlockingQueue<>();
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            try (java.net.Socket s = server.accept()) {
              s.setSoTimeout(2000);
              firstBytes.add(s.getInputStream().read());
            }
          }
        } catch (IOException closed) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      try (RedisDedupeStore tls = RedisDedupeStore.create(
          "rediss://:pw-tls-4b1d@127.0.0.1:" + server.getLocalPort(), prefix, Duration.ofMillis(500))) {
        assertThatThrownBy(() -> tls.markIfAbsent("k", Duration.ofMinutes(1)))
            .isInstanceOf(RedisDedupeException.class)
            .hasMessageNotContaining("pw-tls-4b1d");
      }
      assertThat(firstBytes.poll(2, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(22);
    }
  }

  @Test
  void theRetryScriptCountsOnlyItsOwnTokenAsSet() {
    String key = prefix + "script";
    Object first = raw.eval(RedisDedupeStore.MARK_OR_OWN_SCRIPT, 1, key, "tokenA", "60000");
    assertThat(first).isEqualTo(1L);
    assertThat(raw.get(key)).isEqualTo("tokenA");
    assertThat(raw.pttl(key)).isBetween(59_000L, 60_000L);
    assertThat(raw.eval(RedisDedupeStore.MARK_OR_OWN_SCRIPT, 1, key, "tokenA", "60000"))
        .isEqualTo(1L);
    assertThat(raw.eval(RedisDedupeStore.MARK_OR_OWN_SCRIPT, 1, key, "tokenB", "60000"))
        .isEqualTo(0L);
    assertThat(raw.get(key)).isEqualTo("tokenA");
  }

  @Test
  void aPasswordProtectedRedis() throws IOException {
    try (LocalRedisServer locked = LocalRedisServer.startOrSkip("pw-7f3c9a")) {
      try (RedisDedupeStore ok = RedisDedupeStore.create(locked.uri(), prefix)) {
        assertThat(ok.markIfAbsent("k", Duration.ofMinutes(1))).isTrue();
        assertThat(ok.toString()).doesNotContain("pw-7f3c9a");
      }
      String wrong = "redis://:wrong-9d2e@127.0.0.1:" + locked.port();
      try (RedisDedupeStore bad = RedisDedupeStore.create(wrong, prefix)) {
        assertThatThrownBy(() -> bad.markIfAbsent("k", Duration.ofMinutes(1)))
            .isInstanceOf(RedisDedupeException.class)
            .hasMessageNotContaining("wrong-9d2e");
        assertThat(bad.toString()).doesNotContain("wrong-9d2e");
      }
    }
  }

  @Test
  void aClientTheCallerOwnsIsNotClosed() {
    try (RedisClient mine = RedisClient.create("127.0.0.1", redis.port())) {
      RedisDedupeStore wrapped = new RedisDedupeStore(mine, prefix);
      assertThat(wrapped.markIfAbsent("mine", Duration.ofMinutes(1))).isTrue();
      assertThat(store.markIfAbsent("mine", Duration.ofMinutes(1))).isFalse();
      wrapped.close();
      assertThat(mine.exists(prefix + "mine")).isTrue();
      assertThat(wrapped.toString()).isEqualTo("RedisDedupeStore{RedisClient, keyPrefix=" + prefix + "}");
    }
  }
}
