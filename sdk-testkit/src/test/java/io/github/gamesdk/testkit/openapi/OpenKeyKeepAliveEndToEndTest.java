package io.github.gamesdk.testkit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.openapi.OpenApiClient;
import io.github.gamesdk.openapi.OpenKeyKeepAlive;
import io.github.gamesdk.openapi.model.IsLoginRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The keep-alive against the fake, both on one fake clock: an openkey renewed every 30 minutes
 * outlives its two hours; one left alone expires and the keep-alive reports it and stops.
 */
class OpenKeyKeepAliveEndToEndTest {
  final FakeOpenApiServerTest.MutableClock clock = new FakeOpenApiServerTest.MutableClock();
  final List<String> events = new CopyOnWriteArrayList<>();
  final List<GameSdkException> causes = new CopyOnWriteArrayList<>();
  FakeOpenApiServer fake;
  OpenApiClient client;

  @BeforeEach
  void start() {
    fake = FakeOpenApiServer.start(
        FakeOpenApiServer.DEFAULT_APP_ID, Secret.of(FakeOpenApiServer.DEFAULT_APP_KEY), clock);
    client = fake.client();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  OpenKeyKeepAlive keepAlive() {
    return OpenKeyKeepAlive.builder(client)
        .clock(clock)
        .autoSweep(false)
        .listener(
            new OpenKeyKeepAlive.Listener() {
              @Override
              public void onRenewed(OpenKeyKeepAlive.Session s) {
                events.add("renewed " + s.openid());
              }

              @Override
              public void onFailure(OpenKeyKeepAlive.Session s, GameSdkException e) {
                events.add("failed " + s.openid());
              }

              @Override
              public void onStopped(OpenKeyKeepAlive.Session s, GameSdkException e) {
                causes.add(e);
                events.add("stopped " + s.openid());
              }
            })
        .build();
  }

  static IsLoginRequest login(String openid, String openkey) {
    return IsLoginRequest.of(openid, Secret.of(openkey), "qzone", "112.90.139.30");
  }

  @Test
  void aKeptSessionOutlivesTwoHoursAndAnAbandonedOneEnds() throws Exception {
    fake.registerUser("KEPT", Secret.of("kept-key"));
    fake.registerUser("LEFT", Secret.of("left-key"));
    Instant t0 = clock.now;
    try (OpenKeyKeepAlive k = keepAlive()) {
      k.register(login("KEPT", "kept-key"));
      OpenKeyKeepAlive.Session left = k.register(login("LEFT", "left-key"));
      for (int i = 1; i <= 3; i++) {
        clock.now = t0.plus(Duration.ofMinutes(30L * i));
        k.renewDue().get(5, TimeUnit.SECONDS);
        if (i == 1) {
          // The user of LEFT closes the page: the app stops renewing and the platform forgets.
          left.cancel();
        }
      }
      clock.now = t0.plus(Duration.ofMinutes(150)); // past 2 h after start
      k.renewDue().get(5, TimeUnit.SECONDS);
      assertThat(fake.openKeyValidUntil("KEPT", Secret.of("kept-key")))
          .isEqualTo(t0.plus(Duration.ofMinutes(150)).plus(Duration.ofHours(2)));
      assertThat(fake.openKeyValidUntil("LEFT", Secret.of("left-key")))
          .isEqualTo(t0.plus(Duration.ofMinutes(30)).plus(Duration.ofHours(2)));
      assertThat(events).containsOnly("renewed KEPT", "renewed LEFT");
      assertThat(events.stream().filter(e -> e.equals("renewed KEPT")).count()).isEqualTo(4);

      // LEFT registered again long after its key died: the platform answers -23 and it stops.
      assertThat(k.unregister("KEPT")).isEqualTo(1);
      clock.now = t0.plus(Duration.ofMinutes(300));
      k.register(login("LEFT", "left-key"));
      clock.now = clock.now.plus(Duration.ofMinutes(30));
      k.renewDue().get(5, TimeUnit.SECONDS);
      assertThat(events).contains("stopped LEFT");
      assertThat(causes).singleElement().isInstanceOfSatisfying(
          ApiException.class, e -> assertThat(e.rawCode()).isEqualTo(-23));
      assertThat(k.sessions()).extracting(OpenKeyKeepAlive.Session::openid).doesNotContain("LEFT");
    }
    for (RecordedOpenApiRequest r : fake.requests()) {
      assertThat(r.path()).isEqualTo("/v3/user/is_login");
      assertThat(r.sigValid()).isTrue();
    }
  }
}
