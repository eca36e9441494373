package io.github.gamesdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.RetryPolicy;
import io.github.gamesdk.openapi.OpenApiClient;
import io.github.gamesdk.openapi.model.GetInfoRequest;
import io.github.gamesdk.openapi.model.GetInfoResponse;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
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
 * A {@code v3/user/get_info} call through {@link OpenApiClient} against the same call written by
 * hand with raw OkHttp and Jackson (parameters, sig per PROTOCOLS.md §6, form body, POST, parse,
 * check {@code ret}), both against one loopback server in the same run (DESIGN.md §7: at most
 * 1.03× the latency and 2 KB more allocation per call). Run with {@code -prof gc} for the
 * allocation figures.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class OpenApiCallBenchmark {
  static final String ANSWER =
      "{\"ret\":0,\"is_lost\":0,\"nickname\":\"Peter\",\"gender\":\"男\",\"country\":\"中国\","
          + "\"province\":\"广东\",\"city\":\"深圳\","
          + "\"figureurl\":\"http://imgcache.qq.com/qzone_v4/client/userinfo_icon/1236153759.gif\","
          + "\"is_yellow_vip\":1,\"is_yellow_year_vip\":1,\"yellow_vip_level\":7,\"is_yellow_high_vip\":0}";
  static final String APPID = "123456";
  static final String APPKEY = "228bf094169a40a3bd188ba37ebe8723";
  static final String OPENID = "11111111111111111";
  static final String OPENKEY = "2222222222222222";
  static final String PATH = "/v3/user/get_info";
  static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded; charset=utf-8");

  LocalVendorServer server;
  GameSdkHttp http;
  OpenApiClient sdk;
  OkHttpClient raw;
  ObjectMapper mapper;
  HttpUrl rawUrl;
  Mac mac;

  @Setup(Level.Trial)
  public void setUp() throws IOException, GeneralSecurityException {
    server = new LocalVendorServer(ANSWER);
    http = GameSdkHttp.builder().build();
    sdk =
        OpenApiClient.builder()
            .appId(APPID)
            .appKey(Secret.of(APPKEY))
            .baseUrl(server.baseUrl())
            .http(http)
            .retryPolicy(RetryPolicy.none())
            .build();
    raw = new OkHttpClient.Builder().build();
    mapper = new ObjectMapper();
    rawUrl = HttpUrl.get(server.baseUrl() + PATH);
    mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec((APPKEY + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    http.close();
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
    server.close();
  }

  /** Through the SDK: typed request, validation, signing, transport, typed answer. */
  @Benchmark
  public GetInfoResponse sdk() {
    return sdk.getInfo(GetInfoRequest.of(OPENID, Secret.of(OPENKEY), "qzone", "112.90.139.30"));
  }

  /** By hand: the same parameters, sig, form body, POST and check, with raw OkHttp and Jackson. */
  @Benchmark
  public JsonNode handWritten() throws IOException {
    Map<String, String> p = new TreeMap<>();
    p.put("openid", OPENID);
    p.put("openkey", OPENKEY);
    p.put("appid", APPID);
    p.put("pf", "qzone");
    p.put("format", "json");
    p.put("userip", "112.90.139.30");
    p.put("charset", "utf-8");
    StringBuilder joined = new StringBuilder();
    for (Map.Entry<String, String> e : p.entrySet()) {
      joined.append(joined.length() == 0 ? "" : "&").append(e.getKey()).append('=').append(e.getValue());
    }
    String source = "POST&" + enc(PATH) + "&" + enc(joined.toString());
    p.put("sig", Base64.getEncoder().encodeToString(mac.doFinal(source.getBytes(StandardCharsets.UTF_8))));
    StringBuilder form = new StringBuilder();
    for (Map.Entry<String, String> e : p.entrySet()) {
      form.append(form.length() == 0 ? "" : "&").append(e.getKey()).append('=').append(enc(e.getValue()));
    }
    Request request =
        new Request.Builder().url(rawUrl).post(RequestBody.create(form.toString(), FORM)).build();
    try (Response r = raw.newCall(request).execute()) {
      JsonNode n = mapper.readTree(r.body().byteStream());
      if (n.path("ret").asInt() != 0) {
        throw new IllegalStateException("vendor error");
      }
      return n;
    }
  }

  private static String enc(String s) throws UnsupportedEncodingException {
    return URLEncoder.encode(s, "UTF-8").replace("+", "%20").replace("*", "%2A").replace("~", "%7E");
  }
}
