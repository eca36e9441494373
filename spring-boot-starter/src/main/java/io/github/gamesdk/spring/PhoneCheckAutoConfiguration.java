package io.github.gamesdk.spring;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.RequestListener;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.phonecheck.PhoneCheckClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The privacy-number check (seed 001), when {@code sdk-phonecheck} is on the classpath: a {@link
 * PhoneCheckClient} bean when {@code gamesdk.phonecheck.apikey} is set, on the shared {@link
 * GameSdkHttp} and with every {@link RequestListener} bean.
 */
@AutoConfiguration(after = GameSdkAutoConfiguration.class)
@ConditionalOnClass(PhoneCheckClient.class)
@EnableConfigurationProperties(PhoneCheckProperties.class)
public class PhoneCheckAutoConfiguration {
  /** Created by Spring. */
  public PhoneCheckAutoConfiguration() {}

  /**
   * The phone-check client of {@code gamesdk.phonecheck.*}. Declare a {@link PhoneCheckClient}
   * bean of your own to replace it.
   *
   * @param properties {@code gamesdk.phonecheck.*}
   * @param http the shared HTTP stack
   * @param listeners every {@link RequestListener} bean, metrics included, in their order
   * @return the client
   * @throws IllegalStateException if {@code apikey} is present but blank
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "gamesdk.phonecheck", name = "apikey")
  public PhoneCheckClient phoneCheckClient(
      PhoneCheckProperties properties,
      GameSdkHttp http,
      ObjectProvider<RequestListener> listeners) {
    Secret apikey = properties.getApikey();
    if (apikey == null) {
      throw new IllegalStateException(
          "gamesdk.phonecheck.apikey is present but blank: set the account's apikey, or remove"
              + " the property for no phone-check client");
    }
    PhoneCheckClient.Builder b = PhoneCheckClient.builder().apikey(apikey).http(http);
    if (properties.getBaseUrl() != null) {
      b.baseUrl(properties.getBaseUrl());
    }
    if (properties.getHttpMethod() != null) {
      b.httpMethod(properties.getHttpMethod());
    }
    if (properties.getRetryAfterSend() != null) {
      b.retryAfterSend(properties.getRetryAfterSend());
    }
    if (properties.getReadTimeout() != null) {
      b.timeouts(Timeouts.forServerLimit(properties.getReadTimeout()));
    }
    listeners.orderedStream().forEach(b::addListener);
    return b.build();
  }
}
