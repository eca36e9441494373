package io.github.gamesdk.testkit.qqconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.qqconnect.QqConnectClient;
import io.github.gamesdk.qqconnect.model.GameTag;
import io.github.gamesdk.qqconnect.model.OAuthMeRequest;
import io.github.gamesdk.qqconnect.model.SendShareForInnerRequest;
import io.github.gamesdk.qqconnect.model.ShareReceiver;
import io.github.gamesdk.testkit.Fault;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The access token, the appkey and the sign sent never show up in an exception (message, cause,
 * stack trace), in the client's {@code toString()}, or in a recorded request's {@code toString()}:
 * whatever the failure.
 */
class SecretsTest {
  static final String APP_KEY = "AppKey-s3cr3t-7f9e2b";
  static final String TOKEN = "TOKEN-5ecret-0a1b2c3d4e5f";
  static final String OPENID = "1983e77ac7517e997967168816c41867";

  @RegisterExtension
  final QqConnectFakeExtension qq = QqConnectFakeExtension.withApp("1104466820", Secret.of(APP_KEY));

  static SendShareForInnerRequest share() {
    return SendShareForInnerRequest.builder()
        .openid(OPENID)
        .accessToken(Secret.of(TOKEN))
        .addFopenids(ShareReceiver.of("962f1d0f4cfcdc2981c51bcc0a630057"))
        .imageUrl("https://egame.gtimg.cn/club/pgg/v2.0/img/index/icon.png")
        .targetUrl("https://egame.qq.com/")
        .gameTag(GameTag.MSG_INVITE)
        .build();
  }

  static String everything(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString() + " " + t;
  }

  void assertNoSecret(String text, List<String> signs) {
    assertThat(text).doesNotContain(TOKEN).doesNotContain(APP_KEY);
    for (String sign : signs) {
      assertThat(text).doesNotContain(sign);
    }
  }

  @Test
  void noFailureLeaksTheTokenTheKeyOrTheSign() {
    FakeQqConnectServer fake = qq.server();
    QqConnectClient client =
        fake.clientBuilder()
            .timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2)))
            .build();
    List<Supplier<Throwable>> failures = new ArrayList<>();
    for (Fault f : Fault.values()) {
      failures.add(() -> {
        fake.failNext(f);
        return catchThrowable(() -> client.sendShareForInner(share()));
      });
    }
    // Vendor refusals, one of them echoing the token the way a careless server might.
    failures.add(() -> {
      fake.respondWith("send_share_for_inner", 200,
          "{\"ret\":-21,\"msg\":\"access_token=" + TOKEN + " revoked\"}");
      return catchThrowable(() -> client.sendShareForInner(share()));
    });
    failures.add(() -> {
      fake.respondWith("send_share_for_inner", 200,
          "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":100014,\"msg\":\"{\\\"access_token\\\":\\\"" + TOKEN + "\\\"}\"}}");
      return catchThrowable(() -> client.sendShareForInner(share()));
    });
    // The fake's own rejections: wrong key (-5), wrong appid (-2), unknown cmd (-9).
    failures.add(() -> catchThrowable(
        () -> fake.clientBuilder().appKey(Secret.of("wrong-" + APP_KEY)).build().sendShareForInner(share())));
    failures.add(() -> catchThrowable(() -> fake.clientBuilder().appId("100330589").build().sendShareForInner(share())));
    failures.add(() -> catchThrowable(
        () -> client.transfer("nope", OPENID, Secret.of(TOKEN), Collections.<String, String>emptyMap())));
    // graph.qq.com: unknown token, then HTML, both blocking and async.
    failures.add(() -> catchThrowable(() -> client.me(OAuthMeRequest.of(Secret.of(TOKEN)))));
    failures.add(() -> {
      fake.failNext(Fault.HTML);
      return catchThrowable(() -> client.meAsync(OAuthMeRequest.of(Secret.of(TOKEN))).get(5, TimeUnit.SECONDS));
    });
    // Before the network: a bad cmd.
    failures.add(() -> catchThrowable(
        () -> client.transfer("bad cmd", OPENID, Secret.of(TOKEN), Collections.<String, String>emptyMap())));

    List<Throwable> thrown = new ArrayList<>();
    for (Supplier<Throwable> s : failures) {
      Throwable t = s.get();
      assertThat(t).isNotNull();
      thrown.add(t);
    }
    List<String> signs = new ArrayList<>();
    for (RecordedQqRequest r : fake.requests()) {
      if (r.param("sign") != null) {
        signs.add(r.param("sign"));
      }
      assertNoSecret(r.toString(), signs);
    }
    assertThat(signs).hasSizeGreaterThan(8);
    for (Throwable t : thrown) {
      assertNoSecret(everything(t), signs);
    }
    assertNoSecret(client.toString(), signs);
    assertNoSecret(fake.toString(), signs);
    assertNoSecret(share().toString(), signs);
    assertNoSecret(qq.toString(), signs);
  }
}
