package io.github.gamesdk.spring.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.qqconnect.callback.VipOrder;
import io.github.gamesdk.spring.VipOrderCreditor;
import io.github.gamesdk.testkit.qqconnect.VipCallbackSender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * The VIP order callback endpoint in a running Spring Boot web application on a random port, driven
 * by the testkit's {@link VipCallbackSender} as QQ VIP would: a first delivery is credited once, a
 * repeated one (also when several arrive at once) is acknowledged without crediting, a forged,
 * tampered or stale one is refused, and a delivery whose crediting failed is asked for again.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    classes = VipCallbackEndpointTest.App.class,
    properties = {
      "server.address=127.0.0.1",
      "gamesdk.qqconnect.vip-callback.enabled=true",
      "gamesdk.qqconnect.vip-callback.path=/qqvip/orders",
      "gamesdk.qqconnect.vip-callback.callback-key=" + VipCallbackEndpointTest.CALLBACK_KEY,
    })
class VipCallbackEndpointTest {
  static final String CALLBACK_KEY = "CallbackKey-w3b-8c9d0e";
  static final String ACK = "{\"ret\":0,\"msg\":\"succ\"}";

  /** The application: only auto-configuration and a creditor. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    Ledger ledger() {
      return new Ledger();
    }

    @Bean
    VipOrderCreditor creditor(Ledger ledger) {
      return ledger::credit;
    }
  }

  /** The application's record of credited orders; fails once for openids marked flaky. */
  static final class Ledger {
    final List<VipOrder> credited = new CopyOnWriteArrayList<>();
    final Set<String> failOnce = ConcurrentHashMap.newKeySet();

    void credit(VipOrder order) {
      if (failOnce.remove(order.openid())) {
        throw new IllegalStateException("database unavailable");
      }
      credited.add(order);
    }

    long count(String orderId) {
      return credited.stream().filter(o -> o.orderId().equals(orderId)).count();
    }
  }

  @LocalServerPort int port;
  @Autowired Ledger ledger;

  final VipCallbackSender qqVip = VipCallbackSender.create(Secret.of(CALLBACK_KEY));

  String url() {
    return "http://127.0.0.1:" + port + "/qqvip/orders";
  }

  /** A fresh order, so that the tests of this class do not see each other's marks. */
  static Map<String, String> order(String openid) {
    Map<String, String> o = new LinkedHashMap<>(VipCallbackSender.SEED_EXAMPLE_ORDER);
    o.put("openid", openid);
    o.put("order_id", "20171012-" + UUID.randomUUID());
    return o;
  }

  @Test
  void aFirstDeliveryIsCreditedOnceAndItsRepetitionOnlyAcknowledged() {
    Map<String, String> order = order("xjfdaldfjrefjfljljgfjg");
    VipCallbackSender.Delivery d = qqVip.delivery(order);

    VipCallbackSender.Reply first = d.sendTo(url());
    assertThat(first.httpStatus()).isEqualTo(200);
    assertThat(first.body()).isEqualTo(ACK);
    assertThat(ledger.count(order.get("order_id"))).isEqualTo(1);
    VipOrder credited =
        ledger.credited.stream().filter(o -> o.orderId().equals(order.get("order_id"))).findFirst().get();
    assertThat(credited.openid()).isEqualTo("xjfdaldfjrefjfljljgfjg");
    assertThat(credited.months()).isEqualTo(1);

    VipCallbackSender.Reply again = d.sendTo(url());
    assertThat(again.acknowledged()).isTrue();
    assertThat(again.body()).isEqualTo(ACK);
    assertThat(ledger.count(order.get("order_id"))).isEqualTo(1);
  }

  @Test
  void theAnswerIsJson() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(qqVip.delivery(order("json0penid")).url(url())))
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(r.body()).isEqualTo(ACK);
  }

  @Test
  void forgedTamperedStaleAndIncompleteDeliveriesAreRefusedAndNothingIsCredited() {
    Map<String, String> order = order("f0rgedopenid");
    VipCallbackSender.Reply forged = qqVip.delivery(order).forgeSign().sendTo(url());
    assertThat(forged.acknowledged()).isFalse();
    assertThat(forged.body()).isEqualTo("{\"ret\":-2,\"msg\":\"bad sign\"}");

    VipCallbackSender.Reply otherKey =
        VipCallbackSender.create(Secret.of("not-the-callback-key")).delivery(order).sendTo(url());
    assertThat(otherKey.body()).isEqualTo("{\"ret\":-2,\"msg\":\"bad sign\"}");

    VipCallbackSender.Reply tampered =
        qqVip.delivery(order).tamperData("{\"openid\":\"f0rgedopenid\",\"order_id\":\"free\",\"open_months\":\"12\"}").sendTo(url());
    assertThat(tampered.body()).isEqualTo("{\"ret\":-2,\"msg\":\"bad sign\"}");

    VipCallbackSender.Reply stale = qqVip.delivery(order).olderBy(Duration.ofHours(2)).sendTo(url());
    assertThat(stale.body()).isEqualTo("{\"ret\":-3,\"msg\":\"stale request\"}");

    VipCallbackSender.Reply unsigned = qqVip.delivery(order).without("sign").sendTo(url());
    assertThat(unsigned.body()).isEqualTo("{\"ret\":-1,\"msg\":\"bad request\"}");

    assertThat(ledger.credited).noneMatch(o -> o.openid().equals("f0rgedopenid") || o.orderId().equals("free"));
    // The genuine delivery is still accepted afterwards: refusals marked nothing.
    assertThat(qqVip.delivery(order).sendTo(url()).acknowledged()).isTrue();
    assertThat(ledger.count(order.get("order_id"))).isEqualTo(1);
  }

  @Test
  void aDeliveryWhoseCreditingFailedIsAskedForAgainAndThenCredited() {
    Map<String, String> order = order("f1akyopenid");
    ledger.failOnce.add("f1akyopenid");
    VipCallbackSender.Delivery d = qqVip.delivery(order);
    VipCallbackSender.Reply first = d.sendTo(url());
    assertThat(first.acknowledged()).isFalse();
    assertThat(first.body()).isEqualTo("{\"ret\":-4,\"msg\":\"try again later\"}");
    assertThat(ledger.count(order.get("order_id"))).isZero();

    assertThat(d.sendTo(url()).body()).isEqualTo(ACK);
    assertThat(ledger.count(order.get("order_id"))).isEqualTo(1);
  }

  @Test
  void theSameDeliveryArrivingEightTimesAtOnceIsCreditedOnce() throws Exception {
    Map<String, String> order = order("c0ncurrentopenid");
    VipCallbackSender.Delivery d = qqVip.delivery(order);
    int n = 8;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<VipCallbackSender.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        replies.add(
            pool.submit(
                () -> {
                  go.await();
                  return d.sendTo(url());
                }));
      }
      go.countDown();
      for (Future<VipCallbackSender.Reply> r : replies) {
        assertThat(r.get(10, TimeUnit.SECONDS).body()).isEqualTo(ACK);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ledger.count(order.get("order_id"))).isEqualTo(1);
  }

  @Test
  void onlyTheConfiguredPathAndGetAreServed() throws Exception {
    VipCallbackSender.Delivery d = qqVip.delivery(order("p4thopenid"));
    assertThat(d.sendTo("http://127.0.0.1:" + port + "/vip/callback").httpStatus()).isEqualTo(404);
    HttpResponse<String> post =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(d.url(url())))
                    .timeout(Duration.ofSeconds(5))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isNotEqualTo(200);
    assertThat(ledger.credited).noneMatch(o -> o.openid().equals("p4thopenid"));
  }
}
