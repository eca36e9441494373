package io.github.gamesdk.spring;

import io.github.gamesdk.core.callback.DedupeStore;
import io.github.gamesdk.redis.RedisDedupeStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The shared deduplication store of inbound callbacks (the QQ VIP order callback), in Redis: a
 * {@link RedisDedupeStore} bean when {@code sdk-redis} is on the classpath, {@code
 * gamesdk.redis.uri} is set and the application declares no {@link DedupeStore} of its own. Every
 * application instance that points at the same Redis and {@code gamesdk.redis.key-prefix} then
 * credits an order once, however many of them receive it.
 */
@AutoConfiguration(after = GameSdkAutoConfiguration.class)
@ConditionalOnClass(RedisDedupeStore.class)
public class GameSdkRedisAutoConfiguration {
  /** Created by Spring. */
  public GameSdkRedisAutoConfiguration() {}

  /**
   * The store, with its own connection pool and a 1 s timeout ({@link
   * RedisDedupeStore#DEFAULT_TIMEOUT}); nothing connects until the first callback, so the
   * application starts while Redis is down. Closed when the application context closes.
   *
   * @param properties the {@code gamesdk.*} properties
   * @return the store
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(DedupeStore.class)
  @Conditional(OnRedisUriCondition.class)
  public RedisDedupeStore gameSdkRedisDedupeStore(GameSdkProperties properties) {
    GameSdkProperties.Redis redis = properties.getRedis();
    return RedisDedupeStore.create(redis.getUri().reveal(), redis.getKeyPrefix());
  }
}
