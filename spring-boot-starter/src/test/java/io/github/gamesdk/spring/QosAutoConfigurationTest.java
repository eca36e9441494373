package io.github.gamesdk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.sign.CloudApiV2Signer;
import io.github.gamesdk.qos.QosClient;
import io.github.gamesdk.qos.model.GetUrlRequest;
import io.github.gamesdk.qos.model.GetUrlResponse;
import io.github.gamesdk.testkit.qos.FakeQosServer;
import io.github.gamesdk.testkit.qos.RecordedQosRequest;
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
 * {@link QosAutoConfiguration}: a {@link QosClient} bean only when {@code gamesdk.qos.game-id} is
 * set, on the context's {@link GameSdkHttp}, with the context's listeners, signing with the bound
 * SecretId and SecretKey (the fake verifies the Signature over the parameters it received).
 */
class QosAutoConfigurationTest {
  // Not the fake's defaults: a client that ignored the properties would be refused.
  static final String GAME_ID = "9191919";
  static final String SECRET_ID = "AKIDspr1ngB00tQosTest0000000000000";
  static final String SECRET_KEY = "QosKey-spr1ng-b00t-7d8e9f";

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  GameSdkAutoConfiguration.class,
                  GameSdkActuatorAutoConfiguration.class,
                  QosAutoConfiguration.class));

  FakeQosServer fake;

  @BeforeEach
  void start() {
    fake = FakeQosServer.start(GAME_ID, SECRET_ID, Secret.of(SECRET_KEY));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  String[] qos() {
    return new String[] {
      "gamesdk.qos.game-id=" + GAME_ID,
      "gamesdk.qos.secret-id=" + SECRET_ID,
      "gamesdk.qos.secret-key=" + SECRET_KEY,
      "gamesdk.qos.base-url=" + fake.baseUrl(),
    };
  }

  static GetUrlRequest geturl() {
    // Seed 000 lines 64-73: the example's PrivateIp and PublicIp.
    return GetUrlRequest.forServer("23.4.5.5", "124.4.5.6");
  }

  @Test
  void withoutAGameIdThereIsNoClient() {
    runner
        .withPropertyValues("gamesdk.qos.secret-id=" + SECRET_ID, "gamesdk.qos.secret-key=" + SECRET_KEY)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(QosProperties.class);
              assertThat(context).doesNotHaveBean(QosClient.class);
            });
  }

  @Test
  void aGameIdCreatesAClientThatSignsWithTheBoundCredentials() {
    runner
        .withPropertyValues(qos())
        .withPropertyValues("gamesdk.qos.signature-method=hmac-sha1", "gamesdk.qos.read-timeout=4s")
        .run(
            context -> {
              assertThat(context).hasSingleBean(QosClient.class);
              QosClient client = context.getBean(QosClient.class);
              assertThat(client.gameId()).isEqualTo(GAME_ID);
              assertThat(client.baseUrl().toString()).isEqualTo(fake.baseUrl() + "/");
              assertThat(client.signatureMethod()).isEqualTo(CloudApiV2Signer.Method.HMAC_SHA1);
              assertThat(client.toString()).contains("read=PT4S");
              GetUrlResponse r = client.geturl(geturl());
              assertThat(r.errno()).isZero();
              assertThat(r.mobileUrl()).isEqualTo(fake.mobileUrl());
              RecordedQosRequest req = fake.takeRequest();
              assertThat(req.violation()).isEmpty();
              assertThat(req.signatureValid()).isTrue();
              assertThat(req.param("GameId")).isEqualTo(GAME_ID);
              assertThat(req.param("SecretId")).isEqualTo(SECRET_ID);
              assertThat(req.param("SignatureMethod")).isEqualTo("HmacSHA1");
            });
  }

  @Test
  void aWrongBoundKeyIsRefusedByTheFake() {
    // The other side of the test above: the fake checks the Signature, so the key really is used.
    runner
        .withPropertyValues(qos())
        .withPropertyValues("gamesdk.qos.secret-key=NotTheKey-0000")
        .run(
            context -> {
              Throwable t = catchThrowable(() -> context.getBean(QosClient.class).geturl(geturl()));
              assertThat(t).isInstanceOf(ApiException.class);
              assertThat(fake.takeRequest().signatureValid()).isFalse();
            });
  }

  @Test
  void theClientRunsOnTheContextsHttpPoolWhichIsClosedWithTheContext() throws Exception {
    QosClient[] client = new QosClient[1];
    runner
        .withPropertyValues(qos())
        .run(
            context -> {
              client[0] = context.getBean(QosClient.class);
              assertThat(client[0].geturlAsync(geturl()).get(5, TimeUnit.SECONDS).errno()).isZero();
            });
    Throwable t = catchThrowable(() -> client[0].geturlAsync(geturl()).get(5, TimeUnit.SECONDS));
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
        .withPropertyValues(qos())
        .withBean("appHttp", GameSdkHttp.class, () -> GameSdkHttp.builder().okHttpClient(base).build())
        .run(
            context -> {
              context.getBean(QosClient.class).geturl(geturl());
              assertThat(seen.get()).isEqualTo(1);
            });
  }

  @Test
  void anApplicationsOwnClientReplacesOurs() {
    runner
        .withPropertyValues(qos())
        .withBean(
            "appClient",
            QosClient.class,
            () -> QosClient.builder().gameId("42").secretId("AKID42").secretKey(Secret.of("k")).build())
        .run(
            context -> {
              assertThat(context).hasSingleBean(QosClient.class);
              assertThat(context.getBean(QosClient.class).gameId()).isEqualTo("42");
            });
  }

  @Test
  void theContextsRequestListenersAreAttached() {
    runner
        .withPropertyValues(qos())
        .withUserConfiguration(GameSdkAutoConfigurationTest.ListenerConfig.class)
        .run(
            context -> {
              context.getBean(QosClient.class).geturl(geturl());
              assertThat(context.getBean(GameSdkAutoConfigurationTest.ListenerConfig.class).ends)
                  .containsExactly("geturl SUCCESS");
            });
  }

  @Test
  void aGameIdWithoutASecretKeyFailsAtStartupNamingTheProperty() {
    runner
        .withPropertyValues("gamesdk.qos.game-id=" + GAME_ID, "gamesdk.qos.secret-id=" + SECRET_ID)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessageContaining("gamesdk.qos.secret-key");
            });
  }

  @Test
  void aGameIdWithoutASecretIdFailsAtStartupNamingTheProperty() {
    runner
        .withPropertyValues("gamesdk.qos.game-id=" + GAME_ID, "gamesdk.qos.secret-key=" + SECRET_KEY)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessageContaining("gamesdk.qos.secret-id");
            });
  }

  @Test
  void withoutSdkQosOnTheClasspathNothingOfQosIsConfigured() {
    runner
        .withPropertyValues(qos())
        .withClassLoader(new FilteredClassLoader(QosClient.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(QosProperties.class);
              assertThat(context).doesNotHaveBean("qosClient");
            });
  }

  @Test
  void theBoundPropertiesAndTheClientNeverPrintTheSecrets() {
    runner
        .withPropertyValues(qos())
        .run(
            context -> {
              QosProperties p = context.getBean(QosProperties.class);
              assertThat(p.getSecretKey().reveal()).isEqualTo(SECRET_KEY);
              String printed = p + " " + context.getBean(QosClient.class);
              assertThat(printed).contains(GAME_ID).doesNotContain(SECRET_KEY).doesNotContain(SECRET_ID);
            });
  }
}
