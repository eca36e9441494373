package io.github.gamesdk.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.qqconnect.callback.VipCallbackResult;
import io.github.gamesdk.qqconnect.callback.VipCallbackResult.Status;
import io.github.gamesdk.qqconnect.callback.VipOrder;
import io.github.gamesdk.qqconnect.callback.VipOrderCallbackHandler;
import io.github.gamesdk.testkit.qqconnect.VipCallbackSender;
import io.github.gamesdk.testkit.redis.LocalRedisServer;
import io.github.gamesdk.testkit.redis.RequiresRedisServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The QQ VIP order callback (seed 003 lines 826-925) through {@link RedisDedupeStore} on a real
 * {@code redis-server}: two application instances, each with its own Redis client and handler,
 * receive the same orders concurrently and credit each once; with Redis down, nothing is credited
 * and the vendor is asked to deliver again; when Redis is back, orders are credited again.
 */
@ExtendWith(RequiresRedisServer.class)
class VipCallbackThroughRedisTest {
  static final Secret KEY = Secret.of("vip-callback-key-for-redis-test");
  static final VipCallbackSender QQ_VIP = VipCallbackSender.create(KEY);

  static LocalRedisServer redis;

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

  /** An order as QQ VIP forwards it (lines 879-895): every value a string. */
  static Map<String, String> order(Random random, int n) {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("aid", "mvip.p.hz.test");
    o.put("msg_time", Long.toString(System.currentTimeMillis() / 1000));
    o.put("open_months", Integer.toString(1 + random.nextInt(12)));
    o.put("open_type", random.nextBoolean() ? "vip" : "svip");
    o.put("openid", String.format(Locale.ROOT, "%016X%016X", random.nextLong(), random.nextLong()));
    o.put("order_id", "20250101-" + (1_000_000_000L + n));
    return o;
  }

  static VipOrderCallbackHandler handler(RedisDedupeStore store) {
    return VipOrderCallbackHandler.builder(KEY).dedupeStore(store).build();
  }

  @Test
  void twoInstancesCreditEachOfTheSameThousandOrdersOnce() throws Exception {
    String prefix = "it:" + UUID.randomUUID() + ":";
    int orders = 1000;
    int deliveriesPerInstance = 2;
    Random random = new Random(20250101);
    List<String> queries = new ArrayList<>();
    List<String> orderIds = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      Map<String, String> o = order(random, i);
      orderIds.add(o.get("order_id"));
      queries.add(QQ_VIP.delivery(o).queryString());
    }

