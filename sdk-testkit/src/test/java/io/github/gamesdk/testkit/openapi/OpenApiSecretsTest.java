package io.github.gamesdk.testkit.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.openapi.OpenApiClient;
import io.github.gamesdk.openapi.OpenKeyKeepAlive;
import io.github.gamesdk.openapi.model.GetInfoRequest;
import io.github.gamesdk.openapi.model.IsLoginRequest;
import io.github.gamesdk.openapi.model.OpenApiRequest;
import io.github.gamesdk.testkit.Fault;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The openkey, the appkey and the sig sent never show up in an exception (message, cause, stack
 * trace), a client's, request's, session's or recorded request's {@code toString()}: whatever the
 * failure, over GET (where they ride in the URL) as over POST.
 */
class OpenApiSecretsTest {
  static final String APP_KEY = "AppKey-s3cr3t-4d1e9a";
  static final String OPENKEY = "OPENKEY-5ecret-9f8e7d6c";
  static final String OPENID = "00000000000000000000000007B673FF";

  @RegisterExtension
  final OpenApiFakeExtension openApi = OpenApiFakeExtension.withApp("1104466820", Secret.of(APP_KEY));

  static String everything(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString() + " " + t;
  }

  static GetInfoRequest user() {
    return GetInfoRequest.of(OPENID, Secret.of(OPENKEY), "qzone", "112.90.139.30");
  }

  @Test
  void noFailureLeaksTheOpenkeyTheKeyOrTheSig() {
    FakeOpenApiServer fake = openApi.server();
    fake.registerUser(OPENID, Secret.of(OPENKEY));
    fake.registerApi("/v3/spread/set_feed", "{\"ret\":0}");
    List<Supplier<Throwable>> failures = new ArrayList<>();
    for (HttpMethod m : HttpMethod.values()) {
      OpenApiClient client =
          fake.clientBuilder()
              .httpMethod(m)
              .timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2)))
              .build();
      assertThat(client.toString()).doesNotContain(APP_KEY);
      OpenApiRequest write = OpenApiRequest.builder().path("/v3/spread/set_feed").method(m).from(user()).build();
      for (Fault f : Fault.values()) {
        failures.add(() -> {
          fake.failNext(f);
          return catchThrowable(() -> client.call(write));
        });
      }
      failures.add(() -> {
        fake.respondWith("/v3/user/get_info", 200, "{\"ret\":-23,\"msg\":\"openkey=" + OPENKEY + " expired\"}");
        return catchThrowable(() -> client.getInfo(user()));
      });
      failures.add(() -> {
        fake.respondWith("/v3/user/get_info", 500, "<html>openkey=" + OPENKEY + "</html>");
        fake.respondWith("/v3/user/get_info", 500, "<html>openkey=" + OPENKEY + "</html>");
        fake.respondWith("/v3/user/get_info", 500, "<html>openkey=" + OPENKEY + "</html>");
        return catchThrowable(() -> client.getInfo(user()));
      });
      failures.add(() -> catchThrowable(() -> client.getInfo(GetInfoRequest.of(OPENID, Secret.of(OPENKEY), "qzone", "x"))));
    }
    for (Supplier<Throwable> f : failures) {
      Throwable t = f.get();
      assertThat(t).isNotNull();
      String text = everything(t);
      assertThat(text).doesNotContain(OPENKEY).doesNotContain(APP_KEY);
      for (RecordedOpenApiRequest r : fake.requests()) {
        assertThat(text).doesNotContain(r.param("sig"));
      }
    }
    for (RecordedOpenApiRequest r : fake.requests()) {
      assertThat(r.toString()).doesNotContain(OPENKEY).doesNotContain(r.param("sig"));
    }
    assertThat(user().toString()).doesNotContain(OPENKEY);
    try (OpenKeyKeepAlive k = OpenKeyKeepAlive.builder(fake.client()).autoSweep(false).build()) {
      OpenKeyKeepAlive.Session s = k.register(IsLoginRequest.of(OPENID, Secret.of(OPENKEY), "qzone", "1.2.3.4"));
      assertThat(s.toString() + k).doesNotContain(OPENKEY);
    }
  }
}
