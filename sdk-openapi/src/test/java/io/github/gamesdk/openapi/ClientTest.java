package io.github.gamesdk.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.http.RetryPolicy;
import io.github.gamesdk.openapi.model.GetInfoRequest;
import io.github.gamesdk.openapi.model.GetInfoResponse;
import io.github.gamesdk.openapi.model.IsLoginRequest;
import io.github.gamesdk.openapi.model.OpenApiRequest;
import io.github.gamesdk.openapi.model.OpenApiResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers of every shape against a local server: codes, charsets, bad bodies, retries. */
class ClientTest {
  static final Charset GBK = Charset.forName("GBK");

  MockWebServer server;
  OpenApiClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    client = builder().build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  OpenApiClient.Builder builder() {
    return OpenApiClient.builder()
        .appId("123456")
        .appKey(Secret.of(SignatureVectorTest.APPKEY))
        .baseUrl("http://127.0.0.1:" + server.getPort())
        .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(2)));
  }

  static GetInfoRequest user() {
    return SignatureVectorTest.vectorRequest();
  }

  void enqueue(int code, String contentType, byte[] body) {
    MockResponse.Builder b = new MockResponse.Builder().code(code).body(new Buffer().write(body));
    if (contentType != null) {
      b.setHeader("Content-Type", contentType);
    }
    server.enqueue(b.build());
  }

  void enqueue(int code, String json) {
    enqueue(code, "application/json; charset=utf-8", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void theSeedErrorExampleIsAnApiExceptionWithItsCode() {
    enqueue(200, ModelTest.SEED_ERROR);
    Throwable t = catchThrowable(() -> client.getInfo(user()));
    assertThat(t)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.rawCode()).isEqualTo(1000002);
              assertThat(e.vendorMessage()).isEqualTo("您提交的参数不正确,请重新操作!");
              assertThat(e.errorCode()).isEqualTo(OpenApiErrorCode.PARAMETERS_INCORRECT);
              assertThat(e.category()).isEqualTo(ErrorCategory.FIX_REQUEST);
              assertThat(e.vendor()).isEqualTo("openapi");
              assertThat(e.endpoint()).isEqualTo("v3/user/get_info");
              assertThat(e.httpStatus()).isEqualTo(200);
            });
    assertThat(server.getRequestCount()).isEqualTo(1); // a fix-request code is never retried
  }

  @Test
  void anUndocumentedCodeIsPassedThrough() {
    enqueue(200, "{\"ret\":4242,\"msg\":\"new\"}");
    assertThatThrownBy(() -> client.isLogin(IsLoginRequest.of("o", Secret.of("k"), "qzone", "1.2.3.4")))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.rawCode()).isEqualTo(4242);
              assertThat(e.errorCode()).isEqualTo(OpenApiErrorCode.UNKNOWN);
            });
  }

  @Test
  void aGbkAnswerDeclaredAsSuchIsDecoded() {
    String json = "{\"ret\":0,\"nickname\":\"小明\",\"city\":\"深圳\"}";
    enqueue(200, "application/json; charset=gbk", json.getBytes(GBK));
    GetInfoResponse r = client.getInfo(user());
    assertThat(r.nickname()).isEqualTo("小明");
    assertThat(r.city()).isEqualTo("深圳");
  }

  @Test
  void aGbkAnswerThatDeclaresNothingIsStillDecoded() {
    String json = "{\"ret\":-23,\"msg\":\"openkey已过期\"}";
    enqueue(200, "application/json", json.getBytes(GBK));
    assertThatThrownBy(() -> client.getInfo(user()))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.vendorMessage()).isEqualTo("openkey已过期"));
  }

  @Test
  void withoutCharsetTheServersDefaultGbkIsExpected() throws Exception {
    OpenApiClient noCharset = builder().sendCharset(false).build();
    // "一业为之" in GBK is D2BB D2B5 CEAA D6AE, which is also valid UTF-8 ("һҵΪ֮"): only the
    // expectation (no charset sent, so the server's default gbk) can decode it right.
    String json = "{\"ret\":0,\"nickname\":\"一业为之\"}";
    assertThat(new String(json.getBytes(GBK), java.nio.charset.StandardCharsets.UTF_8))
        .contains("һҵΪ֮");
    enqueue(200, null, json.getBytes(GBK));
    assertThat(noCharset.getInfo(user()).nickname()).isEqualTo("一业为之");
    String form = server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
    assertThat(Independent.decodeForm(form)).doesNotContainKey("charset");
  }

  @Test
  void aUtf8AnswerIsReadAsUtf8() {
    enqueue(200, "application/json", "{\"ret\":0,\"nickname\":\"小明\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(client.getInfo(user()).nickname()).isEqualTo("小明");
  }

  @Test
  void badAnswersAreTypedExceptions() {
    enqueue(200, "text/html", "<html><body>gateway</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(catchThrowable(() -> client.getInfo(user())))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("HTML");
    enqueue(200, "{\"ret\":0,\"nickname\":");
    assertThat(catchThrowable(() -> client.getInfo(user())))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("truncated");
    enqueue(200, "{\"nickname\":\"x\"}");
    assertThat(catchThrowable(() -> client.getInfo(user())))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("no ret");
    enqueue(200, "{\"ret\":\"zero\"}");
    assertThat(catchThrowable(() -> client.getInfo(user())))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("ret is not a whole number");
    enqueue(200, "");
    assertThat(catchThrowable(() -> client.getInfo(user()))).isInstanceOf(ResponseFormatException.class);
    enqueue(200, "{\"ret\":0,\"is_lost\":{\"x\":1}}");
    assertThat(catchThrowable(() -> client.getInfo(user())))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("is_lost");
  }

  @Test
  void aStringRetIsRead() {
    enqueue(200, "{\"ret\":\"-24\",\"msg\":\"x\"}");
    assertThatThrownBy(() -> client.getInfo(user()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.rawCode()).isEqualTo(-24));
    enqueue(200, "{\"ret\":\"0\",\"nickname\":\"n\"}");
    assertThat(client.getInfo(user()).nickname()).isEqualTo("n");
  }

  @Test
  void anErrorStatusCarryingACodeIsAnApiException() {
    enqueue(403, "{\"ret\":-4,\"msg\":\"ip\"}");
    assertThatThrownBy(() -> client.getInfo(user()))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.rawCode()).isEqualTo(-4);
              assertThat(e.httpStatus()).isEqualTo(403);
            });
  }

  @Test
  void readsAreRetriedOn5xxAndRetryableCodes() {
    enqueue(502, "text/html", "<html>bad gateway</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    enqueue(200, "{\"ret\":-6,\"msg\":\"limited\"}");
    enqueue(200, SignatureVectorTest.WIKI_GET_INFO);
    assertThat(client.getInfo(user()).nickname()).isEqualTo("Peter");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aGenericCallIsNotRetriedUnlessDeclaredIdempotent() {
    enqueue(500, "text/plain", "oops".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    OpenApiRequest write = OpenApiRequest.builder().path("/v3/spread/set_feed").from(user()).build();
    assertThat(catchThrowable(() -> client.call(write)))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.httpStatus()).isEqualTo(500));
    assertThat(server.getRequestCount()).isEqualTo(1);

    enqueue(500, "text/plain", "oops".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    enqueue(200, "{\"ret\":0,\"items\":[]}");
    OpenApiResponse r =
        client.call(OpenApiRequest.builder().from(write).path("/v3/relation/get_app_friends").idempotent(true).build());
    assertThat(r.extra()).containsKey("items");
    assertThat(server.getRequestCount()).isEqualTo(3);

    // A known read-only path is retried even through the generic call.
    enqueue(500, "text/plain", "oops".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    enqueue(200, ModelTest.WIKI_IS_LOGIN);
    client.call(OpenApiRequest.builder().from(write).path("/v3/user/is_login").build());
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void theGenericCallUsesItsOwnMethod() throws Exception {
    enqueue(200, "{\"ret\":0}");
    client.call(OpenApiRequest.builder().path("/v3/user/is_setup").method(HttpMethod.GET).from(user()).build());
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getMethod()).isEqualTo("GET");
  }

  @Test
  void invalidCallsNeverReachTheServer() throws Exception {
    assertThatThrownBy(() -> client.getInfo(null)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> client.call(null)).isInstanceOf(InvalidRequestException.class);
    CompletableFuture<?> f = client.isLoginAsync(null);
    assertThat(f).isCompletedExceptionally();
    assertThatThrownBy(() -> f.get(1, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(InvalidRequestException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void asyncCallsComplete() throws Exception {
    enqueue(200, SignatureVectorTest.WIKI_GET_INFO);
    assertThat(client.getInfoAsync(user()).get(5, TimeUnit.SECONDS).city()).isEqualTo("深圳");
    enqueue(200, ModelTest.SEED_ERROR);
    Throwable t = catchThrowable(() -> client.callAsync(OpenApiRequest.builder().path("/v3/x/y").from(user()).build()).get(5, TimeUnit.SECONDS));
    assertThat(t.getCause()).isInstanceOf(ApiException.class);
  }

  @Test
  void builderRules() {
    assertThatThrownBy(() -> OpenApiClient.builder().appId("12a")).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> OpenApiClient.builder().appId("4294967296")).isInstanceOf(InvalidRequestException.class);
    assertThat(OpenApiClient.builder().appId("4294967295")).isNotNull();
    assertThatThrownBy(() -> OpenApiClient.builder().baseUrl("http://127.0.0.1:1/v3"))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> OpenApiClient.builder().baseUrl("ftp://x")).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> OpenApiClient.builder().appId("1").build())
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("appkey"));
    OpenApiClient prod = OpenApiClient.builder().appId("1").appKey(Secret.of("secret-key")).build();
    assertThat(prod.baseUrl().toString()).isEqualTo("https://openapi.tencentyun.com/");
    assertThat(prod.httpMethod()).isEqualTo(HttpMethod.POST);
    assertThat(prod.toString()).doesNotContain("secret-key").contains("read=PT3S");
    OpenApiClient test =
        OpenApiClient.builder().appId("1").appKey(Secret.of("k")).environment(OpenApiEnvironment.TEST).build();
    assertThat(test.baseUrl().toString()).isEqualTo("http://119.147.19.43/");
  }
}
