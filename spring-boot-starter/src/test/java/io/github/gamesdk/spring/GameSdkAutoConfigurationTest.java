package io.github.gamesdk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.CallOutcome;
import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.RequestListener;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.metrics.MicrometerRequestListener;
import io.github.gamesdk.qqconnect.QqConnectClient;
import io.github.gamesdk.qqconnect.model.OAuthMeRequest;
import io.github.gamesdk.qqconnect.model.OAuthMeResponse;
import io.github.gamesdk.testkit.qqconnect.FakeQqConnectServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auto-configuration in plain (non-web) application contexts: which beans exist for which
 * properties and classpaths, that the client uses and shares the one {@link GameSdkHttp} and signs
 * with the bound key, and that the metrics listener is attached when a {@link MeterRegistry} exists.
 */
class GameSdkAutoConfigurationTest {
  static final String APP_ID = "1104466820";
  static final String APP_KEY = "AppKey-spr1ng-5e6f7a";
  static final Secret TOKEN = Secret.of("1821FD577DD45526CA6EA2ADAC685508");
  static final String OPENID = "29439511BB5D23F36BD09F5B0DF94181";

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  GameSdkAutoConfiguration.class,
                  GameSdkActuatorAutoConfiguration.class,
                  QqConnectAutoConfiguration.class));

  FakeQqConnectServer fake;

  @BeforeEach
  void start() {
    fake = FakeQqConnectServer.start(APP_ID, Secret.of(APP_KEY));
    fake.registerToken(TOKEN, OPENID);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  /** The properties of a client pointed at the fake. */
  String[] qq() {
    return new String[] {
      "gamesdk.qqconnect.app-id=" + APP_ID,
      "gamesdk.qqconnect.app-key=" + APP_KEY,
      "gamesdk.qqconnect.base-url=" + fake.baseUrl(),
      "gamesdk.qqconnect.graph-base-url=" + fake.baseUrl(),
    };
  }

  @Test
  void withoutPropertiesThereIsTheHttpPoolButNoClientNoMetricsNoCallback() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).hasSingleBean(GameSdkHttp.class);
          assertThat(context).hasSingleBean(GameSdkProperties.class);
          assertThat(context).doesNotHaveBean(QqConnectClient.class);
          assertThat(context).doesNotHaveBean(MicrometerRequestListener.class);
          assertThat(context).doesNotHaveBean("qqVipCallbackRoute");
        });
  }

  @Test
  void theHttpPoolTakesItsLimitsFromTheProperties() {
    runner
        .withPropertyValues("gamesdk.http.max-requests=7", "gamesdk.http.max-requests-per-host=3")
        .run(
            context -> {
              OkHttpClient ok =
                  context.getBean(GameSdkHttp.class).derive(Timeouts.forServerLimit(Duration.ofSeconds(1)), true);
              assertThat(ok.dispatcher().getMaxRequests()).isEqualTo(7);
              assertThat(ok.dispatcher().getMaxRequestsPerHost()).isEqualTo(3);
            });
  }

  @Test
  void anAppIdCreatesAClientThatSignsWithTheBoundKey() {
    runner
        .withPropertyValues(qq())
        .withPropertyValues("gamesdk.qqconnect.read-timeout=3s")
        .run(
            context -> {
              assertThat(context).hasSingleBean(QqConnectClient.class);
              QqConnectClient client = context.getBean(QqConnectClient.class);
              assertThat(client.appId()).isEqualTo(APP_ID);
              assertThat(client.baseUrl().toString()).isEqualTo(fake.baseUrl() + "/");
              assertThat(client.toString()).contains("read=PT3S");
              // The fake answers the openid only to a request signed with APP_KEY.
              assertThat(client.me(OAuthMeRequest.of(TOKEN)).openid()).isEqualTo(OPENID);
              assertThat(fake.takeRequest().path()).isEqualTo(FakeQqConnectServer.ME_PATH);
            });
  }

  @Test
  void theClientRunsOnTheContextsHttpPoolWhichIsClosedWithTheContext() throws Exception {
    QqConnectClient[] client = new QqConnectClient[1];
    runner
        .withPropertyValues(qq())
        .run(
            context -> {
              client[0] = context.getBean(QqConnectClient.class);
              assertThat(client[0].meAsync(OAuthMeRequest.of(TOKEN)).get(5, TimeUnit.SECONDS).openid())
                  .isEqualTo(OPENID);
            });
    // The context closed its GameSdkHttp: the client's async calls now have no dispatcher. A
    // client on any other pool (GameSdkHttp.shared(), say) would still get its answer.
    Throwable t = catchThrowable(() -> client[0].meAsync(OAuthMeRequest.of(TOKEN)).get(5, TimeUnit.SECONDS));
    assertThat(t).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TransportException.class);
  }

  @Test
  void anApplicationsOwnHttpPoolReplacesOursAndTheClientUsesIt() {
    AtomicInteger seen = new AtomicInteger();
    OkHttpClient base =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  seen.incrementAndGet();
                  return chain.proceed(chain.request());
                })
            .build();
    runner
        .withPropertyValues(qq())
        .withBean("appHttp", GameSdkHttp.class, () -> GameSdkHttp.builder().okHttpClient(base).build())
        .run(
            context -> {
              assertThat(context).hasSingleBean(GameSdkHttp.class);
              assertThat(context).hasBean("appHttp");
              context.getBean(QqConnectClient.class).me(OAuthMeRequest.of(TOKEN));
              assertThat(seen.get()).isEqualTo(1);
            });
  }

  @Test
  void anApplicationsOwnClientReplacesOurs() {
    runner
        .withPropertyValues(qq())
        .withBean(
            "appClient",
            QqConnectClient.class,
            () -> QqConnectClient.builder().appId("42").appKey(Secret.of("k")).build())
        .run(
            context -> {
              assertThat(context).hasSingleBean(QqConnectClient.class);
              assertThat(context.getBean(QqConnectClient.class).appId()).isEqualTo("42");
            });
  }

  @Test
  void anAppIdWithoutAKeyFailsAtStartupNamingTheProperty() {
    runner
        .withPropertyValues("gamesdk.qqconnect.app-id=" + APP_ID, "gamesdk.qqconnect.app-key=   ")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .hasMessageContaining("gamesdk.qqconnect.app-key");
            });
  }

  @Test
  void withoutSdkQqconnectOnTheClasspathNothingOfQqConnectIsConfigured() {
    runner
        .withPropertyValues(qq())
        .withClassLoader(new FilteredClassLoader(QqConnectClient.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(GameSdkHttp.class);
              assertThat(context).doesNotHaveBean(QqConnectProperties.class);
              assertThat(context).doesNotHaveBean("qqConnectClient");
            });
  }

  @Test
  void aMeterRegistryBeanGetsTheMetricsOfEveryClient() {
    runner
        .withPropertyValues(qq())
        .withUserConfiguration(RegistryConfig.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(MicrometerRequestListener.class);
              context.getBean(QqConnectClient.class).me(OAuthMeRequest.of(TOKEN));
              Timer t =
                  context
                      .getBean(MeterRegistry.class)
                      .get("gamesdk.calls")
                      .tag("vendor", "qqconnect")
                      .tag("endpoint", "oauth2.0/me")
                      .tag("outcome", "success")
                      .tag("code", "none")
                      .timer();
              assertThat(t.count()).isEqualTo(1);
            });
  }

  @Test
  void springBootsOwnMeterRegistryIsFoundWhateverTheOrderOfAutoConfigurations() {
    // Listed first, gamesdk's auto-configuration must still run after the registry's.
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                QqConnectAutoConfiguration.class,
                GameSdkAutoConfiguration.class,
                MetricsAutoConfiguration.class,
                SimpleMetricsExportAutoConfiguration.class,
                CompositeMeterRegistryAutoConfiguration.class))
        .withPropertyValues(qq())
        .withPropertyValues("gamesdk.metrics.vendor-codes=false")
        .run(
            context -> {
              assertThat(context).hasSingleBean(MicrometerRequestListener.class);
              context.getBean(QqConnectClient.class).me(OAuthMeRequest.of(TOKEN));
              Timer t = context.getBean(MeterRegistry.class).get("gamesdk.calls").tag("outcome", "success").timer();
              assertThat(t.count()).isEqualTo(1);
              assertThat(t.getId().getTag("code")).isNull();
            });
  }

  @Test
  void theSdksJackson2AndSpringBootsJackson3WorkSideBySide() {
    // Spring Boot 4 maps JSON with Jackson 3 (tools.jackson); the SDK reads and writes the vendor's
    // JSON with Jackson 2. Both read the annotations of com.fasterxml.jackson.annotation, one jar.
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                JacksonAutoConfiguration.class, GameSdkAutoConfiguration.class, QqConnectAutoConfiguration.class))
        .withPropertyValues(qq())
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              // Read by the SDK's Jackson 2 from the fake's JSONP answer.
              OAuthMeResponse me = context.getBean(QqConnectClient.class).me(OAuthMeRequest.of(TOKEN));
              assertThat(me.openid()).isEqualTo(OPENID);
              // Written by the application's Jackson 3, as a controller returning it would: the
              // vendor's field names (seed 003 line 1583) come from the shared @JsonProperty.
              String json = context.getBean(JsonMapper.class).writeValueAsString(me);
              assertThat(json).contains("\"client_id\":\"" + APP_ID + "\"").contains("\"openid\":\"" + OPENID + "\"");
            });
  }

  @Test
  void noMeterRegistryNoMetrics() {
    runner
        .withPropertyValues(qq())
        .run(context -> assertThat(context).doesNotHaveBean(MicrometerRequestListener.class));
  }

  @Test
  void metricsCanBeSwitchedOff() {
    runner
        .withPropertyValues(qq())
        .withPropertyValues("gamesdk.metrics.enabled=false")
        .withUserConfiguration(RegistryConfig.class)
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(MicrometerRequestListener.class);
              context.getBean(QqConnectClient.class).me(OAuthMeRequest.of(TOKEN));
              assertThat(context.getBean(MeterRegistry.class).find("gamesdk.calls").timers()).isEmpty();
            });
  }

  @Test
  void withoutSdkMetricsOnTheClasspathTheRegistryIsLeftAlone() {
    runner
        .withPropertyValues(qq())
        .withUserConfiguration(RegistryConfig.class)
        .withClassLoader(new FilteredClassLoader(MicrometerRequestListener.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean("gameSdkMetricsListener");
              assertThat(context).hasSingleBean(QqConnectClient.class);
            });
  }

  @Test
  void theApplicationsOwnRequestListenersAreAttachedToo() {
    runner
        .withPropertyValues(qq())
        .withUserConfiguration(ListenerConfig.class)
        .run(
            context -> {
              context.getBean(QqConnectClient.class).me(OAuthMeRequest.of(TOKEN));
              assertThat(context.getBean(ListenerConfig.class).ends).containsExactly("oauth2.0/me SUCCESS");
            });
  }

  @Test
  void theBoundPropertiesNeverPrintTheKeys() {
    runner
        .withPropertyValues(qq())
        .withPropertyValues(
            "gamesdk.qqconnect.vip-callback.callback-key=CallbackKey-9f8e7d",
            "gamesdk.redis.uri=redis://:RedisPass-1a2b3c@127.0.0.1:6390/0")
        .run(
            context -> {
              QqConnectProperties qq = context.getBean(QqConnectProperties.class);
              assertThat(qq.getAppKey().reveal()).isEqualTo(APP_KEY);
              assertThat(qq.getVipCallback().getCallbackKey().reveal()).isEqualTo("CallbackKey-9f8e7d");
              String printed = qq + " " + context.getBean(GameSdkProperties.class) + " "
                  + context.getBean(QqConnectClient.class);
              assertThat(printed)
                  .contains(APP_ID)
                  .doesNotContain(APP_KEY)
                  .doesNotContain("CallbackKey-9f8e7d")
                  .doesNotContain("RedisPass-1a2b3c");
            });
  }

  @Configuration(proxyBeanMethods = false)
  static class RegistryConfig {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class ListenerConfig {
    final List<String> ends = new CopyOnWriteArrayList<>();

    @Bean
    RequestListener recordingListener() {
      return new RequestListener() {
        @Override
        public void onEnd(
            Endpoint endpoint, CallOutcome outcome, GameSdkException failure, int attempts, Duration elapsed) {
          ends.add(endpoint.name() + " " + outcome);
        }
      };
    }
  }
}
