package io.github.gamesdk.testkit.phonecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.phonecheck.PhoneCheckClient;
import io.github.gamesdk.phonecheck.model.PhoneCheckRequest;
import io.github.gamesdk.phonecheck.model.PhoneCheckResponse;
import io.github.gamesdk.testkit.Fault;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The full phone number never appears in a log line, a {@code toString()} or an exception
 * (message, cause, stack trace), and the apikey appears nowhere, whatever happens: successes by
 * POST and GET, faults, vendor errors echoing both, and rejected input. The SDK's debug log is
 * read from System.err (slf4j-simple, see simplelogger.properties).
 */
class PhoneNumberPrivacyTest {
  static final String APIKEY = "k3y-S3CRET-0123456789abcdef01234";
  static final String NUMBER = "18466849135";
  static final String MASKED = "184****9135";

  @RegisterExtension
  final PhoneCheckFakeExtension phones = PhoneCheckFakeExtension.withApikey(Secret.of(APIKEY));

  static String everything(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w + " " + t;
  }

  static void assertClean(String text) {
    assertThat(text).doesNotContain(NUMBER).doesNotContain(APIKEY);
  }

  @Test
  void noLogLineToStringOrExceptionShowsTheNumberOrTheApikey() throws Exception {
    FakePhoneCheckServer fake = phones.server();
    Timeouts fastTimeouts =
        Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2));
    PhoneCheckClient post = fake.clientBuilder().timeouts(fastTimeouts).build();
    PhoneCheckClient get = fake.clientBuilder().timeouts(fastTimeouts).httpMethod(HttpMethod.GET).build();
    List<Object> results = new ArrayList<>();
    List<Throwable> thrown = new ArrayList<>();

    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream savedErr = System.err;
    System.setErr(new PrintStream(log, true, "UTF-8"));
    try {
      results.add(post.check(NUMBER));
      results.add(get.check("+86 " + NUMBER));
      results.add(get.checkAsync(NUMBER).get(5, TimeUnit.SECONDS));
      for (Fault f : Fault.values()) {
        fake.failNext(f);
        thrown.add(catchThrowable(() -> get.check(NUMBER)));
        fake.failNext(f);
        thrown.add(catchThrowable(() -> post.check(NUMBER)));
      }
      // A careless vendor echoing the number and the key, as text and as unquoted JSON.
      fake.respondWith(200, "{code: -3, reason: \"bad mobile=" + NUMBER + "&apikey=" + APIKEY + "\"}");
      thrown.add(catchThrowable(() -> get.check(NUMBER)));
      fake.respondWith(200, "{code: -1, reason: \"{apikey: " + APIKEY + ", Mobile: " + NUMBER + "}\"}");
      thrown.add(catchThrowable(() -> post.check(NUMBER)));
      fake.respondWith(503, "<html>busy for " + NUMBER + "</html>");
      thrown.add(catchThrowable(() -> post.check(NUMBER)));
      fake.respondWith(200, "{code: 0, reason: \"Succ\", Mobile: \"" + NUMBER + "\"}");
      thrown.add(catchThrowable(() -> get.check(NUMBER)));
      // The fake's own rejections and -5.
      thrown.add(catchThrowable(() -> fake.clientBuilder().apikey(Secret.of("x" + APIKEY.substring(1))).build().check(NUMBER)));
      fake.setBalance(0);
      thrown.add(catchThrowable(() -> get.check(NUMBER)));
      thrown.add(catchThrowable(() -> get.checkAsync(NUMBER).get(5, TimeUnit.SECONDS)));
      // Rejected before sending.
      thrown.add(catchThrowable(() -> post.check(NUMBER + "0")));
      thrown.add(catchThrowable(() -> post.check(NUMBER + "," + NUMBER)));
    } finally {
      System.err.flush();
      System.setErr(savedErr);
    }
    String logged = new String(log.toByteArray(), StandardCharsets.UTF_8);

    // The log really holds the calls: the GET URLs with the number masked.
    assertThat(logged)
        .contains("phonecheck ssPhone_Privacy -> GET")
        .contains("phonecheck ssPhone_Privacy -> POST")
        .contains("mobile=" + MASKED)
        .contains("apikey=****");
    assertClean(logged);

    assertThat(thrown).hasSize(2 * Fault.values().length + 9).doesNotContainNull();
    for (Throwable t : thrown) {
      assertClean(everything(t));
    }
    for (Object r : results) {
      assertThat(((PhoneCheckResponse) r).result().mobile()).isEqualTo(NUMBER);
      assertThat(r.toString()).contains(MASKED);
      assertClean(r.toString());
    }
    for (RecordedPhoneCheckRequest r : fake.requests()) {
      assertClean(r.toString());
    }
    assertThat(fake.requestCount()).isGreaterThan(2 * Fault.values().length);
    assertClean(post.toString());
    assertClean(get.toString());
    assertClean(fake.toString());
    assertClean(phones.toString());
    assertClean(PhoneCheckRequest.of(NUMBER).toString());
  }
}
