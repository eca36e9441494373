package io.github.gamesdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.RetryPolicy;
import io.github.gamesdk.qqconnect.QqConnectClient;
import io.github.gamesdk.qqconnect.model.GameTag;
import io.github.gamesdk.qqconnect.model.SendShareForInnerRequest;
import io.github.gamesdk.qqconnect.model.SendShareForInnerResponse;
import io.github.gamesdk.qqconnect.model.ShareReceiver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
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
 * A {@code send_share_for_inner} call through {@link QqConnectClient} against the same call
 * written by hand with raw OkHttp and Jackson (sign, URL, request, parse, check {@code ret}),
 * both against one loopback server in the same run (DESIGN.md §7: at most 1.03× the latency and
 * 2 KB more allocation per call). Run with {@code -prof gc} for the allocation figures.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class QqConnectCallBenchmark {
  static final String ANSWER = "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":0,\"msg\":\"xx\"}}";
  static final String APPID = "100330589";
  static final String APPKEY = "123456";
  static final String OPENID = "1983e77ac7517e997967168816c41867";
  static final String TOKEN = "8d3405682be0dd70510325272b495c5e";
  static final String IMAGE =
      "http://imgcache.qq.com/club/gamecenter/cms/2016-04-01/1459504923_868_750x1182.jpg";
  static final String TARGET = "http://gamecenter.qq.com/gcjump?appid=1104466820";

  LocalVendorServer server;
  GameSdkHttp http;
  QqConnectClient sdk;
  OkHttpClient raw;
  ObjectMapper mapper;
  HttpUrl rawUrl;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new LocalVendorServer(ANSWER);
    http = GameSdkHttp.builder().build();
    sdk =
        QqConnectClient.builder()
            .appId(APPID)
            .appKey(Secret.of(APPKEY))
            .baseUrl(server.baseUrl())
            .graphBaseUrl(server.baseUrl())
            .http(http)
            .retryPolicy(RetryPolicy.none())
            .build();
    raw = new OkHttpClient.Builder().build();
    mapper = new ObjectMapper();
    rawUrl = HttpUrl.get(server.baseUrl() + "/cgi-bin/QQConnect.fcgi");
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
  public SendShareForInnerResponse sdk() {
    return sdk.sendShareForInner(
        SendShareForInnerRequest.builder()
            .openid(OPENID)
            .accessToken(Secret.of(TOKEN))
            .addFopenids(ShareReceiver.of(OPENID))
            .imageUrl(IMAGE)
            .targetUrl(TARGET)
            .gameTag(GameTag.MSG_INVITE)
            .build());
  }

  /** By hand: the same parameters, sign, URL, call and check, with raw OkHttp and Jackson. */
  @Benchmark
  public JsonNode handWritten() throws IOException, NoSuchAlgorithmException {
    Map<String, String> p = new TreeMap<>();
    p.put("oauth_consumer_key", APPID);
    p.put("openid", OPENID);
    p.put("access_token", TOKEN);
    p.put("cmd", "send_share_for_inner");
    p.put("fopenids", "[{\"openid\":\"" + OPENID + "\",\"type\":0}]");
    p.put("imageUrl", IMAGE);
    p.put("targetUrl", TARGET);
    p.put("game_tag", "MSG_INVITE");
    p.put("dst", "1001");
    p.put("flag", "1");
    StringBuilder sb = new StringBuilder(APPKEY);
    for (Map.Entry<String, String> e : p.entrySet()) {
      sb.append('$').append(e.getKey()).append('$').append(e.getValue());
    }
    sb.append(APPKEY);
    byte[] md5 =
        MessageDigest.getInstance("MD5").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder(32);
    for (byte b : md5) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    p.put("sign", hex.toString());
    HttpUrl.Builder url = rawUrl.newBuilder();
    for (Map.Entry<String, String> e : p.entrySet()) {
      url.addQueryParameter(e.getKey(), e.getValue());
    }
    try (Response r = raw.newCall(new Request.Builder().url(url.build()).build()).execute()) {
      JsonNode n = mapper.readTree(r.body().byteStream());
      if (n.path("ret").asInt() != 0 || n.path("data").path("ret").asInt() != 0) {
        throw new IllegalStateException("vendor error");
      }
      return n;
    }
  }
}
