package io.github.gamesdk.spring;

import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.RequestListener;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.msdk.MsdkClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The MSDK game backend (seed 004), when {@code sdk-msdk} is on the classpath: an {@link
 * MsdkClient} bean when {@code gamesdk.msdk.app-id} is set, on the shared {@link GameSdkHttp} and
 * with every {@link RequestListener} bean.
 */
@AutoConfiguration(after = GameSdkAutoConfiguration.class)
@ConditionalOnClass(MsdkClient.class)
@EnableConfigurationProperties(MsdkProperties.class)
public class MsdkAutoConfiguration {
  /** Created by Spring. */
  public MsdkAutoConfiguration() {}

  /**
   * The MSDK client of {@code gamesdk.msdk.*}. Declare an {@link MsdkClient} bean of your own to
   * replace it (for example for several appids).
   *
   * @param properties {@code gamesdk.msdk.*}
   * @param http the shared HTTP stack
   * @param listeners every {@link RequestListener} bean, metrics included, in their order
   * @return the client
   * @throws IllegalStateException if neither {@code msdk-key} nor {@code app-key} is set, or both
   *     {@code environment} and {@code base-url} are
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "gamesdk.msdk", name = "app-id")
  public MsdkClient msdkClient(
      MsdkProperties properties, GameSdkHttp http, ObjectProvider<RequestListener> listeners) {
    if (properties.getMsdkKey() == null && properties.getAppKey() == null) {
      throw new IllegalStateException(
          "gamesdk.msdk.app-id is set but neither gamesdk.msdk.msdk-key (encode=2) nor"
              + " gamesdk.msdk.app-key (encode=1) is: the client cannot compute sig");
    }
    if (properties.getEnvironment() != null && properties.getBaseUrl() != null) {
      throw new IllegalStateException(
          "gamesdk.msdk.environment and gamesdk.msdk.base-url are both set: keep one");
    }
    MsdkClient.Builder b = MsdkClient.builder().appId(properties.getAppId()).http(http);
    if (properties.getMsdkKey() != null) {
      b.msdkKey(properties.getMsdkKey());
    } else {
      b.appKey(properties.getAppKey());
    }
    if (properties.getEnvironment() != null) {
      b.environment(properties.getEnvironment());
    }
    if (properties.getBaseUrl() != null) {
      b.baseUrl(properties.getBaseUrl());
    }
    if (properties.getConn() != null) {
      b.conn(properties.getConn());
    }
    if (properties.getMsdkExtInfo() != null) {
      b.msdkExtInfo(properties.getMsdkExtInfo());
    }
    if (properties.getVersion() != null) {
      b.version(properties.getVersion());
    }
    if (properties.getIshttps() != null) {
      b.ishttps(properties.getIshttps());
    }
    if (properties.getMsdktea() != null) {
      b.msdktea(properties.getMsdktea());
    }
    if (properties.getAuthModule() != null) {
      b.authModule(properties.getAuthModule());
    }
    if (properties.getReadTimeout() != null) {
      b.timeouts(Timeouts.forServerLimit(properties.getReadTimeout()));
    }
    listeners.orderedStream().forEach(b::addListener);
    return b.build();
  }
}
