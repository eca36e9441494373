package io.github.gamesdk.benchmarks;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.RetryPolicy;
import io.github.gamesdk.phonecheck.PhoneCheckClient;
import io.github.gamesdk.phonecheck.model.PhoneCheckResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A phone check ({@code POST /ssPhone_Privacy}) through {@link PhoneCheckClient} against the same
 * call written by hand with raw OkHttp and Jackson (check the number, form body, call, parse the
 * unquoted-key answer, check {@code code}), both against one loopback server answering the seed's
 * own answer (seed 001 lines 98-107) in the same run (DESIGN.md §7: at most 1.03× the latency and 2
 * KB more allocation per call). Run with {@code -prof gc} for the allocation figures.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PhoneCheckCallBenchmark {
  /** Seed 001 lines 98-107, verbatim. */
  static final String ANSWER =
      "{\n  code: 0,\n  reason: \"Succ\",\n  result: {\n    Mobile: \"18466849135\",\n"
          + "    Status: \"隐私号\",\n    Area: \"上海-上海\",\n    Now_isp: \"中国移动\"\n  }\n}";

  static final String APIKEY = "7c11272au708345c834b8ue81ac78972";
  static final String MOBILE = "18466849135";

  LocalVendorServer server;
  GameSdkHttp http;
  PhoneCheckClient sdk;
  OkHttpClient raw;
  ObjectMapper mapper;
  HttpUrl rawUrl;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new LocalVendorServer(ANSWER);
    http = GameSdkHttp.builder().build();
    sdk =
        PhoneCheckClient.builder()
            .apikey(Secret.of(APIKEY))
            .baseUrl(server.baseUrl())
            .http(http)
            .retryPolicy(RetryPolicy.none())
            .build();
    raw = new OkHttpClient.Builder().build();
    mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES).build();
    rawUrl = HttpUrl.get(server.baseUrl() + "/ssPhone_Privacy");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    http.close();
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
    server.close();
  }

  /** Through the SDK: number rule, form body, transport, lenient typed answer. */
  @Benchmark
  public PhoneCheckResponse sdk() {
    return sdk.check(MOBILE);
  }

  /** By hand: the same check, form, call and reading, with raw OkHttp and Jackson. */
  @Benchmark
  public JsonNode handWritten() throws IOException {
    if (!MOBILE.matches("1[3-9][0-9]{9}")) {
      throw new IllegalArgumentException("mobile");
    }
    FormBody form = new FormBody.Builder().add("apikey", APIKEY).add("mobile", MOBILE).build();
    try (Response r = raw.newCall(new Request.Builder().url(rawUrl).post(form).build()).execute()) {
      JsonNode n = mapper.readTree(r.body().byteStream());
      if (n.path("code").asInt(-1) != 0 || !n.path("result").isObject()) {
        throw new IllegalStateException("vendor error");
      }
      return n;
    }
  }
}
