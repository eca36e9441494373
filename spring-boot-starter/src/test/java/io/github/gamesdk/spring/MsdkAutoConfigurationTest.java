package io.github.gamesdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.CallOutcome;
import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.RequestListener;
import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.msdk.MsdkClient;
import io.github.gamesdk.msdk.model.auth.VerifyLoginRequest;
import io.github.gamesdk.msdk.model.auth.VerifyLoginResponse;
import io.github.gamesdk.testkit.msdk.FakeMsdkServer;
import io.github.gamesdk.testkit.msdk.RecordedMsdkRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@link MsdkAutoConfiguration}: an {@link MsdkClient} bean only when {@code gamesdk.msdk.app-id}
 * is set, on the context's {@link GameSdkHttp}, with the context's listeners, computing {@code
 * sig} with the bound key (the fake verifies it).
 */
class MsdkAutoConfigurationTest {
  // Not the fake's defaults: a client that ignored the properties would be refused.
  static final String APP_ID = "100700001";
  static final String MSDK_KEY = "msdk-spr1ng-b00t-key-0123456789";
  static final String APP_KEY = "msdk-spr1ng-b00t-appkey-98765";
  static final String OPENID = "F4382318AFBBE94C7FBC2C0B9A5B7B3C";

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  GameSdkAutoConfiguration.class,
                  GameSdkActuatorAutoConfiguration.class,
                  MsdkAutoConfiguration.class));

  FakeMsdkServer fake;

  @BeforeEach
  void start() {
    fake = FakeMsdkServer.start(APP_ID, Secret.of(MSDK_KEY), Secret.of(APP_KEY));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  static VerifyLoginResponse verifyLogin(MsdkClient msdk) {
    return msdk.auth()
        .verifyLogin(
            OPENID,
            VerifyLoginRequest.builder()
                .appid(Long.parseLong(APP_ID))
                .openid(OPENID)
                .openkey(Secret.of("933FE8C9AB9C585D7EABD04373B7155F"))
                .userip("192.168.5.114")
                .build());
  }

  @Test
  void withoutAnAppIdThereIsNoClient() {
    runner
        .withPropertyValues("gamesdk.msdk.msdk-key=" + MSDK_KEY)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(MsdkClient.class);
            });
  }

  @Test
  void theBoundMsdkKeySignsOnTheSharedHttpStackWithTheContextsListeners() {
    List<String> seen = new CopyOnWriteArrayList<>();
    RequestListener listener =
        new RequestListener() {
          @Override
          public void onEnd(
              Endpoint e, CallOutcome o, GameSdkException f, int attempts, Duration elapsed) {
            seen.add(e.name() + " " + o);
          }
        };
    runner
        .withBean(RequestListener.class, () -> listener)
        .withPropertyValues(
            "gamesdk.msdk.app-id=" + APP_ID,
            "gamesdk.msdk.msdk-key=" + MSDK_KEY,
            "gamesdk.msdk.base-url=" + fake.baseUrl())
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(MsdkClient.class);
              MsdkClient msdk = context.getBean(MsdkClient.class);
              assertThat(msdk.appId()).isEqualTo(APP_ID);
              assertThat(verifyLogin(msdk).ret()).isZero();
              RecordedMsdkRequest r = fake.takeRequest();
              assertThat(r.sigValid()).isTrue();
              assertThat(r.params()).containsEntry("encode", "2").containsEntry("appid", APP_ID);
              assertThat(seen).containsExactly("auth/verify_login SUCCESS");
              assertThat(context.getBean(GameSdkHttp.class)).isNotNull();
              assertThat(context.getBean(MsdkProperties.class).toString())
                  .doesNotContain(MSDK_KEY)
                  .contains("****");
            });
  }

  @Test
  void anAppKeyAloneSignsWithEncode1() {
    runner
        .withPropertyValues(
            "gamesdk.msdk.app-id=" + APP_ID,
            "gamesdk.msdk.app-key=" + APP_KEY,
            "gamesdk.msdk.base-url=" + fake.baseUrl())
        .run(
            context -> {
              assertThat(verifyLogin(context.getBean(MsdkClient.class)).ret()).isZero();
              RecordedMsdkRequest r = fake.takeRequest();
              assertThat(r.sigValid()).isTrue();
              assertThat(r.params()).containsEntry("encode", "1");
            });
  }

  @Test
  void aMissingKeyStopsStartupNamingTheProperties() {
    runner
        .withPropertyValues("gamesdk.msdk.app-id=" + APP_ID)
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("gamesdk.msdk.msdk-key")
                    .hasMessageContaining("gamesdk.msdk.app-key"));
  }

  @Test
  void environmentAndBaseUrlAreExclusive() {
    runner
        .withPropertyValues(
            "gamesdk.msdk.app-id=" + APP_ID,
            "gamesdk.msdk.msdk-key=" + MSDK_KEY,
            "gamesdk.msdk.environment=test-https",
            "gamesdk.msdk.base-url=" + fake.baseUrl())
        .run(context -> assertThat(context).hasFailed());
  }
}
