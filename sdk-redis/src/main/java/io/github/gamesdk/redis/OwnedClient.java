package io.github.gamesdk.redis;

import java.time.Duration;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.SslOptions;
import redis.clients.jedis.UnifiedJedis;

/**
 * The pooled client that {@link RedisDedupeStore#create(String, String, Duration)} opens. Kept
 * apart from the store so that the store's own class needs only {@link UnifiedJedis}: an
 * application on an older Jedis line (without {@link RedisClient}) can still use the store's
 * constructor with its own client.
 */
final class OwnedClient {
  /** Connections one store keeps at most: the callback threads of a busy receiver. */
  static final int MAX_CONNECTIONS = 32;

  private final RedisClient client;

  private OwnedClient(RedisClient client) {
    this.client = client;
  }

  static OwnedClient open(RedisUri uri, Duration timeout) {
    int millis = (int) timeout.toMillis();
    DefaultJedisClientConfig.Builder config =
        DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis(millis)
            .socketTimeoutMillis(millis)
            .database(uri.database());
    if (uri.tls()) {
      // The JVM's trust store, and the host name checked against the certificate (the builder's
      // default SslVerifyMode.FULL). Jedis 7.5 calls this SslOptions.defaults(); the builder also
      // exists in the Jedis 7.4 that Spring Boot 4.1 manages.
      config.sslOptions(SslOptions.builder().build());
    }
    if (uri.password() != null) {
      config.user(uri.user()).password(uri.password());
    }
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(MAX_CONNECTIONS);
    pool.setMaxIdle(MAX_CONNECTIONS);
    pool.setMinIdle(0);
    pool.setBlockWhenExhausted(true);
    pool.setMaxWait(timeout);
    RedisClient client =
        RedisClient.builder()
            .hostAndPort(uri.host(), uri.port())
            .clientConfig(config.build())
            .poolConfig(pool)
            .build();
    return new OwnedClient(client);
  }

  UnifiedJedis client() {
    return client;
  }

  /**
   * Closes the idle pooled connections, which a Redis restart may have broken, so the next
   * command opens a new one.
   */
  void dropIdleConnections() {
    client.getPool().clear();
  }
}
