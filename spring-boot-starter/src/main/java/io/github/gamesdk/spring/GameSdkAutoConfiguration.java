package io.github.gamesdk.spring;

import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.metrics.MicrometerRequestListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every gamesdk vendor client shares: the binding of {@code Secret} properties, the one
 * {@link GameSdkHttp} (closed when the application stops), and, when the application has a
 * Micrometer {@link MeterRegistry} and {@code sdk-metrics} is on the classpath, a {@link
 * MicrometerRequestListener} that every auto-configured client reports to.
 *
 * <p>Every {@link io.github.gamesdk.core.http.RequestListener} bean, the metrics listener and the
 * application's own, is added to every auto-configured client. The vendor clients are configured by
 * one auto-configuration per vendor, each guarded by the presence of its client class (for example
 * {@link QqConnectAutoConfiguration}), which all run after this one.
 *
 * <p>Runs after Spring Boot's meter registry auto-configuration, so that the registry bean exists
 * when the metrics condition is evaluated: in Spring Boot 4 it lives in {@code
 * spring-boot-micrometer-metrics} ({@code org.springframework.boot.micrometer.metrics.autoconfigure}),
 * in Spring Boot 3 it was in {@code spring-boot-actuator-autoconfigure}; both names are listed, as
 * the jar also runs on Spring Boot 3.5 (docs/spring-boot.md).
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"
    })
@EnableConfigurationProperties(GameSdkProperties.class)
public class GameSdkAutoConfiguration {
  /** Created by Spring. */
  public GameSdkAutoConfiguration() {}

  /**
   * Binds {@code String} property values to {@code Secret} (static: converters for binding are
   * needed before any other bean of this configuration).
   *
   * @return the converter
   */
  @Bean
  @ConfigurationPropertiesBinding
  public static SecretConverter gameSdkSecretConverter() {
    return new SecretConverter();
  }

  /**
   * The one HTTP pool and dispatcher of every auto-configured client, from {@code gamesdk.http.*}.
   * Closed when the application context closes. Declare a {@link GameSdkHttp} bean of your own to
   * replace it (for example one built on the application's OkHttp client).
   *
   * @param properties the {@code gamesdk.*} properties
   * @return the HTTP stack
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public GameSdkHttp gameSdkHttp(GameSdkProperties properties) {
    GameSdkProperties.Http http = properties.getHttp();
    return GameSdkHttp.builder()
        .maxRequests(http.getMaxRequests())
        .maxRequestsPerHost(http.getMaxRequestsPerHost())
        .maxIdleConnections(http.getMaxIdleConnections())
        .keepAlive(http.getKeepAlive())
        .build();
  }

  /**
   * Metrics of every auto-configured client, when a {@link MeterRegistry} bean exists and {@code
   * sdk-metrics} is on the classpath; off with {@code gamesdk.metrics.enabled=false}.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({MeterRegistry.class, MicrometerRequestListener.class})
  @ConditionalOnBean(MeterRegistry.class)
  @ConditionalOnProperty(
      prefix = "gamesdk.metrics",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class MetricsConfiguration {
    /**
     * The listener that records {@code gamesdk.calls}, {@code gamesdk.retries} and {@code
     * gamesdk.calls.active} (docs/metrics.md).
     *
     * @param registry the application's registry
     * @param properties the {@code gamesdk.*} properties
     * @return the listener
     */
    @Bean
    @ConditionalOnMissingBean
    MicrometerRequestListener gameSdkMetricsListener(
        MeterRegistry registry, GameSdkProperties properties) {
      return MicrometerRequestListener.builder(registry)
          .vendorCodes(properties.getMetrics().isVendorCodes())
          .build();
    }
  }
}
