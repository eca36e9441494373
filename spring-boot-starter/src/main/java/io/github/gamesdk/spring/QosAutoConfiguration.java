package io.github.gamesdk.spring;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.RequestListener;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.qos.QosClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Tencent Cloud mobile QoS (seed 000), when {@code sdk-qos} is on the classpath: a {@link
 * QosClient} bean when {@code gamesdk.qos.game-id} is set, on the shared {@link GameSdkHttp} and
 * with every {@link RequestListener} bean.
 */
@AutoConfiguration(after = GameSdkAutoConfiguration.class)
@ConditionalOnClass(QosClient.class)
@EnableConfigurationProperties(QosProperties.class)
public class QosAutoConfiguration {
  /** Created by Spring. */
  public QosAutoConfiguration() {}

  /**
   * The QoS client of {@code gamesdk.qos.*}. Declare a {@link QosClient} bean of your own to
   * replace it (for example for several games).
   *
   * @param properties {@code gamesdk.qos.*}
   * @param http the shared HTTP stack
   * @param listeners every {@link RequestListener} bean, metrics included, in their order
   * @return the client
   * @throws IllegalStateException if {@code secret-id} or {@code secret-key} is missing
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "gamesdk.qos", name = "game-id")
  public QosClient qosClient(
      QosProperties properties, GameSdkHttp http, ObjectProvider<RequestListener> listeners) {
    String secretId = properties.getSecretId();
    if (secretId == null || secretId.trim().isEmpty()) {
      throw new IllegalStateException(
          "gamesdk.qos.game-id is set but gamesdk.qos.secret-id is not: the client cannot sign"
              + " its requests");
    }
    Secret secretKey = properties.getSecretKey();
    if (secretKey == null) {
      throw new IllegalStateException(
          "gamesdk.qos.game-id is set but gamesdk.qos.secret-key is not: the client cannot sign"
              + " its requests");
    }
    QosClient.Builder b =
        QosClient.builder()
            .gameId(properties.getGameId())
            .secretId(secretId)
            .secretKey(secretKey)
            .http(http);
    if (properties.getBaseUrl() != null) {
      b.baseUrl(properties.getBaseUrl());
    }
    if (properties.getSignatureMethod() != null) {
      b.signatureMethod(properties.getSignatureMethod());
    }
    if (properties.getReadTimeout() != null) {
      b.timeouts(Timeouts.forServerLimit(properties.getReadTimeout()));
    }
    listeners.orderedStream().forEach(b::addListener);
    return b.build();
  }
}
