package io.github.gamesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.testkit.qqconnect.VipCallbackSender;
import io.github.gamesdk.testkit.qqconnect.VipCallbackSender.Delivery;
import io.github.gamesdk.testkit.redis.LocalRedisServer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The runnable VIP callback receiver: its command line, and the orders it credits, alone, as two
 * in-process receivers sharing one Redis, and as two {@code java} processes sharing one Redis.
 * Deliveries are built and signed by the testkit's {@link VipCallbackSender}, independently of the
 * SDK's verifier.
 */
class VipCallbackServerTest {
  static final String KEY = "vip-server-test-key";
  static final VipCallbackSender QQ_VIP = VipCallbackSender.create(Secret.of(KEY));
  static final String SUCC = "{\"ret\":0,\"msg\":\"succ\"}";

  /** The stdout and stderr of an in-process launch. */
  static final class Streams {
    final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream out;
    final PrintStream err;

    Streams() throws UnsupportedEncodingException {
      out = new PrintStream(outBytes, true, "UTF-8");
      err = new PrintStream(errBytes, true, "UTF-8");
    }

    List<String> outLines() {
      String s = new String(outBytes.toByteArray(), StandardCharsets.UTF_8);
      return s.isEmpty() ? Collections.emptyList() : Arrays.asList(s.split("\n"));
    }

    String err() {
      return new String(errBytes.toByteArray(), StandardCharsets.UTF_8);
    }
  }

  static Map<String, String> env(String appkey) {
    Map<String, String> env = new HashMap<>();
    env.put("GAMESDK_QQCONNECT_APPKEY", appkey);
    return env;
  }

  static Delivery order(int n) {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("aid", "mvip.p.hz.demo");
    o.put("msg_time", Long.toString(System.currentTimeMillis() / 1000));
    o.put("open_months", "1");
    o.put("open_type", "svip");
    o.put("openid", String.format("%032X", 0xABCDEFL * (n + 1)));
    o.put("order_id", "20250301-" + (5_000_000 + n));
    return QQ_VIP.delivery(o);
  }

  static String accepted(int n) {
    return "{\"accepted\":\"20250301-" + (5_000_000 + n) + "\"}";
  }

  @Test
  void helpPrintsTheUsage() throws Exception {
    Streams s = new Streams();
    VipCallbackServer.Launch l =
        VipCallbackServer.launch(new String[] {"--help"}, env(KEY), s.out, s.err);
    assertThat(l.server()).isNull();
    assertThat(l.exitCode()).isZero();
    assertThat(s.outLines().get(0))
        .isEqualTo("Usage: java -jar vip-callback-server.jar --port PORT [--redis URI] [--bind ADDRESS]");
  }

  @Test
  void aMissingKeyExitsWith2() throws Exception {
    Streams s = new Streams();
    VipCallbackServer.Launch l =
        VipCallbackServer.launch(
            new String[] {"--port", "0"}, Collections.<String, String>emptyMap(), s.out, s.err);
    assertThat(l.server()).isNull();
    assertThat(l.exitCode()).isEqualTo(2);
    assertThat(s.err()).contains("set GAMESDK_QQCONNECT_APPKEY");
    assertThat(s.outLines()).isEmpty();
  }

  @Test
  void usageErrorsExitWith2WithoutEchoingAPassword() throws Exception {
    String[][] bad = {
      {},
      {"--port"},
      {"--port", "70000"},
      {"--port", "x"},
      {"--port", "0", "--verbose"},
      {"--port", "0", "redis://:hunter2@127.0.0.1"},
      {"--port", "0", "--redis", "http://:hunter2@127.0.0.1"},
      {"--port", "0", "--redis=redis://:hunter2@/0"},
    };
    for (String[] args : bad) {
      Streams s = new Streams();
      VipCallbackServer.Launch l = VipCallbackServer.launch(args, env(KEY), s.out, s.err);
      assertThat(l.server()).as(Arrays.toString(args)).isNull();
      assertThat(l.exitCode()).as(Arrays.toString(args)).isEqualTo(2);
      assertThat(s.err()).startsWith("vip-callback-server: ").doesNotContain("hunter2");
      assertThat(s.outLines()).isEmpty();
    }
  }

