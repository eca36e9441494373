package io.github.gamesdk.testkit.qqconnect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.callback.DedupeStore;
import io.github.gamesdk.qqconnect.VipCode;
import io.github.gamesdk.qqconnect.callback.VipCallbackResult;
import io.github.gamesdk.qqconnect.callback.VipCallbackResult.Status;
import io.github.gamesdk.qqconnect.callback.VipOrder;
import io.github.gamesdk.qqconnect.callback.VipOrderCallbackHandler;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The QQ VIP order callback (seed 003 lines 826-925): the SDK's {@link VipOrderCallbackHandler}
 * against deliveries signed independently in the test ({@code md5(data + appkey)} with a fresh
 * {@code MessageDigest}) and by the testkit's {@link VipCallbackSender}. The seed's example sign
 * is illustrative and does not reproduce (PROTOCOLS.md §2); it is never used here.
 */
class VipOrderCallbackTest {
  static final String KEY = "ffff-callback-key";
  static final long NOW = 1508210911065L; // the seed's ts (line 864)
  static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);
  static final String SUCC = "{\"ret\":0,\"msg\":\"succ\"}";

  /** The seed's order (lines 868-875), compact, values all strings. */
  static final String DATA =
      "{\"aid\":\"aaaaa\",\"msg_time\":\"1507799551\",\"open_months\":\"1\",\"open_type\":\"vip\","
          + "\"openid\":\"xjfdaldfjrefjfljljgfjg\",\"order_id\":\"20171012-1712128958\"}";

  final List<VipOrder> credited = new CopyOnWriteArrayList<>();
  final Consumer<VipOrder> credit = credited::add;

  static VipOrderCallbackHandler handler() {
    return VipOrderCallbackHandler.builder(Secret.of(KEY)).clock(CLOCK).build();
  }

  static Map<String, String> params(String ts, String data, String sign) {
    Map<String, String> p = new HashMap<>();
    p.put("ts", ts);
    p.put("data", data);
    p.put("sign", sign);
    return p;
  }

  static Map<String, String> seedDelivery() {
    return params(Long.toString(NOW), DATA, Independent.md5(DATA + KEY));
  }

  static String flip(String s, int i) {
    char c = s.charAt(i);
    char d = c == 'a' ? 'b' : c == '0' ? '1' : Character.isDigit(c) ? '0' : 'a';
    return s.substring(0, i) + d + s.substring(i + 1);
  }

  @Test
  void aCorrectlySignedDeliveryIsAcceptedAndCreditedOnce() {
    VipOrderCallbackHandler h = handler();
    VipCallbackResult r = h.handle(seedDelivery(), credit);
    assertThat(r.status()).isEqualTo(Status.ACCEPTED);
    assertThat(r.acknowledged()).isTrue();
    assertThat(r.httpStatus()).isEqualTo(200);
    assertThat(r.responseBody()).isEqualTo(SUCC);
    assertThat(credited).hasSize(1);
    VipOrder o = credited.get(0);
    assertThat(o.aid()).isEqualTo("aaaaa");
    assertThat(o.msgTime()).isEqualTo("1507799551");
    assertThat(o.openMonths()).isEqualTo("1");
    assertThat(o.openType()).isEqualTo("vip");
    assertThat(o.openid()).isEqualTo("xjfdaldfjrefjfljljgfjg");
    assertThat(o.orderId()).isEqualTo("20171012-1712128958");
    assertThat(o.vipCode()).isEqualTo(VipCode.VIP);
    assertThat(o.months()).isEqualTo(1);
    assertThat(o.openedAt()).isEqualTo(Instant.ofEpochSecond(1507799551L));
    assertThat(r.order()).isEqualTo(o);

    VipCallbackResult again = h.handle(seedDelivery(), credit);
    assertThat(again.status()).isEqualTo(Status.DUPLICATE);
    assertThat(again.responseBody()).isEqualTo(SUCC);
    assertThat(again.acknowledged()).isTrue();
    assertThat(credited).hasSize(1);
  }

  @Test
  void theSendersDeliveryIsTheSameAsTheIndependentOne() {
    VipCallbackSender.Delivery d = VipCallbackSender.create(Secret.of(KEY), CLOCK).seedExample();
    assertThat(d.ts()).isEqualTo(Long.toString(NOW));
    assertThat(d.data()).isEqualTo(DATA);
    assertThat(d.sign()).isEqualTo(Independent.md5(DATA + KEY));
    assertThat(d.params()).isEqualTo(seedDelivery());
    assertThat(d.toString()).doesNotContain(d.sign());
  }

  @Test
  void anUpperCaseSignIsAccepted() {
    Map<String, String> p = seedDelivery();
    p.put("sign", p.get("sign").toUpperCase(java.util.Locale.ROOT));
    assertThat(handler().handle(p, credit).status()).isEqualTo(Status.ACCEPTED);
    assertThat(credited).hasSize(1);
  }

  @Test
  void oneCharacterChangedInDataOrSignIsABadSignature() {
    VipOrderCallbackHandler h = handler();
    String sign = Independent.md5(DATA + KEY);
    for (int i : new int[] {0, 10, DATA.length() - 3}) {
      VipCallbackResult r = h.handle(params(Long.toString(NOW), flip(DATA, i), sign), credit);
      assertThat(r.status()).as("data[%d]", i).isEqualTo(Status.BAD_SIGNATURE);
      assertThat(r.acknowledged()).isFalse();
      assertThat(r.order()).isNull();
    }
    for (int i : new int[] {0, 15, 31}) {
      assertThat(h.handle(params(Long.toString(NOW), DATA, flip(sign, i)), credit).status())
          .as("sign[%d]", i)
          .isEqualTo(Status.BAD_SIGNATURE);
    }
    // The whole key changed, or the sign computed key-first.
    assertThat(h.handle(params(Long.toString(NOW), DATA, Independent.md5(DATA + "other")), credit).status())
        .isEqualTo(Status.BAD_SIGNATURE);
    assertThat(h.handle(params(Long.toString(NOW), DATA, Independent.md5(KEY + DATA)), credit).status())
        .isEqualTo(Status.BAD_SIGNATURE);
    assertThat(h.handle(params(Long.toString(NOW), DATA, "not-hex"), credit).responseBody())
        .isEqualTo("{\"ret\":-2,\"msg\":\"bad sign\"}");
    assertThat(credited).isEmpty();
  }

  @Test
  void aTsOlderThanMaxAgeIsStale() {
    VipOrderCallbackHandler h =
        VipOrderCallbackHandler.builder(Secret.of(KEY)).clock(CLOCK).maxAge(Duration.ofMinutes(10)).build();
    String data = DATA;
    String sign = Independent.md5(data + KEY);
    long tenMinutesOneSecond = Duration.ofMinutes(10).plusSeconds(1).toMillis();
    VipCallbackResult old = h.handle(params(Long.toString(NOW - tenMinutesOneSecond), data, sign), credit);
    assertThat(old.status()).isEqualTo(Status.STALE);
    assertThat(old.acknowledged()).isFalse();
    assertThat(h.handle(params(Long.toString(NOW + tenMinutesOneSecond), data, sign), credit).status())
        .isEqualTo(Status.STALE);
    assertThat(credited).isEmpty();
    assertThat(h.handle(params(Long.toString(NOW - Duration.ofMinutes(9).toMillis()), data, sign), credit).status())
        .isEqualTo(Status.ACCEPTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ts", "data", "sign"})
  void aMissingParameterIsMalformed(String missing) {
    Map<String, String> p = seedDelivery();
    p.remove(missing);
    VipCallbackResult r = handler().handle(p, credit);
    assertThat(r.status()).isEqualTo(Status.MALFORMED);
    assertThat(r.acknowledged()).isFalse();
    assertThat(credited).isEmpty();
  }

  @Test
  void signedButMalformedDataOrTsIsMalformed() {
    VipOrderCallbackHandler h = handler();
    for (String data : new String[] {"not json", "{\"aid\":\"aaaaa\",\"openid\":\"x\"}", "[]"}) {
      assertThat(h.handle(params(Long.toString(NOW), data, Independent.md5(data + KEY)), credit).status())
          .as(data)
          .isEqualTo(Status.MALFORMED);
    }
    assertThat(h.handle(params("yesterday", DATA, Independent.md5(DATA + KEY)), credit).status())
        .isEqualTo(Status.MALFORMED);
    assertThat(credited).isEmpty();
  }

  @Test
  void aCreditThatThrowsAsksForRedeliveryAndReleasesTheMark() {
    VipOrderCallbackHandler h = handler();
    VipCallbackResult failed =
        h.handle(seedDelivery(), o -> {
          throw new IllegalStateException("database down");
        });
    assertThat(failed.status()).isEqualTo(Status.RETRY_LATER);
    assertThat(failed.acknowledged()).isFalse();
    assertThat(failed.responseBody()).isEqualTo("{\"ret\":-4,\"msg\":\"try again later\"}");
    VipCallbackResult redelivered = h.handle(seedDelivery(), credit);
    assertThat(redelivered.status()).isEqualTo(Status.ACCEPTED);
    assertThat(credited).hasSize(1);
  }

  @Test
  void aStoreThatThrowsCreditsNothing() {
    DedupeStore broken =
        new DedupeStore() {
          @Override
          public boolean markIfAbsent(String key, Duration ttl) {
            throw new IllegalStateException("redis unreachable");
          }

          @Override
          public void unmark(String key) {
            throw new IllegalStateException("redis unreachable");
          }
        };
    VipOrderCallbackHandler h =
        VipOrderCallbackHandler.builder(Secret.of(KEY)).clock(CLOCK).dedupeStore(broken).build();
    VipCallbackResult r = h.handle(seedDelivery(), credit);
    assertThat(r.status()).isEqualTo(Status.RETRY_LATER);
    assertThat(r.acknowledged()).isFalse();
    assertThat(credited).isEmpty();
  }

  @Test
  void eightThreadsDeliveringTheSame200OrdersCreditEachOnce() throws Exception {
    VipOrderCallbackHandler h = handler();
    VipCallbackSender sender = VipCallbackSender.create(Secret.of(KEY), CLOCK);
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Map<String, String> order = new LinkedHashMap<>(VipCallbackSender.SEED_EXAMPLE_ORDER);
      order.put("openid", "openid-" + (i % 7));
      order.put("order_id", "20171012-" + i);
      queries.add(sender.delivery(order).queryString());
    }
    Map<String, AtomicInteger> credits = new ConcurrentHashMap<>();
    Map<Status, AtomicInteger> statuses = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        List<String> mine = new ArrayList<>(queries);
        Collections.shuffle(mine, new Random(t));
        done.add(pool.submit(() -> {
          go.await();
          for (String q : mine) {
            VipCallbackResult r =
                h.handle(q, o -> credits.computeIfAbsent(o.dedupeKey(), k -> new AtomicInteger()).incrementAndGet());
            statuses.computeIfAbsent(r.status(), k -> new AtomicInteger()).incrementAndGet();
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(credits).hasSize(200);
    assertThat(credits.values()).allMatch(n -> n.get() == 1);
    assertThat(statuses.get(Status.ACCEPTED).get()).isEqualTo(200);
    assertThat(statuses.get(Status.DUPLICATE).get()).isEqualTo(7 * 200);
    assertThat(statuses).containsOnlyKeys(Status.ACCEPTED, Status.DUPLICATE);
  }

  @Test
  void theRawQueryStringWithUrlEncodedDataWorks() throws Exception {
    String raw =
        "ts=" + NOW + "&data=" + URLEncoder.encode(DATA, StandardCharsets.UTF_8.name())
            + "&sign=" + Independent.md5(DATA + KEY);
    assertThat(raw).contains("data=%7B%22aid%22%3A%22aaaaa%22");
    VipOrderCallbackHandler h = handler();
    assertThat(h.handle(raw, credit).status()).isEqualTo(Status.ACCEPTED);
    assertThat(h.handle("?" + raw, credit).status()).isEqualTo(Status.DUPLICATE);
    assertThat(credited).hasSize(1);
    assertThat(credited.get(0).orderId()).isEqualTo("20171012-1712128958");
    // The sender's query string is the same text.
    assertThat(VipCallbackSender.create(Secret.of(KEY), CLOCK).seedExample().queryString()).isEqualTo(raw);
  }

  @Test
  void dataWithSpacesAndUnicodeIsVerifiedAsReceived() {
    String data = "{ \"aid\": \"aaaaa\", \"openid\": \"用户+1 x\", \"order_id\": \"o-1\" }";
    VipCallbackSender.Delivery d = VipCallbackSender.create(Secret.of(KEY), CLOCK).deliveryOfData(data);
    assertThat(d.sign()).isEqualTo(Independent.md5(data + KEY));
    VipCallbackResult r = handler().handle(d.queryString(), credit);
    assertThat(r.status()).isEqualTo(Status.ACCEPTED);
    assertThat(r.order().openid()).isEqualTo("用户+1 x");
  }

  @Test
  void theSenderTestsAReceiverOverHttp() throws Exception {
    VipOrderCallbackHandler h = handler();
    try (MockWebServer receiver = new MockWebServer()) {
      receiver.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              VipCallbackResult r = h.handle(request.getUrl().encodedQuery(), credit);
              return new MockResponse.Builder()
                  .code(r.httpStatus())
                  .setHeader("Content-Type", "application/json")
                  .body(r.responseBody())
                  .build();
            }
          });
      receiver.start(InetAddress.getByName("127.0.0.1"), 0);
      String url = "http://127.0.0.1:" + receiver.getPort() + "/cgi-bin/srfentry.fcgi";
      VipCallbackSender qqVip = VipCallbackSender.create(Secret.of(KEY), CLOCK);

      VipCallbackSender.Reply first = qqVip.seedExample().sendTo(url);
      assertThat(first.httpStatus()).isEqualTo(200);
      assertThat(first.body()).isEqualTo(SUCC);
      assertThat(first.acknowledged()).isTrue();
      assertThat(qqVip.seedExample().sendTo(url + "?").body()).isEqualTo(SUCC);
      assertThat(credited).hasSize(1);

      assertThat(qqVip.seedExample().forgeSign().sendTo(url).acknowledged()).isFalse();
      assertThat(qqVip.seedExample().tamperData(DATA.replace("\"1\"", "\"12\"")).sendTo(url).body())
          .isEqualTo("{\"ret\":-2,\"msg\":\"bad sign\"}");
      assertThat(qqVip.seedExample().olderBy(Duration.ofHours(2)).sendTo(url).body())
          .isEqualTo("{\"ret\":-3,\"msg\":\"stale request\"}");
      assertThat(qqVip.seedExample().without("ts").sendTo(url).body())
          .isEqualTo("{\"ret\":-1,\"msg\":\"bad request\"}");
      Map<String, String> another = new LinkedHashMap<>(VipCallbackSender.SEED_EXAMPLE_ORDER);
      another.put("order_id", "20171012-0000000001");
      assertThat(qqVip.delivery(another).upperCaseSign().sendTo(url).body()).isEqualTo(SUCC);
      assertThat(credited).hasSize(2);

      RecordedRequest seen = receiver.takeRequest();
      assertThat(seen.getMethod()).isEqualTo("GET");
      assertThat(seen.getUrl().encodedPath()).isEqualTo("/cgi-bin/srfentry.fcgi");
      assertThat(seen.getUrl().queryParameter("data")).isEqualTo(DATA);
    }
  }
}
