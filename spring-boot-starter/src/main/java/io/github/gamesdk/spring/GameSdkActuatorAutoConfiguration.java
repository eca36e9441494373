package io.github.gamesdk.spring;

import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Keeps gamesdk's keys out of the actuator's {@code env} and {@code configprops} endpoints even
 * when an application sets {@code management.endpoint.*.show-values=always}: the bound properties
 * are {@code Secret}s already, but the raw strings also sit in the {@code Environment}, which the
 * {@code env} endpoint shows. Active when {@code spring-boot-actuator} is on the classpath.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class GameSdkActuatorAutoConfiguration {
  /** Created by Spring. */
  public GameSdkActuatorAutoConfiguration() {}

  /**
   * Masks every {@code gamesdk.*} property whose name ends in {@code key}, {@code secret}, {@code
   * secret-id}, {@code token} or {@code password}, and {@code gamesdk.redis.uri} (which may carry a
   * password), in any
   * of the spellings Spring Boot binds ({@code gamesdk.qqconnect.app-key}, {@code
   * GAMESDK_QQCONNECT_APPKEY}, {@code gamesdk.qqconnect.appKey}).
   *
   * @return the sanitizing function
   */
  @Bean
  public SanitizingFunction gameSdkSanitizingFunction() {
    return data -> isSecret(data.getKey()) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
  }

  /**
   * Whether a property name (any relaxed spelling) names a gamesdk secret.
   *
   * @param key the property name
   * @return whether its value must be masked
   */
  static boolean isSecret(String key) {
    if (key == null) {
      return false;
    }
    String k = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(".", "");
    if (!k.startsWith("gamesdk")) {
      return false;
    }
    return k.endsWith("key")
        || k.endsWith("secret")
        // A Tencent Cloud SecretId (gamesdk.qos.secret-id) names the API key: QosClient never
        // prints it, so neither does the actuator.
        || k.endsWith("secretid")
        || k.endsWith("token")
        || k.endsWith("password")
        || k.equals("gamesdkredisuri");
  }
}
