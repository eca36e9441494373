package io.github.gamesdk.spring;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.RequestListener;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.openapi.OpenApiClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Tencent Open Platform OpenAPI V3 (seed 002), when {@code sdk-openapi} is on the classpath: an
 * {@link OpenApiClient} bean when {@code gamesdk.openapi.app-id} is set, on the shared {@link
 * GameSdkHttp} and with every {@link RequestListener} bean.
 */
@AutoConfiguration(after = GameSdkAutoConfiguration.class)
@ConditionalOnClass(OpenApiClient.class)
@EnableConfigurationProperties(OpenApiProperties.class)
public class OpenApiAutoConfiguration {
  /** Created by Spring. */
  public OpenApiAutoConfiguration() {}

  /**
   * The OpenAPI client of {@code gamesdk.openapi.*}. Declare an {@link OpenApiClient} bean of your
   * own to replace it (for example for several appids).
   *
   * @param properties {@code gamesdk.openapi.*}
   * @param http the shared HTTP stack
   * @param listeners every {@link RequestListener} bean, metrics included, in their order
   * @return the client
   * @throws IllegalStateException if {@code app-key} is missing, or both {@code environment} and
   *     {@code base-url} are set
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "gamesdk.openapi", name = "app-id")
  public OpenApiClient openApiClient(
      OpenApiProperties properties, GameSdkHttp http, ObjectProvider<RequestListener> listeners) {
    Secret appKey = properties.getAppKey();
    if (appKey == null) {
      throw new IllegalStateException(
          "gamesdk.openapi.app-id is set but gamesdk.openapi.app-key is not: the client cannot"
              + " sign its requests");
    }
    if (properties.getEnvironment() != null && properties.getBaseUrl() != null) {
      // Either could be the one the operator meant; guessing would send the appkey's signatures
      // to a host nobody chose.
      throw new IllegalStateException(
          "gamesdk.openapi.environment and gamesdk.openapi.base-url are both set: keep one");
    }
    OpenApiClient.Builder b =
        OpenApiClient.builder().appId(properties.getAppId()).appKey(appKey).http(http);
    if (properties.getEnvironment() != null) {
      b.environment(properties.getEnvironment());
    }
    if (properties.getBaseUrl() != null) {
      b.baseUrl(properties.getBaseUrl());
    }
    if (properties.getHttpMethod() != null) {
      b.httpMethod(properties.getHttpMethod());
    }
    if (properties.getSendCharset() != null) {
      b.sendCharset(properties.getSendCharset());
    }
    if (properties.getReadTimeout() != null) {
      b.timeouts(Timeouts.forServerLimit(properties.getReadTimeout()));
    }
    listeners.orderedStream().forEach(b::addListener);
    return b.build();
  }
}