  @Test
  void aloneInMemoryItCreditsOnceAndRejectsForgedAndStaleRequests() throws Exception {
    Streams s = new Streams();
    VipCallbackServer.Launch l =
        VipCallbackServer.launch(
            new String[] {"--port", "0", "--bind", "127.0.0.1"}, env(KEY), s.out, s.err);
    assertThat(l.exitCode()).isZero();
    try (VipCallbackServer server = l.server()) {
      assertThat(s.err()).contains("listening on " + server.url()).contains("InMemoryDedupeStore");
      Delivery d = order(1);
      assertThat(d.sendTo(server.url()).body()).isEqualTo(SUCC);
      assertThat(s.outLines()).containsExactly(accepted(1));
      assertThat(d.sendTo(server.url()).body()).isEqualTo(SUCC);
      assertThat(s.outLines()).containsExactly(accepted(1));

      Delivery other = order(2);
      assertThat(other.forgeSign().sendTo(server.url()).body())
          .isEqualTo("{\"ret\":-2,\"msg\":\"bad sign\"}");
      assertThat(other.olderBy(Duration.ofHours(2)).sendTo(server.url()).body())
          .isEqualTo("{\"ret\":-3,\"msg\":\"stale request\"}");
      assertThat(VipCallbackSender.create(Secret.of("another key")).delivery(
              Collections.singletonMap("order_id", "x")).sendTo(server.url()).body())
          .isEqualTo("{\"ret\":-2,\"msg\":\"bad sign\"}");
      assertThat(other.without("sign").sendTo(server.url()).body())
          .isEqualTo("{\"ret\":-1,\"msg\":\"bad request\"}");
      assertThat(s.outLines()).containsExactly(accepted(1));
    }
  }

