package io.github.gamesdk.testkit.qos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.qos.QosClient;
import io.github.gamesdk.qos.model.CloseRequest;
import io.github.gamesdk.qos.model.MobileUrlRequest;
import io.github.gamesdk.qos.model.OpenRequest;
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
 * The SecretKey, the Signatures sent and the phone's number (PhoneNO) never show up in an
 * exception (message, cause, stack trace), a client's or request's {@code toString()}, or a
 * recorded request's {@code toString()}: whatever the failure.
 */
class QosSecretsTest {
  static final String KEY = "SecretKey-s3cr3t-9a8b7c";
  static final String PHONE_NO = "13812345678";

  @RegisterExtension
  final QosFakeExtension qos = QosFakeExtension.withGame("8282828", "AKIDsecretstest", Secret.of(KEY));

  static OpenRequest open() {
    return OpenRequest.builder().privateIp("10.0.0.1").publicIp("117.136.0.9").phoneNo(PHONE_NO).addDstIps("1.1.1.1").build();
  }

  static String everything(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w + " " + t;
  }

  static void assertClean(String text, List<String> signatures) {
    assertThat(text).doesNotContain(KEY).doesNotContain(PHONE_NO).doesNotContain("12345678");
    for (String s : signatures) {
      assertThat(text).doesNotContain(s);
    }
  }

  @Test
  void noFailureLeaksTheKeyTheSignatureOrThePhoneNumber() {
    FakeQosServer fake = qos.server();
    QosClient client =
        fake.clientBuilder()
            .timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2)))
            .build();
    List<Supplier<Throwable>> failures = new ArrayList<>();
    for (Fault f : Fault.values()) {
      failures.add(() -> {
        fake.failNext(f);
        return catchThrowable(() -> client.open(open()));
      });
    }
    // A careless server echoing the request back in its message.
    failures.add(() -> {
      fake.respondWith("open", 200, "{\"errno\":3,\"errmsg\":\"bad PhoneNO=" + PHONE_NO + "&Signature=abc\"}");
      return catchThrowable(() -> client.open(open()));
    });
    failures.add(() -> {
      fake.respondWith("close", 500, "{\"errno\":5,\"errmsg\":\"{\\\"PhoneNO\\\":\\\"" + PHONE_NO + "\\\"}\"}");
      return catchThrowable(() -> client.close(CloseRequest.of(open())));
    });
    // The fake's own refusals: wrong key (4100), wrong SecretId (4104), a broken rule (errno 1).
    failures.add(() -> catchThrowable(() -> fake.clientBuilder().secretKey(Secret.of("wrong-" + KEY)).build().open(open())));
    failures.add(() -> catchThrowable(() -> fake.clientBuilder().secretId("AKIDother").build().open(open())));
    failures.add(() -> catchThrowable(() -> fake.clientBuilder().gameId("1").build().open(open())));
    failures.add(() -> {
      fake.respondWith(FakeQosServer.MOBILE_URL, 200, "{\"error\":{\"code\":\"4002\",\"message\":\"" + PHONE_NO + "\"}}");
      return catchThrowable(() -> client.fetchMobileUrl(MobileUrlRequest.of(fake.mobileUrl())));
    });
    List<Throwable> thrown = new ArrayList<>();
    for (Supplier<Throwable> s : failures) {
      Throwable t = s.get();
      assertThat(t).isNotNull();
      thrown.add(t);
    }
    List<String> signatures = new ArrayList<>();
    for (RecordedQosRequest r : fake.requests()) {
      if (r.param("Signature") != null) {
        signatures.add(r.param("Signature"));
      }
    }
    assertThat(signatures).hasSizeGreaterThan(8);
    for (RecordedQosRequest r : fake.requests()) {
      assertClean(r.toString(), signatures);
    }
    for (Throwable t : thrown) {
      assertClean(everything(t), signatures);
    }
    assertClean(client.toString(), signatures);
    assertClean(fake.toString(), signatures);
    assertClean(open().toString(), signatures);
    assertClean(CloseRequest.of(open()).toString(), signatures);
    assertClean(qos.toString(), signatures);
  }
}
