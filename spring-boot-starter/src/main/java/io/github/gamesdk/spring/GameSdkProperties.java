package io.github.gamesdk.spring;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code gamesdk.*} properties shared by every vendor: the one HTTP pool, metrics, and the
 * Redis deduplication store. Each vendor's own properties live under {@code gamesdk.<vendor>} (for
 * example {@link QqConnectProperties}). See {@code docs/spring-boot.md}.
 */
@ConfigurationProperties("gamesdk")
public class GameSdkProperties {
  private final Http http = new Http();
  private final Metrics metrics = new Metrics();
  private final Redis redis = new Redis();

  /** Creates the properties with their defaults. */
  public GameSdkProperties() {}

  /**
   * {@code gamesdk.http.*}: the HTTP pool every client shares.
   *
   * @return the HTTP settings
   */
  public Http getHttp() {
    return http;
  }

  /**
   * {@code gamesdk.metrics.*}: the Micrometer binding.
   *
   * @return the metrics settings
   */
  public Metrics getMetrics() {
    return metrics;
  }

  /**
   * {@code gamesdk.redis.*}: the shared store that deduplicates inbound callbacks.
   *
   * @return the Redis settings
   */
  public Redis getRedis() {
    return redis;
  }

  @Override
  public String toString() {
    return "GameSdkProperties{http=" + http + ", metrics=" + metrics + ", redis=" + redis + "}";
  }

  /**
   * {@code gamesdk.http.*}: limits of the one {@link io.github.gamesdk.core.http.GameSdkHttp} that
   * every vendor client shares (its connection pool and dispatcher).
   */
  public static class Http {
    /** How many calls run at once in all; more wait in a queue. */
    private int maxRequests = 256;
    /** How many calls run at once against one vendor host; more wait in a queue. */
    private int maxRequestsPerHost = 64;
    /** How many idle connections the pool keeps. */
    private int maxIdleConnections = 32;
    /** How long an idle connection is kept. */
    private Duration keepAlive = Duration.ofMinutes(5);

    /** Creates the settings with their defaults. */
    public Http() {}

    /**
     * How many calls run at once in all; more wait in a queue.
     *
     * @return default 256
     */
    public int getMaxRequests() {
      return maxRequests;
    }

    /**
     * Sets {@code gamesdk.http.max-requests}.
     *
     * @param maxRequests at least 1
     */
    public void setMaxRequests(int maxRequests) {
      this.maxRequests = maxRequests;
    }

    /**
     * How many calls run at once against one vendor host; more wait in a queue.
     *
     * @return default 64
     */
    public int getMaxRequestsPerHost() {
      return maxRequestsPerHost;
    }

    /**
     * Sets {@code gamesdk.http.max-requests-per-host}.
     *
     * @param maxRequestsPerHost at least 1
     */
    public void setMaxRequestsPerHost(int maxRequestsPerHost) {
      this.maxRequestsPerHost = maxRequestsPerHost;
    }

    /**
     * How many idle connections the pool keeps.
     *
     * @return default 32
     */
    public int getMaxIdleConnections() {
      return maxIdleConnections;
    }

    /**
     * Sets {@code gamesdk.http.max-idle-connections}.
     *
     * @param maxIdleConnections at least 1
     */
    public void setMaxIdleConnections(int maxIdleConnections) {
      this.maxIdleConnections = maxIdleConnections;
    }

    /**
     * How long an idle connection is kept.
     *
     * @return default 5 minutes
     */
    public Duration getKeepAlive() {
      return keepAlive;
    }

    /**
     * Sets {@code gamesdk.http.keep-alive}.
     *
     * @param keepAlive a positive duration
     */
    public void setKeepAlive(Duration keepAlive) {
      this.keepAlive = keepAlive;
    }

    @Override
    public String toString() {
      return "Http{maxRequests=" + maxRequests + ", maxRequestsPerHost=" + maxRequestsPerHost
          + ", maxIdleConnections=" + maxIdleConnections + ", keepAlive=" + keepAlive + "}";
    }
  }

  /** {@code gamesdk.metrics.*}: the Micrometer binding of {@code sdk-metrics}. */
  public static class Metrics {
    /** Whether every client reports to the MeterRegistry when one exists and sdk-metrics is on the classpath. */
    private boolean enabled = true;
    /** Whether the gamesdk.calls timer carries the vendor's documented error code as tag 'code'. */
    private boolean vendorCodes = true;

    /** Creates the settings with their defaults. */
    public Metrics() {}

    /**
     * Whether every client reports to the application's {@code MeterRegistry} when one exists
     * and {@code sdk-metrics} is on the classpath.
     *
     * @return default {@code true}
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@code gamesdk.metrics.enabled}.
     *
     * @param enabled whether to record metrics
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Whether {@code gamesdk.calls} carries the vendor's documented error code as tag {@code code}.
     *
     * @return default {@code true}
     */
    public boolean isVendorCodes() {
      return vendorCodes;
    }

    /**
     * Sets {@code gamesdk.metrics.vendor-codes}.
     *
     * @param vendorCodes whether to tag vendor codes
     */
    public void setVendorCodes(boolean vendorCodes) {
      this.vendorCodes = vendorCodes;
    }

    @Override
    public String toString() {
      return "Metrics{enabled=" + enabled + ", vendorCodes=" + vendorCodes + "}";
    }
  }

  /**
   * {@code gamesdk.redis.*}: the Redis server that deduplicates inbound callbacks across
   * application instances, used when {@code sdk-redis} is on the classpath.
   */
  public static class Redis {
    /** Redis URI of the shared callback deduplication store, e.g. redis://:password@redis.internal:6379/0. Needs sdk-redis. */
    private Secret uri;
    /** Prefix of every key the Redis deduplication store writes. */
    private String keyPrefix = "gamesdk:dedupe:";

    /** Creates the settings with their defaults. */
    public Redis() {}

    /**
     * The Redis URI, for example {@code redis://:password@redis.internal:6379/0}. A {@link
     * Secret}, as it may carry a password.
     *
     * @return the URI, or {@code null} when no Redis is configured
     */
    @Nullable
    public Secret getUri() {
      return uri;
    }

    /**
     * Sets {@code gamesdk.redis.uri}.
     *
     * @param uri the URI
     */
    public void setUri(@Nullable Secret uri) {
      this.uri = uri;
    }

    /**
     * The prefix of every key the store writes.
     *
     * @return default {@code gamesdk:dedupe:}
     */
    public String getKeyPrefix() {
      return keyPrefix;
    }

    /**
     * Sets {@code gamesdk.redis.key-prefix}.
     *
     * @param keyPrefix the prefix, for example {@code shop:gamesdk:dedupe:}
     */
    public void setKeyPrefix(String keyPrefix) {
      this.keyPrefix = keyPrefix;
    }

    @Override
    public String toString() {
      return "Redis{uri=" + uri + ", keyPrefix=" + keyPrefix + "}";
    }
  }
}