    Map<String, AtomicInteger> credits = new ConcurrentHashMap<>();
    Consumer<VipOrder> credit =
        o -> credits.computeIfAbsent(o.orderId(), k -> new AtomicInteger()).incrementAndGet();
    Map<Status, AtomicInteger> answers = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      answers.put(s, new AtomicInteger());
    }

    // Each instance gets every order twice, in its own shuffled order, from 8 threads.
    List<Runnable> work = new ArrayList<>();
    List<Long> latenciesNanos = Collections.synchronizedList(new ArrayList<>());
    try (RedisDedupeStore storeA = RedisDedupeStore.create(redis.uri(), prefix);
        RedisDedupeStore storeB = RedisDedupeStore.create(redis.uri(), prefix)) {
      for (VipOrderCallbackHandler instance : Arrays.asList(handler(storeA), handler(storeB))) {
        for (int d = 0; d < deliveriesPerInstance; d++) {
          for (String q : queries) {
            work.add(
                () -> {
                  long t0 = System.nanoTime();
                  VipCallbackResult r = instance.handle(q, credit);
                  latenciesNanos.add(System.nanoTime() - t0);
                  answers.get(r.status()).incrementAndGet();
                });
          }
        }
      }
      Collections.shuffle(work, random);
      ExecutorService threads = Executors.newFixedThreadPool(16);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      int chunk = work.size() / 16;
      for (int t = 0; t < 16; t++) {
        List<Runnable> mine = work.subList(t * chunk, t == 15 ? work.size() : (t + 1) * chunk);
        done.add(
            threads.submit(
                () -> {
                  go.await();
                  mine.forEach(Runnable::run);
                  return null;
                }));
      }
      long start = System.nanoTime();
      go.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
      long elapsed = System.nanoTime() - start;
      threads.shutdown();

      int total = orders * deliveriesPerInstance * 2;
      assertThat(answers.get(Status.ACCEPTED)).hasValue(orders);
      assertThat(answers.get(Status.DUPLICATE)).hasValue(total - orders);
      assertThat(credits.keySet()).containsExactlyInAnyOrderElementsOf(orderIds);
      assertThat(credits.values()).allSatisfy(c -> assertThat(c).hasValue(1));

      List<Long> sorted = new ArrayList<>(latenciesNanos);
      Collections.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "VIP callbacks through Redis: %d deliveries, 2 instances, 16 threads in %.0f ms:"
              + " %.0f callbacks/s, p50 %.3f ms, p99 %.3f ms%n",
          total,
          elapsed / 1e6,
          total / (elapsed / 1e9),
          sorted.get(sorted.size() / 2) / 1e6,
          sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6);
    }
  }

  @Test
  void withRedisDownNothingIsCreditedAndTheVendorIsAskedToRetry() throws IOException {
    String prefix = "it:" + UUID.randomUUID() + ":";
    Random random = new Random(7);
    List<VipCallbackSender.Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      deliveries.add(QQ_VIP.delivery(order(random, i)));
    }
    List<String> credited = Collections.synchronizedList(new ArrayList<>());
    Consumer<VipOrder> credit = o -> credited.add(o.orderId());

    try (RedisDedupeStore store = RedisDedupeStore.create(redis.uri(), prefix)) {
      VipOrderCallbackHandler vip = handler(store);
      assertThat(vip.handle(deliveries.get(0).queryString(), credit).status())
          .isEqualTo(Status.ACCEPTED);
      redis.stop();
      try {
        for (VipCallbackSender.Delivery d : deliveries) {
          long t0 = System.nanoTime();
          VipCallbackResult r = vip.handle(d.queryString(), credit);
          assertThat(r.status()).isEqualTo(Status.RETRY_LATER);
          assertThat(r.acknowledged()).isFalse();
          assertThat(r.responseBody()).isEqualTo("{\"ret\":-4,\"msg\":\"try again later\"}");
          assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
        }
        assertThat(credited).hasSize(1);
      } finally {
        redis.restart();
      }
      // Back up, and empty: nothing is persisted by the test server, so the first order, whose
      // mark was lost with Redis' memory, is accepted again. Every other order is credited once.
      for (VipCallbackSender.Delivery d : deliveries) {
        assertThat(vip.handle(d.queryString(), credit).status()).isEqualTo(Status.ACCEPTED);
        assertThat(vip.handle(d.queryString(), credit).status()).isEqualTo(Status.DUPLICATE);
      }
      assertThat(credited).hasSize(1 + deliveries.size());
    }
  }

  @Test
  void aForgedOrStaleDeliveryNeverReachesRedis() {
    String prefix = "it:" + UUID.randomUUID() + ":";
    VipCallbackSender.Delivery d = QQ_VIP.delivery(order(new Random(3), 1));
    List<String> credited = new ArrayList<>();
    try (RedisDedupeStore store = RedisDedupeStore.create(redis.uri(), prefix);
        redis.clients.jedis.Jedis raw = new redis.clients.jedis.Jedis("127.0.0.1", redis.port())) {
      VipOrderCallbackHandler vip = handler(store);
      assertThat(vip.handle(d.forgeSign().queryString(), o -> credited.add(o.orderId())).status())
          .isEqualTo(Status.BAD_SIGNATURE);
      assertThat(
              vip.handle(d.olderBy(Duration.ofHours(2)).queryString(), o -> credited.add(o.orderId()))
                  .status())
          .isEqualTo(Status.STALE);
      assertThat(raw.keys(prefix + "*")).isEmpty();
      assertThat(credited).isEmpty();
    }
  }
}
