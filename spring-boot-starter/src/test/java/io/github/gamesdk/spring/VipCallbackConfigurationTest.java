package io.github.gamesdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.callback.DedupeStore;
import io.github.gamesdk.qqconnect.callback.VipCallbackResult;
import io.github.gamesdk.qqconnect.callback.VipOrder;
import io.github.gamesdk.qqconnect.callback.VipOrderCallbackHandler;
import io.github.gamesdk.testkit.qqconnect.VipCallbackSender;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When the VIP callback endpoint exists (servlet web application, opted in, key and creditor
 * present) and which deduplication store it uses.
 */
class VipCallbackConfigurationTest {
  static final String CALLBACK_KEY = "CallbackKey-c0nf1g-2d3e";

  final WebApplicationContextRunner web =
      new WebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(GameSdkAutoConfiguration.class, QqConnectAutoConfiguration.class))
          .withPropertyValues(
              "gamesdk.qqconnect.vip-callback.enabled=true",
              "gamesdk.qqconnect.vip-callback.callback-key=" + CALLBACK_KEY);

  @Test
  void optedInWithAKeyAndACreditorTheEndpointExists() {
    web.withUserConfiguration(CreditorConfig.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(VipOrderCallbackHandler.class);
              assertThat(context).hasBean("qqVipCallbackRoute");
              // The callback needs no QQ Connect client: it has a key of its own.
              assertThat(context).doesNotHaveBean("qqConnectClient");
            });
  }

  @Test
  void notOptedInNoEndpoint() {
    new WebApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(GameSdkAutoConfiguration.class, QqConnectAutoConfiguration.class))
        .withPropertyValues("gamesdk.qqconnect.vip-callback.callback-key=" + CALLBACK_KEY)
        .withUserConfiguration(CreditorConfig.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(VipOrderCallbackHandler.class);
              assertThat(context).doesNotHaveBean("qqVipCallbackRoute");
            });
  }

  @Test
  void notAWebApplicationNoEndpoint() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(GameSdkAutoConfiguration.class, QqConnectAutoConfiguration.class))
        .withPropertyValues(
            "gamesdk.qqconnect.vip-callback.enabled=true",
            "gamesdk.qqconnect.vip-callback.callback-key=" + CALLBACK_KEY)
        .withUserConfiguration(CreditorConfig.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean("qqVipCallbackRoute");
            });
  }

  @Test
  void withoutACreditorTheApplicationDoesNotStart() {
    web.run(
        context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("VipOrderCreditor bean");
        });
  }

  @Test
  void withoutACallbackKeyTheApplicationDoesNotStart() {
    new WebApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(GameSdkAutoConfiguration.class, QqConnectAutoConfiguration.class))
        .withPropertyValues("gamesdk.qqconnect.vip-callback.enabled=true")
        .withUserConfiguration(CreditorConfig.class)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .hasMessageContaining("gamesdk.qqconnect.vip-callback.callback-key");
            });
  }

  @Test
  void aPathNotStartingWithSlashIsRefused() {
    web.withUserConfiguration(CreditorConfig.class)
        .withPropertyValues("gamesdk.qqconnect.vip-callback.path=vip")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("must start with /");
            });
  }

  @Test
  void theApplicationsDedupeStoreIsUsed() {
    web.withUserConfiguration(CreditorConfig.class, StoreConfig.class)
        .run(
            context -> {
              VipOrderCallbackHandler handler = context.getBean(VipOrderCallbackHandler.class);
              RecordingStore store = context.getBean(RecordingStore.class);
              VipCallbackSender.Delivery d = VipCallbackSender.create(Secret.of(CALLBACK_KEY)).seedExample();
              List<VipOrder> credited = new CopyOnWriteArrayList<>();
              assertThat(handler.handle(d.queryString(), credited::add).status())
                  .isEqualTo(VipCallbackResult.Status.ACCEPTED);
              assertThat(handler.handle(d.queryString(), credited::add).status())
                  .isEqualTo(VipCallbackResult.Status.DUPLICATE);
              assertThat(credited).hasSize(1);
              // openid + "/" + order_id of the seed's example (seed 003 lines 868-875).
              assertThat(store.marks).containsOnlyKeys("xjfdaldfjrefjfljljgfjg/20171012-1712128958");
            });
  }

  @Test
  void maxAgeAndDedupeTtlAreChecked() {
    web.withUserConfiguration(CreditorConfig.class)
        .withPropertyValues(
            "gamesdk.qqconnect.vip-callback.max-age=10m", "gamesdk.qqconnect.vip-callback.dedupe-ttl=15m")
        .run(
            context -> {
              // The handler refuses a TTL not longer than twice max-age: a replay could slip in.
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("dedupeTtl");
            });
    web.withUserConfiguration(CreditorConfig.class)
        .withPropertyValues(
            "gamesdk.qqconnect.vip-callback.max-age=10m", "gamesdk.qqconnect.vip-callback.dedupe-ttl=1d")
        .run(
            context -> {
              VipOrderCallbackHandler handler = context.getBean(VipOrderCallbackHandler.class);
              assertThat(handler.toString()).contains("maxAge=PT10M").contains("dedupeTtl=PT24H");
              // 15 minutes old: outside the 10 minute window.
              VipCallbackSender.Delivery stale =
                  VipCallbackSender.create(Secret.of(CALLBACK_KEY)).seedExample().olderBy(Duration.ofMinutes(15));
              assertThat(handler.handle(stale.queryString(), o -> {}).status())
                  .isEqualTo(VipCallbackResult.Status.STALE);
            });
  }

  @Test
  void aRedisUriWithoutSdkRedisOnTheClasspathIsRefusedRatherThanDeduplicatingInMemory() {
    web.withUserConfiguration(CreditorConfig.class)
        .withPropertyValues("gamesdk.redis.uri=redis://127.0.0.1:6390")
        .withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader("io.github.gamesdk.redis"))
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .hasMessageContaining("gamesdk.redis.uri is set but io.github.gamesdk:sdk-redis is not on the classpath");
            });
  }

  @Configuration(proxyBeanMethods = false)
  static class CreditorConfig {
    final List<VipOrder> credited = new CopyOnWriteArrayList<>();

    @Bean
    VipOrderCreditor creditor() {
      return credited::add;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class StoreConfig {
    @Bean
    RecordingStore recordingStore() {
      return new RecordingStore();
    }
  }

  /** A store that remembers its marks in a map, as an application's own store would elsewhere. */
  static final class RecordingStore implements DedupeStore {
    final Map<String, Duration> marks = new ConcurrentHashMap<>();

    @Override
    public boolean markIfAbsent(String key, Duration ttl) {
      return marks.putIfAbsent(key, ttl) == null;
    }

    @Override
    public void unmark(String key) {
      marks.remove(key);
    }
  }
}