  @Test
  void twoReceiversSharingOneRedisCreditEachOrderOnce() throws Exception {
    try (LocalRedisServer redis = LocalRedisServer.startOrSkip()) {
      Streams a = new Streams();
      Streams b = new Streams();
      String[] args = {"--port", "0", "--bind", "127.0.0.1", "--redis", redis.uri()};
      try (VipCallbackServer first = VipCallbackServer.launch(args, env(KEY), a.out, a.err).server();
          VipCallbackServer second =
              VipCallbackServer.launch(args, env(KEY), b.out, b.err).server()) {
        assertThat(a.err()).contains("RedisDedupeStore{redis://127.0.0.1:" + redis.port());
        int orders = 300;
        List<String> replies = deliverToBoth(orders, first.url(), second.url());
        assertThat(replies).hasSize(orders * 4).containsOnly(SUCC);

        List<String> all = new ArrayList<>(a.outLines());
        all.addAll(b.outLines());
        assertThat(all).hasSize(orders);
        assertThat(all)
            .containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(0, orders)
                    .mapToObj(VipCallbackServerTest::accepted)
                    .collect(Collectors.toList()));
        // Both took part: each credited some of the orders.
        assertThat(a.outLines()).isNotEmpty();
        assertThat(b.outLines()).isNotEmpty();

        // Redis down: nothing credited, the vendor is asked to deliver again; back up: credited.
        redis.stop();
        try {
          assertThat(order(orders).sendTo(first.url()).body())
              .isEqualTo("{\"ret\":-4,\"msg\":\"try again later\"}");
        } finally {
          redis.restart();
        }
        assertThat(order(orders).sendTo(second.url()).body()).isEqualTo(SUCC);
        assertThat(order(orders).sendTo(first.url()).body()).isEqualTo(SUCC);
        assertThat(a.outLines().size() + b.outLines().size()).isEqualTo(orders + 1);
      }
    }
  }

  /** Sends orders 0..n-1 twice to each receiver from 8 threads; returns every answer body. */
  static List<String> deliverToBoth(int n, String urlA, String urlB) throws Exception {
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      deliveries.add(order(i));
    }
    List<String> replies = new CopyOnWriteArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (String url : Arrays.asList(urlA, urlB)) {
          for (int t = 0; t < 2; t++) {
            int from = t * n / 2;
            int to = (t + 1) * n / 2;
            done.add(
                threads.submit(
                    () -> {
                      for (int i = from; i < to; i++) {
                        replies.add(deliveries.get(i).sendTo(url).body());
                      }
                    }));
          }
        }
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    return replies;
  }

  /** A receiver as its own {@code java} process, its stdout and stderr read line by line. */
  static final class Receiver implements AutoCloseable {
    final Process process;
    final List<String> out = new CopyOnWriteArrayList<>();
    final List<String> err = new CopyOnWriteArrayList<>();
    final String url;

    Receiver(String redisUri) throws Exception {
      String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder pb =
          new ProcessBuilder(
              java,
              "-cp",
              System.getProperty("java.class.path"),
              VipCallbackServer.class.getName(),
              "--port",
              "0",
              "--bind",
              "127.0.0.1",
              "--redis",
              redisUri);
      pb.environment().remove("GAMESDK_QQCONNECT_VIP_CALLBACK_KEY");
      pb.environment().put("GAMESDK_QQCONNECT_APPKEY", KEY);
      process = pb.start();
      pump(process.getInputStream(), out);
      pump(process.getErrorStream(), err);
      Pattern listening = Pattern.compile("listening on (http://127\\.0\\.0\\.1:[0-9]+/vip/callback)");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      String found = null;
      while (found == null && System.nanoTime() < deadline && process.isAlive()) {
        for (String line : err) {
          Matcher m = listening.matcher(line);
          if (m.find()) {
            found = m.group(1);
          }
        }
        Thread.sleep(20);
      }
      if (found == null) {
        process.destroyForcibly();
        throw new IllegalStateException("the receiver did not start: " + err);
      }
      url = found;
    }

    private static void pump(java.io.InputStream in, List<String> lines) {
      Thread t =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = r.readLine()) != null) {
                    lines.add(line);
                  }
                } catch (IOException e) {
                  // the process ended
                }
              });
      t.setDaemon(true);
      t.start();
    }

    @Override
    public void close() {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void twoReceiverProcessesSharingOneRedisCreditEachOrderOnce() throws Exception {
    try (LocalRedisServer redis = LocalRedisServer.startOrSkip();
        Receiver a = new Receiver(redis.uri());
        Receiver b = new Receiver(redis.uri())) {
      int orders = 60;
      List<String> replies = deliverToBoth(orders, a.url, b.url);
      assertThat(replies).hasSize(orders * 4).containsOnly(SUCC);
      assertThat(order(0).forgeSign().sendTo(a.url).body()).isEqualTo("{\"ret\":-2,\"msg\":\"bad sign\"}");
      assertThat(order(0).olderBy(Duration.ofHours(2)).sendTo(b.url).body())
          .isEqualTo("{\"ret\":-3,\"msg\":\"stale request\"}");
      // Each answer came after its line was flushed; allow the pipe readers to catch up.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (a.out.size() + b.out.size() < orders && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(100);
      List<String> all = new ArrayList<>(a.out);
      all.addAll(b.out);
      Map<String, Long> counts =
          all.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertThat(all).hasSize(orders);
      assertThat(counts.values()).containsOnly(1L);
      assertThat(counts.keySet())
          .containsExactlyInAnyOrderElementsOf(
              java.util.stream.IntStream.range(0, orders)
                  .mapToObj(VipCallbackServerTest::accepted)
                  .collect(Collectors.toList()));
      assertThat(a.err.toString()).doesNotContain(KEY);
    }
  }

  @Test
  void theProcessExitsWith2WithoutAKey() throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java, "-cp", System.getProperty("java.class.path"), VipCallbackServer.class.getName(),
            "--port", "0");
    pb.environment().remove("GAMESDK_QQCONNECT_APPKEY");
    pb.environment().remove("GAMESDK_QQCONNECT_VIP_CALLBACK_KEY");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      output = r.lines().collect(Collectors.joining("\n"));
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(output).contains("set GAMESDK_QQCONNECT_APPKEY");
  }
}
