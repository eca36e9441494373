package io.github.gamesdk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.openapi.OpenApiClient;
import io.github.gamesdk.openapi.model.GetInfoRequest;
import io.github.gamesdk.openapi.model.GetInfoResponse;
import io.github.gamesdk.testkit.openapi.FakeOpenApiServer;
import io.github.gamesdk.testkit.openapi.RecordedOpenApiRequest;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@link OpenApiAutoConfiguration}: an {@link OpenApiClient} bean only when {@code
 * gamesdk.openapi.app-id} is set, on the context's {@link GameSdkHttp}, with the context's
 * listeners, signing with the bound appkey (the fake verifies {@code sig}).
 */
class OpenApiAutoConfigurationTest {
  // Not the fake's defaults: a client that ignored the properties would be refused.
  static final String APP_ID = "1105550001";
  static final String APP_KEY = "OpenApiKey-spr1ng-b00t-3c4d5e";

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  GameSdkAutoConfiguration.class,
                  GameSdkActuatorAutoConfiguration.class,
                  OpenApiAutoConfiguration.class));

  FakeOpenApiServer fake;

  @BeforeEach
  void start() {
    fake = FakeOpenApiServer.start(APP_ID, Secret.of(APP_KEY));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  String[] openapi() {
    return new String[] {
      "gamesdk.openapi.app-id=" + APP_ID,
      "gamesdk.openapi.app-key=" + APP_KEY,
      "gamesdk.openapi.base-url=" + fake.baseUrl(),
    };
  }

  static GetInfoRequest getInfo() {
    return GetInfoRequest.of(
        FakeOpenApiServer.DEFAULT_OPENID, Secret.of(FakeOpenApiServer.DEFAULT_OPENKEY), "qzone", "112.90.139.30");
  }

  @Test
  void withoutAnAppIdThereIsNoClient() {
    runner
        .withPropertyValues("gamesdk.openapi.app-key=" + APP_KEY)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(OpenApiProperties.class);
              assertThat(context).doesNotHaveBean(OpenApiClient.class);
            });
  }

  @Test
  void anAppIdCreatesAClientThatSignsWithTheBoundKey() {
    runner
        .withPropertyValues(openapi())
        .withPropertyValues("gamesdk.openapi.http-method=get", "gamesdk.openapi.read-timeout=2s")
        .run(
            context -> {
              assertThat(context).hasSingleBean(OpenApiClient.class);
              OpenApiClient client = context.getBean(OpenApiClient.class);
              assertThat(client.appId()).isEqualTo(APP_ID);
              assertThat(client.baseUrl().toString()).isEqualTo(fake.baseUrl() + "/");
              assertThat(client.httpMethod()).isEqualTo(HttpMethod.GET);
              assertThat(client.toString()).contains("read=PT2S");
              GetInfoResponse r = client.getInfo(getInfo());
              // The fake's default get_info answer (FakeOpenApiServer.GET_INFO_ANSWER).
              assertThat(r.nickname()).isEqualTo("Peter");
              RecordedOpenApiRequest req = fake.takeRequest();
              assertThat(req.method()).isEqualTo("GET");
              assertThat(req.path()).isEqualTo(FakeOpenApiServer.GET_INFO_PATH);
              assertThat(req.violation()).isEmpty();
              assertThat(req.sigValid()).isTrue();
              assertThat(req.param("appid")).isEqualTo(APP_ID);
              assertThat(req.param("charset")).isEqualTo("utf-8");
            });
  }

  @Test
  void theEnvironmentPicksADocumentedHost() {
    runner
        .withPropertyValues("gamesdk.openapi.app-id=" + APP_ID, "gamesdk.openapi.app-key=" + APP_KEY)
        .withPropertyValues("gamesdk.openapi.environment=test")
        .run(
            context ->
                // Seed 002 line 4: the test environment is the IP 119.147.19.43.
                assertThat(context.getBean(OpenApiClient.class).baseUrl().host()).isEqualTo("119.147.19.43"));
    runner
        .withPropertyValues("gamesdk.openapi.app-id=" + APP_ID, "gamesdk.openapi.app-key=" + APP_KEY)
        .run(
            context ->
                // Seed 002 line 4: production is the domain openapi.tencentyun.com.
                assertThat(context.getBean(OpenApiClient.class).baseUrl().host())
                    .isEqualTo("openapi.tencentyun.com"));
  }

  @Test
  void anEnvironmentAndABaseUrlTogetherFailAtStartup() {
    runner
        .withPropertyValues(openapi())
        .withPropertyValues("gamesdk.openapi.environment=production")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .hasMessageContaining("gamesdk.openapi.environment")
                  .hasMessageContaining("gamesdk.openapi.base-url");
            });
  }

  @Test
  void aWrongBoundKeyIsRefusedByTheFake() {
    runner
        .withPropertyValues(openapi())
        .withPropertyValues("gamesdk.openapi.app-key=NotTheKey-0000")
        .run(
            context -> {
              Throwable t = catchThrowable(() -> context.getBean(OpenApiClient.class).getInfo(getInfo()));
              assertThat(t).isInstanceOf(ApiException.class);
              assertThat(fake.takeRequest().sigValid()).isFalse();
            });
  }

  @Test
  void sendCharsetCanBeSwitchedOff() {
    fake.requireCharset(false);
    runner
        .withPropertyValues(openapi())
        .withPropertyValues("gamesdk.openapi.send-charset=false")
        .run(
            context -> {
              context.getBean(OpenApiClient.class).getInfo(getInfo());
              assertThat(fake.takeRequest().param("charset")).isNull();
            });
  }

  @Test
  void theClientRunsOnTheContextsHttpPoolWhichIsClosedWithTheContext() throws Exception {
    OpenApiClient[] client = new OpenApiClient[1];
    runner
        .withPropertyValues(openapi())
        .run(
            context -> {
              client[0] = context.getBean(OpenApiClient.class);
              assertThat(client[0].getInfoAsync(getInfo()).get(5, TimeUnit.SECONDS).nickname()).isEqualTo("Peter");
            });
    Throwable t = catchThrowable(() -> client[0].getInfoAsync(getInfo()).get(5, TimeUnit.SECONDS));
    assertThat(t).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TransportException.class);
  }

  @Test
  void anApplicationsOwnHttpPoolIsTheOneUsed() {
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
        .withPropertyValues(openapi())
        .withBean("appHttp", GameSdkHttp.class, () -> GameSdkHttp.builder().okHttpClient(base).build())
        .run(
            context -> {
              context.getBean(OpenApiClient.class).getInfo(getInfo());
              assertThat(seen.get()).isEqualTo(1);
            });
  }

  @Test
  void anApplicationsOwnClientReplacesOurs() {
    runner
        .withPropertyValues(openapi())
        .withBean(
            "appClient",
            OpenApiClient.class,
            () -> OpenApiClient.builder().appId("42").appKey(Secret.of("k")).build())
        .run(
            context -> {
              assertThat(context).hasSingleBean(OpenApiClient.class);
              assertThat(context.getBean(OpenApiClient.class).appId()).isEqualTo("42");
            });
  }

  @Test
  void theContextsRequestListenersAreAttached() {
    runner
        .withPropertyValues(openapi())
        .withUserConfiguration(GameSdkAutoConfigurationTest.ListenerConfig.class)
        .run(
            context -> {
              context.getBean(OpenApiClient.class).getInfo(getInfo());
              assertThat(context.getBean(GameSdkAutoConfigurationTest.ListenerConfig.class).ends)
                  .containsExactly("v3/user/get_info SUCCESS");
            });
  }

  @Test
  void anAppIdWithoutAKeyFailsAtStartupNamingTheProperty() {
    runner
        .withPropertyValues("gamesdk.openapi.app-id=" + APP_ID, "gamesdk.openapi.app-key=   ")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessageContaining("gamesdk.openapi.app-key");
            });
  }

  @Test
  void withoutSdkOpenapiOnTheClasspathNothingOfItIsConfigured() {
    runner
        .withPropertyValues(openapi())
        .withClassLoader(new FilteredClassLoader(OpenApiClient.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(OpenApiProperties.class);
              assertThat(context).doesNotHaveBean("openApiClient");
            });
  }

  @Test
  void theBoundPropertiesAndTheClientNeverPrintTheKey() {
    runner
        .withPropertyValues(openapi())
        .run(
            context -> {
              OpenApiProperties p = context.getBean(OpenApiProperties.class);
              assertThat(p.getAppKey().reveal()).isEqualTo(APP_KEY);
              String printed = p + " " + context.getBean(OpenApiClient.class);
              assertThat(printed).contains(APP_ID).doesNotContain(APP_KEY);
            });
  }
}
