package io.github.gamesdk.testkit.msdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.msdk.MsdkClient;
import io.github.gamesdk.msdk.model.auth.CheckTokenRequest;
import io.github.gamesdk.testkit.Fault;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The msdkkey, the user's token and the sig sent never show up in an exception (message, cause,
 * stack trace), in the client's {@code toString()}, or in a recorded request's {@code toString()}.
 */
class MsdkSecretsTest {
  static final String MSDK_KEY = "MsdkKey-s3cr3t-7f9e2b";
  static final String TOKEN = "TOKEN-5ecret-0a1b2c3d4e5f";
  static final String OPENID = "oGRTijiaT-XrbyXKozckdNHFgPyc";

  @RegisterExtension
  final MsdkFakeExtension msdk = MsdkFakeExtension.withApp("wxcde873f99466f74a", Secret.of(MSDK_KEY));

  static CheckTokenRequest check() {
    return CheckTokenRequest.builder().openid(OPENID).accessToken(Secret.of(TOKEN)).build();
  }

  static String everything(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString() + " " + t;
  }

  void assertNoSecret(String text, List<String> sigs) {
    assertThat(text).doesNotContain(TOKEN).doesNotContain(MSDK_KEY);
    for (String sig : sigs) {
      assertThat(text).doesNotContain(sig);
    }
  }

  @Test
  void noFailureLeaksTheTokenTheKeyOrTheSig() {
    FakeMsdkServer fake = msdk.server();
    MsdkClient plain =
        fake.clientBuilder()
            .timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2)))
            .build();
    MsdkClient tea = plain.toBuilder().msdktea(true).build();
    List<Supplier<Throwable>> failures = new ArrayList<>();
    for (MsdkClient client : new MsdkClient[] {plain, tea}) {
      for (Fault f : Fault.values()) {
        failures.add(() -> {
          fake.failNext(f, 3);
          return catchThrowable(() -> client.auth().checkToken(OPENID, check()));
        });
      }
      // A careless server echoing the token, in msg and as err_type noise.
      failures.add(() -> {
        fake.respondWith("auth/check_token", 200,
            "{\"ret\":-20000,\"msg\":\"40001,invalid credential access_token=" + TOKEN + "\",\"err_type\":3}");
        return catchThrowable(() -> client.auth().checkToken(OPENID, check()));
      });
      failures.add(() -> {
        fake.respondWith("auth/check_token", 200,
            "{\"ret\":-1011,\"msg\":\"{\\\"accessToken\\\":\\\"" + TOKEN + "\\\"}\"}");
        return catchThrowable(() -> client.auth().checkTokenAsync(OPENID, check()).get(5, TimeUnit.SECONDS));
      });
    }
    // The fake's own rejections: a wrong key (-502), a wrong appid (-504).
    failures.add(() -> catchThrowable(
        () -> fake.clientBuilder().msdkKey(Secret.of("wrong-" + MSDK_KEY)).build().auth().checkToken(OPENID, check())));
    failures.add(() -> catchThrowable(
        () -> fake.clientBuilder().appId("wx0000000000000000").build().auth().checkToken(OPENID, check())));

    List<Throwable> thrown = new ArrayList<>();
    for (Supplier<Throwable> s : failures) {
      Throwable t = s.get();
      assertThat(t).isNotNull();
      thrown.add(t);
    }
    List<String> sigs = new ArrayList<>();
    for (RecordedMsdkRequest r : fake.requests()) {
      sigs.add(r.param("sig"));
    }
    for (RecordedMsdkRequest r : fake.requests()) {
      assertNoSecret(r.toString(), sigs);
    }
    assertThat(sigs).hasSizeGreaterThan(10);
    for (Throwable t : thrown) {
      assertNoSecret(everything(t), sigs);
    }
    assertNoSecret(plain.toString() + tea.toString() + check().toString(), sigs);
  }
}
