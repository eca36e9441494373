package io.github.gamesdk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.phonecheck.PhoneCheckClient;
import io.github.gamesdk.phonecheck.model.PhoneCheckResult;
import io.github.gamesdk.testkit.phonecheck.FakePhoneCheckServer;
import io.github.gamesdk.testkit.phonecheck.RecordedPhoneCheckRequest;
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
 * {@link PhoneCheckAutoConfiguration}: a {@link PhoneCheckClient} bean only when {@code
 * gamesdk.phonecheck.apikey} is set, on the context's {@link GameSdkHttp}, with the context's
 * listeners, sending the bound apikey (the fake answers only to its own).
 */
class PhoneCheckAutoConfigurationTest {
  // 32 characters like the seed's example (line 72), but not the fake's default.
  static final String APIKEY = "5pr1ngb00tph0necheck0000000000aa";
  // Seed 001: 18466849135 is the privacy-number example, 18819079212 the other one.
  static final String PRIVACY_MOBILE = FakePhoneCheckServer.SEED_PRIVACY_MOBILE;

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  GameSdkAutoConfiguration.class,
                  GameSdkActuatorAutoConfiguration.class,
                  PhoneCheckAutoConfiguration.class));

  FakePhoneCheckServer fake;

  @BeforeEach
  void start() {
    fake = FakePhoneCheckServer.start(Secret.of(APIKEY));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  String[] phonecheck() {
    return new String[] {
      "gamesdk.phonecheck.apikey=" + APIKEY, "gamesdk.phonecheck.base-url=" + fake.baseUrl(),
    };
  }

  @Test
  void withoutAnApikeyThereIsNoClient() {
    runner
        .withPropertyValues("gamesdk.phonecheck.base-url=" + fake.baseUrl())
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(PhoneCheckProperties.class);
              assertThat(context).doesNotHaveBean(PhoneCheckClient.class);
            });
  }

  @Test
  void anApikeyCreatesAClientThatSendsTheBoundKey() {
    runner
        .withPropertyValues(phonecheck())
        .withPropertyValues(
            "gamesdk.phonecheck.http-method=get",
            "gamesdk.phonecheck.retry-after-send=true",
            "gamesdk.phonecheck.read-timeout=4s")
        .run(
            context -> {
              assertThat(context).hasSingleBean(PhoneCheckClient.class);
              PhoneCheckClient client = context.getBean(PhoneCheckClient.class);
              assertThat(client.baseUrl().toString()).isEqualTo(fake.baseUrl() + "/");
              assertThat(client.httpMethod()).isEqualTo(HttpMethod.GET);
              assertThat(client.endpoint().idempotent()).isTrue();
              assertThat(client.toString()).contains("read=PT4S");
              PhoneCheckResult r = client.check(PRIVACY_MOBILE).result();
              assertThat(r.mobile()).isEqualTo(PRIVACY_MOBILE);
              assertThat(r.isPrivacyNumber()).isTrue();
              RecordedPhoneCheckRequest req = fake.takeRequest();
              assertThat(req.method()).isEqualTo("GET");
              assertThat(req.violation()).isEmpty();
              assertThat(req.apikeyValid()).isTrue();
              assertThat(req.param("apikey")).isEqualTo(APIKEY);
            });
  }

  @Test
  void theDefaultsAreTheClientsPostAndNoRetryAfterSend() {
    runner
        .withPropertyValues(phonecheck())
        .run(
            context -> {
              PhoneCheckClient client = context.getBean(PhoneCheckClient.class);
              assertThat(client.httpMethod()).isEqualTo(HttpMethod.POST);
              assertThat(client.endpoint().idempotent()).isFalse();
              client.check(PRIVACY_MOBILE);
              RecordedPhoneCheckRequest req = fake.takeRequest();
              assertThat(req.method()).isEqualTo("POST");
              assertThat(req.body()).isEqualTo("apikey=" + APIKEY + "&mobile=" + PRIVACY_MOBILE);
            });
  }

  @Test
  void aWrongBoundApikeyIsRefusedByTheFake() {
    runner
        .withPropertyValues(phonecheck())
        .withPropertyValues("gamesdk.phonecheck.apikey=0000000000000000000000000000000b")
        .run(
            context -> {
              Throwable t = catchThrowable(() -> context.getBean(PhoneCheckClient.class).check(PRIVACY_MOBILE));
              assertThat(t).isInstanceOf(ApiException.class);
              assertThat(fake.takeRequest().apikeyValid()).isFalse();
            });
  }

  @Test
  void theClientRunsOnTheContextsHttpPoolWhichIsClosedWithTheContext() throws Exception {
    PhoneCheckClient[] client = new PhoneCheckClient[1];
    runner
        .withPropertyValues(phonecheck())
        .run(
            context -> {
              client[0] = context.getBean(PhoneCheckClient.class);
              assertThat(client[0].checkAsync(PRIVACY_MOBILE).get(5, TimeUnit.SECONDS).result().isPrivacyNumber())
                  .isTrue();
            });
    Throwable t = catchThrowable(() -> client[0].checkAsync(PRIVACY_MOBILE).get(5, TimeUnit.SECONDS));
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
        .withPropertyValues(phonecheck())
        .withBean("appHttp", GameSdkHttp.class, () -> GameSdkHttp.builder().okHttpClient(base).build())
        .run(
            context -> {
              context.getBean(PhoneCheckClient.class).check(PRIVACY_MOBILE);
              assertThat(seen.get()).isEqualTo(1);
            });
  }

  @Test
  void anApplicationsOwnClientReplacesOurs() {
    runner
        .withPropertyValues(phonecheck())
        .withBean(
            "appClient",
            PhoneCheckClient.class,
            () -> PhoneCheckClient.builder().apikey(Secret.of("k")).httpMethod(HttpMethod.GET).build())
        .run(
            context -> {
              assertThat(context).hasSingleBean(PhoneCheckClient.class);
              assertThat(context.getBean(PhoneCheckClient.class).httpMethod()).isEqualTo(HttpMethod.GET);
            });
  }

  @Test
  void theContextsRequestListenersAreAttached() {
    runner
        .withPropertyValues(phonecheck())
        .withUserConfiguration(GameSdkAutoConfigurationTest.ListenerConfig.class)
        .run(
            context -> {
              context.getBean(PhoneCheckClient.class).check(PRIVACY_MOBILE);
              assertThat(context.getBean(GameSdkAutoConfigurationTest.ListenerConfig.class).ends)
                  .containsExactly("ssPhone_Privacy SUCCESS");
            });
  }

  @Test
  void aBlankApikeyFailsAtStartupNamingTheProperty() {
    runner
        .withPropertyValues("gamesdk.phonecheck.apikey=   ")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessageContaining("gamesdk.phonecheck.apikey");
            });
  }

  @Test
  void withoutSdkPhonecheckOnTheClasspathNothingOfItIsConfigured() {
    runner
        .withPropertyValues(phonecheck())
        .withClassLoader(new FilteredClassLoader(PhoneCheckClient.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(PhoneCheckProperties.class);
              assertThat(context).doesNotHaveBean("phoneCheckClient");
            });
  }

  @Test
  void theBoundPropertiesAndTheClientNeverPrintTheApikey() {
    runner
        .withPropertyValues(phonecheck())
        .run(
            context -> {
              PhoneCheckProperties p = context.getBean(PhoneCheckProperties.class);
              assertThat(p.getApikey().reveal()).isEqualTo(APIKEY);
              String printed = p + " " + context.getBean(PhoneCheckClient.class);
              assertThat(printed).contains(fake.baseUrl()).doesNotContain(APIKEY);
            });
  }
}
