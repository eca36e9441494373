package io.github.gamesdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gamesdk.core.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The actuator's {@code configprops} and {@code env} endpoints, told to show values, still never
 * show the appkey, the callback key or the Redis password, while they do show the other gamesdk
 * properties (so the test sees real output, not a blanket mask).
 */
class ActuatorSecretsTest {
  static final String APP_KEY = "AppKey-actu4tor-1b2c3d";
  static final String CALLBACK_KEY = "CallbackKey-actu4tor-4e5f";
  static final String REDIS_PASSWORD = "RedisPass-actu4tor-6a7b";
  static final String QOS_SECRET_ID = "AKIDactu4torQos0000000000000000000";
  static final String QOS_SECRET_KEY = "QosKey-actu4tor-8c9d";
  static final String PHONECHECK_APIKEY = "PhoneKey-actu4tor-0e1f";
  static final String OPENAPI_APP_KEY = "OpenApiKey-actu4tor-2a3b";

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  GameSdkAutoConfiguration.class,
                  GameSdkActuatorAutoConfiguration.class,
                  QqConnectAutoConfiguration.class,
                  QosAutoConfiguration.class,
                  PhoneCheckAutoConfiguration.class,
                  OpenApiAutoConfiguration.class,
                  EndpointAutoConfiguration.class,
                  ConfigurationPropertiesReportEndpointAutoConfiguration.class,
                  EnvironmentEndpointAutoConfiguration.class))
          .withPropertyValues(
              "management.endpoint.configprops.show-values=always",
              "management.endpoint.env.show-values=always",
              "management.endpoints.web.exposure.include=configprops,env",
              "management.endpoints.jmx.exposure.include=configprops,env",
              "gamesdk.qqconnect.app-id=1104466820",
              "gamesdk.qqconnect.app-key=" + APP_KEY,
              "gamesdk.qqconnect.vip-callback.callback-key=" + CALLBACK_KEY,
              "gamesdk.redis.uri=redis://:" + REDIS_PASSWORD + "@127.0.0.1:6390/0",
              "gamesdk.http.max-requests=77",
              "gamesdk.qos.game-id=8282828",
              "gamesdk.qos.secret-id=" + QOS_SECRET_ID,
              "gamesdk.qos.secret-key=" + QOS_SECRET_KEY,
              "gamesdk.phonecheck.apikey=" + PHONECHECK_APIKEY,
              "gamesdk.phonecheck.base-url=http://127.0.0.1:9",
              "gamesdk.openapi.app-id=1105550001",
              "gamesdk.openapi.app-key=" + OPENAPI_APP_KEY);

  static final String[] SECRETS = {
    APP_KEY, CALLBACK_KEY, REDIS_PASSWORD, QOS_SECRET_ID, QOS_SECRET_KEY, PHONECHECK_APIKEY, OPENAPI_APP_KEY
  };

  @Test
  void configpropsShowsTheSettingsButNotTheKeys() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          ConfigurationPropertiesReportEndpoint endpoint =
              context.getBean(ConfigurationPropertiesReportEndpoint.class);
          String json = new ObjectMapper().writeValueAsString(endpoint.configurationPropertiesWithPrefix("gamesdk"));
          assertThat(json).contains("1104466820").contains("77").contains("gamesdk.qqconnect");
          // The other vendors' settings are shown too: their properties are bound and reported.
          assertThat(json)
              .contains("gamesdk.qos")
              .contains("8282828")
              .contains("gamesdk.phonecheck")
              .contains("127.0.0.1:9")
              .contains("gamesdk.openapi")
              .contains("1105550001");
          for (String secret : SECRETS) {
            assertThat(json).doesNotContain(secret);
          }
        });
  }

  @Test
  void envShowsTheSettingsButNotTheKeys() {
    runner.run(
        context -> {
          EnvironmentEndpoint endpoint = context.getBean(EnvironmentEndpoint.class);
          String json = new ObjectMapper().writeValueAsString(endpoint.environment("gamesdk.*"));
          assertThat(json).contains("1104466820").contains("77").contains("8282828").contains("1105550001");
          for (String secret : SECRETS) {
            assertThat(json).doesNotContain(secret);
          }
          // One key at a time, as /actuator/env/{name} asks.
          String one = new ObjectMapper().writeValueAsString(endpoint.environmentEntry("gamesdk.qqconnect.app-key"));
          assertThat(one).doesNotContain(APP_KEY).contains("******");
        });
  }

  @ParameterizedTest
  @CsvSource({
    "gamesdk.qqconnect.app-key, true",
    "GAMESDK_QQCONNECT_APPKEY, true",
    "gamesdk.qqconnect.appKey, true",
    "gamesdk.qqconnect.vip-callback.callback-key, true",
    "gamesdk.redis.uri, true",
    "GAMESDK_REDIS_URI, true",
    "gamesdk.msdk.msdk-key, true",
    "gamesdk.openapi.secret, true",
    "gamesdk.qos.access-token, true",
    "gamesdk.qos.secret-key, true",
    "gamesdk.qos.secret-id, true",
    "GAMESDK_QOS_SECRETID, true",
    "gamesdk.phonecheck.apikey, true",
    "GAMESDK_PHONECHECK_APIKEY, true",
    "gamesdk.openapi.app-key, true",
    "gamesdk.qos.game-id, false",
    "gamesdk.openapi.app-id, false",
    "gamesdk.phonecheck.base-url, false",
    "gamesdk.qqconnect.app-id, false",
    "gamesdk.redis.key-prefix, false",
    "gamesdk.http.keep-alive, false",
    "spring.application.name, false",
    "other.app-key, false",
  })
  void whichPropertiesAreMasked(String key, boolean secret) {
    assertThat(GameSdkActuatorAutoConfiguration.isSecret(key)).isEqualTo(secret);
  }

  @Test
  void theConverterTurnsBlankIntoUnsetAndKeepsTheValueExactly() {
    SecretConverter c = new SecretConverter();
    assertThat(c.convert("  ")).isNull();
    assertThat(c.convert("")).isNull();
    Secret s = c.convert(" k e y ");
    assertThat(s.reveal()).isEqualTo(" k e y ");
    assertThat(s.toString()).isEqualTo("****");
  }
}
