package io.github.gamesdk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.callback.DedupeStore;
import io.github.gamesdk.qqconnect.callback.VipCallbackResult;
import io.github.gamesdk.qqconnect.callback.VipOrder;
import io.github.gamesdk.qqconnect.callback.VipOrderCallbackHandler;
import io.github.gamesdk.redis.RedisDedupeException;
import io.github.gamesdk.redis.RedisDedupeStore;
import io.github.gamesdk.testkit.qqconnect.VipCallbackSender;
import io.github.gamesdk.testkit.redis.LocalRedisServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.RedisClient;

/**
 * The Redis deduplication store: created from {@code gamesdk.redis.*} when {@code sdk-redis} is
 * present, used by the VIP callback, closed with the context, and, against a real {@code
 * redis-server}, shared by two application instances so that an order both receive at once is
 * credited once.
 */
class RedisDedupeAutoConfigurationTest {
  static final String CALLBACK_KEY = "CallbackKey-r3d1s-5a6b";

  static LocalRedisServer redis;

  final WebApplicationContextRunner web =
      new WebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  GameSdkAutoConfiguration.class,
                  GameSdkRedisAutoConfiguration.class,
                  QqConnectAutoConfiguration.class))
          .withPropertyValues(
              "gamesdk.qqconnect.vip-callback.enabled=true",
              "gamesdk.qqconnect.vip-callback.callback-key=" + CALLBACK_KEY)
          .withUserConfiguration(Ledger.class);

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

  @Test
  void aRedisUriGivesTheCallbackTheRedisStoreWhichClosesWithTheContext() {
    RedisDedupeStore[] store = new RedisDedupeStore[1];
    web.withPropertyValues(
            "gamesdk.redis.uri=redis://:Pa55-r3d1s@127.0.0.1:6390/0", "gamesdk.redis.key-prefix=shop:dedupe:")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(RedisDedupeStore.class);
              store[0] = context.getBean(RedisDedupeStore.class);
              assertThat(store[0].keyPrefix()).isEqualTo("shop:dedupe:");
              assertThat(store[0].toString()).contains("127.0.0.1:6390").doesNotContain("Pa55-r3d1s");
              assertThat(context.getBean(VipOrderCallbackHandler.class).toString()).contains("RedisDedupeStore");
            });
    // Closed: a mark now fails instead of reaching a Redis.
    Throwable t = catchThrowable(() -> store[0].markIfAbsent("k", Duration.ofMinutes(1)));
    assertThat(t).isInstanceOf(RedisDedupeException.class);
  }

  @Test
  void theDefaultKeyPrefixIsTheStoresOwn() {
    assertThat(new GameSdkProperties().getRedis().getKeyPrefix()).isEqualTo(RedisDedupeStore.DEFAULT_KEY_PREFIX);
  }

  @Test
  void aBlankUriMeansNoRedis() {
    web.withPropertyValues("gamesdk.redis.uri=  ")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(RedisDedupeStore.class);
              assertThat(context.getBean(VipOrderCallbackHandler.class).toString()).contains("InMemoryDedupeStore");
            });
  }

  @Test
  void anApplicationsOwnStoreWinsOverRedis() {
    web.withPropertyValues("gamesdk.redis.uri=redis://127.0.0.1:6390")
        .withUserConfiguration(OwnStore.class)
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(RedisDedupeStore.class);
              assertThat(context.getBean(VipOrderCallbackHandler.class).toString()).contains("OwnStore");
            });
  }

  @Test
  void withoutSdkRedisTheUriStopsTheApplication() {
    web.withPropertyValues("gamesdk.redis.uri=redis://127.0.0.1:6390")
        .withClassLoader(new FilteredClassLoader(RedisDedupeStore.class))
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("sdk-redis");
            });
  }

  @Test
  void twoInstancesOnOneRedisCreditAnOrderThatReachesBothAtOnceOnce() throws Exception {
    Map<String, String> order = new LinkedHashMap<>(VipCallbackSender.SEED_EXAMPLE_ORDER);
    order.put("order_id", "20171012-" + System.nanoTime());
    VipCallbackSender.Delivery d = VipCallbackSender.create(Secret.of(CALLBACK_KEY)).delivery(order);
    WebApplicationContextRunner onRedis =
        web.withPropertyValues("gamesdk.redis.uri=" + redis.uri(), "gamesdk.redis.key-prefix=twoinstances:");
    onRedis.run(
        a ->
            onRedis.run(
                b -> {
                  List<VipOrderCallbackHandler> instances =
                      List.of(a.getBean(VipOrderCallbackHandler.class), b.getBean(VipOrderCallbackHandler.class));
                  List<VipOrder> credited = new CopyOnWriteArrayList<>();
                  // Each instance gets the delivery four times, all eight at once.
                  ExecutorService pool = Executors.newFixedThreadPool(8);
                  try {
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<VipCallbackResult>> results = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                      VipOrderCallbackHandler h = instances.get(i % 2);
                      results.add(
                          pool.submit(
                              () -> {
                                go.await();
                                return h.handle(d.queryString(), credited::add);
                              }));
                    }
                    go.countDown();
                    int accepted = 0;
                    for (Future<VipCallbackResult> f : results) {
                      VipCallbackResult r = f.get(10, TimeUnit.SECONDS);
                      assertThat(r.acknowledged()).isTrue();
                      if (r.status() == VipCallbackResult.Status.ACCEPTED) {
                        accepted++;
                      }
                    }
                    assertThat(accepted).isEqualTo(1);
                  } finally {
                    pool.shutdownNow();
                  }
                  assertThat(credited).hasSize(1);
                  assertThat(credited.get(0).orderId()).isEqualTo(order.get("order_id"));
                }));
    // The mark is in Redis under the configured prefix, as openid/order_id (seed 003 line 899).
    try (RedisClient client = RedisClient.create("127.0.0.1", redis.port())) {
      assertThat(client.exists("twoinstances:xjfdaldfjrefjfljljgfjg/" + order.get("order_id"))).isTrue();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Ledger {
    @Bean
    VipOrderCreditor creditor() {
      return order -> {};
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnStore {
    @Bean
    DedupeStore ownStore() {
      return new DedupeStore() {
        @Override
        public boolean markIfAbsent(String key, Duration ttl) {
          return true;
        }

        @Override
        public void unmark(String key) {}

        @Override
        public String toString() {
          return "OwnStore";
        }
      };
    }
  }
}
