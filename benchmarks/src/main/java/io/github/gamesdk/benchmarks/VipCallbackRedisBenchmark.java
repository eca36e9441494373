package io.github.gamesdk.benchmarks;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.callback.InMemoryDedupeStore;
import io.github.gamesdk.qqconnect.callback.VipCallbackResult;
import io.github.gamesdk.qqconnect.callback.VipOrder;
import io.github.gamesdk.qqconnect.callback.VipOrderCallbackHandler;
import io.github.gamesdk.redis.RedisDedupeStore;
import io.github.gamesdk.testkit.qqconnect.VipCallbackSender;
import io.github.gamesdk.testkit.redis.LocalRedisServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The QQ VIP order callback (verify the sign and {@code ts}, parse the order, mark it, credit it)
 * with its dedupe marks in a real {@code redis-server} ({@link RedisDedupeStore}, one {@code SET
 * NX PX} round trip per callback) against the same handler with the in-memory store, and the
 * store's {@code markIfAbsent} alone. Redis is started by the benchmark on a free local port
 * ({@link LocalRedisServer}; it must be installed). Sample-time mode gives the percentiles:
 * {@code java -jar benchmarks/target/benchmarks.jar VipCallbackRedis}.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(4)
@State(Scope.Benchmark)
public class VipCallbackRedisBenchmark {
  static final Secret KEY = Secret.of("benchmark-callback-key");
  static final int ORDERS = 50_000;

  LocalRedisServer redis;
  RedisDedupeStore store;
  VipOrderCallbackHandler throughRedis;
  VipOrderCallbackHandler inMemory;
  String[] queries;
  final AtomicInteger next = new AtomicInteger();
  final Consumer<VipOrder> credit = order -> { };

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path binary =
        LocalRedisServer.findBinary()
            .orElseThrow(
                () -> new IllegalStateException(
                    "redis-server not found: apt-get install redis-server"));
    redis = LocalRedisServer.start(binary, null);
    store = RedisDedupeStore.create(redis.uri(), RedisDedupeStore.DEFAULT_KEY_PREFIX);
    throughRedis = VipOrderCallbackHandler.builder(KEY).dedupeStore(store).build();
    inMemory =
        VipOrderCallbackHandler.builder(KEY).dedupeStore(InMemoryDedupeStore.create()).build();
    // Signed once per trial (well inside the 1 hour window of ts). Orders
    // cycle: the first pass is first deliveries, later passes duplicates; both cost one SET NX.
    VipCallbackSender qqVip = VipCallbackSender.create(KEY);
    queries = new String[ORDERS];
    for (int i = 0; i < ORDERS; i++) {
      Map<String, String> o = new LinkedHashMap<>();
      o.put("aid", "mvip.p.hz.bench");
      o.put("msg_time", Long.toString(System.currentTimeMillis() / 1000));
      o.put("open_months", "1");
      o.put("open_type", "vip");
      o.put("openid", String.format(Locale.ROOT, "%032X", 0x9E3779B97F4A7C15L * (i + 1)));
      o.put("order_id", "20250401-" + (100_000_000 + i));
      queries[i] = qqVip.delivery(o).queryString();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    store.close();
    redis.close();
  }

  private String nextQuery() {
    return queries[Math.floorMod(next.getAndIncrement(), ORDERS)];
  }

  /**
   * One callback, marked in Redis.
   *
   * @return the result
   */
  @Benchmark
  public VipCallbackResult callbackThroughRedis() {
    VipCallbackResult r = throughRedis.handle(nextQuery(), credit);
    if (!r.acknowledged()) {
      throw new IllegalStateException("not acknowledged: " + r);
    }
    return r;
  }

  /**
   * One callback, marked in this JVM's memory: the cost without Redis.
   *
   * @return the result
   */
  @Benchmark
  public VipCallbackResult callbackInMemory() {
    return inMemory.handle(nextQuery(), credit);
  }

  /**
   * The store alone: one {@code SET NX PX} round trip.
   *
   * @return whether the mark was set
   */
  @Benchmark
  public boolean markIfAbsentInRedis() {
    return store.markIfAbsent("bench/" + next.getAndIncrement(), Duration.ofMinutes(1));
  }
}
