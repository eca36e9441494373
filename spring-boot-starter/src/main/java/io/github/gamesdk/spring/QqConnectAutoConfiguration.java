package io.github.gamesdk.spring;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.callback.DedupeStore;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.RequestListener;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.qqconnect.QqConnectClient;
import io.github.gamesdk.qqconnect.callback.VipCallbackResult;
import io.github.gamesdk.qqconnect.callback.VipOrderCallbackHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * QQ Connect (seed 003), when {@code sdk-qqconnect} is on the classpath: a {@link QqConnectClient}
 * bean when {@code gamesdk.qqconnect.app-id} is set, on the shared {@link GameSdkHttp} and with
 * every {@link RequestListener} bean; and, in a servlet web application with {@code
 * gamesdk.qqconnect.vip-callback.enabled=true}, the QQ VIP order callback endpoint.
 */
@AutoConfiguration(after = GameSdkAutoConfiguration.class)
@ConditionalOnClass(QqConnectClient.class)
@EnableConfigurationProperties(QqConnectProperties.class)
public class QqConnectAutoConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(QqConnectAutoConfiguration.class);

  /** Created by Spring. */
  public QqConnectAutoConfiguration() {}

  /**
   * The QQ Connect client of {@code gamesdk.qqconnect.*}. Declare a {@link QqConnectClient} bean
   * of your own to replace it (for example for several appids).
   *
   * @param properties {@code gamesdk.qqconnect.*}
   * @param http the shared HTTP stack
   * @param listeners every {@link RequestListener} bean, metrics included, in their order
   * @return the client
   * @throws IllegalStateException if {@code app-key} is missing
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "gamesdk.qqconnect", name = "app-id")
  public QqConnectClient qqConnectClient(
      QqConnectProperties properties,
      GameSdkHttp http,
      ObjectProvider<RequestListener> listeners) {
    Secret appKey = properties.getAppKey();
    if (appKey == null) {
      throw new IllegalStateException(
          "gamesdk.qqconnect.app-id is set but gamesdk.qqconnect.app-key is not: the client cannot"
              + " sign its requests");
    }
    QqConnectClient.Builder b =
        QqConnectClient.builder().appId(properties.getAppId()).appKey(appKey).http(http);
    if (properties.getBaseUrl() != null) {
      b.baseUrl(properties.getBaseUrl());
    }
    if (properties.getGraphBaseUrl() != null) {
      b.graphBaseUrl(properties.getGraphBaseUrl());
    }
    if (properties.getReadTimeout() != null) {
      b.timeouts(Timeouts.forServerLimit(properties.getReadTimeout()));
    }
    listeners.orderedStream().forEach(b::addListener);
    return b.build();
  }

  /**
   * The QQ VIP order callback endpoint: {@code GET} on {@code
   * gamesdk.qqconnect.vip-callback.path}, verified with {@code callback-key}, deduplicated in the
   * {@link DedupeStore} bean (the Redis store when {@code gamesdk.redis.uri} is set and {@code
   * sdk-redis} is present, else one the application declares, else this JVM's memory), credited
   * through the application's {@link VipOrderCreditor} bean, and answered with the handler's JSON
   * body ({@code {"ret":0,"msg":"succ"}}).
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(RouterFunction.class)
  @ConditionalOnProperty(
      prefix = "gamesdk.qqconnect.vip-callback",
      name = "enabled",
      havingValue = "true")
  static class VipCallbackConfiguration {
    /**
     * The handler that verifies and deduplicates deliveries.
     *
     * @param properties {@code gamesdk.qqconnect.*}
     * @param sdkProperties {@code gamesdk.*}, for the Redis check
     * @param stores the application's {@link DedupeStore} bean, if any
     * @return the handler
     * @throws IllegalStateException if the callback key is missing, or Redis is configured but
     *     {@code sdk-redis} is missing
     */
    @Bean
    @ConditionalOnMissingBean
    VipOrderCallbackHandler qqVipOrderCallbackHandler(
        QqConnectProperties properties,
        GameSdkProperties sdkProperties,
        ObjectProvider<DedupeStore> stores) {
      QqConnectProperties.VipCallback cfg = properties.getVipCallback();
      if (cfg.getCallbackKey() == null) {
        throw new IllegalStateException(
            "gamesdk.qqconnect.vip-callback.enabled=true needs"
                + " gamesdk.qqconnect.vip-callback.callback-key (the key QQ VIP assigned with the"
                + " aid)");
      }
      VipOrderCallbackHandler.Builder b = VipOrderCallbackHandler.builder(cfg.getCallbackKey());
      if (cfg.getMaxAge() != null) {
        b.maxAge(cfg.getMaxAge());
      }
      if (cfg.getDedupeTtl() != null) {
        b.dedupeTtl(cfg.getDedupeTtl());
      }
      DedupeStore store = stores.getIfAvailable();
      if (store != null) {
        b.dedupeStore(store);
        LOG.info("QQ VIP order callback deduplicates in {}", store);
      } else if (sdkProperties.getRedis().getUri() != null) {
        // Falling back to memory here would credit an order once per instance behind a load
        // balancer while the operator believes deduplication is shared: refuse to start instead.
        throw new IllegalStateException(
            "gamesdk.redis.uri is set but io.github.gamesdk:sdk-redis is not on the classpath:"
                + " add it, or remove gamesdk.redis.uri to deduplicate in memory (one instance"
                + " only)");
      } else {
        LOG.warn(
            "QQ VIP order callback deduplicates in this JVM's memory: right for one instance"
                + " only. Several instances need gamesdk.redis.uri (with sdk-redis) or a"
                + " DedupeStore bean.");
      }
      return b.build();
    }

    /**
     * The route: {@code GET <path>} answered with the handler's body as {@code
     * application/json}.
     *
     * @param properties {@code gamesdk.qqconnect.*}
     * @param handler the handler
     * @param creditors the application's {@link VipOrderCreditor} bean
     * @return the route
     * @throws IllegalStateException if there is no {@link VipOrderCreditor} bean or the path does
     *     not start with {@code /}
     */
    @Bean
    RouterFunction<ServerResponse> qqVipCallbackRoute(
        QqConnectProperties properties,
        VipOrderCallbackHandler handler,
        ObjectProvider<VipOrderCreditor> creditors) {
      VipOrderCreditor creditor = creditors.getIfAvailable();
      if (creditor == null) {
        throw new IllegalStateException(
            "gamesdk.qqconnect.vip-callback.enabled=true needs a VipOrderCreditor bean, which"
                + " credits each verified order");
      }
      String path = properties.getVipCallback().getPath();
      if (path == null || !path.startsWith("/")) {
        throw new IllegalStateException(
            "gamesdk.qqconnect.vip-callback.path must start with /, was " + path);
      }
      LOG.info("QQ VIP order callback served at GET {}", path);
      return RouterFunctions.route()
          .GET(
              path,
              request -> {
                VipCallbackResult result =
                    handler.handle(request.servletRequest().getQueryString(), creditor::credit);
                return ServerResponse.status(result.httpStatus())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(result.responseBody());
              })
          .build();
    }
  }
}
