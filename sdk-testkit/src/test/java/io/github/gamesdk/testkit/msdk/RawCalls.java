package io.github.gamesdk.testkit.msdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Requests the SDK would never send, made with plain OkHttp and a sig computed independently. */
final class RawCalls {
  static final OkHttpClient HTTP =
      new OkHttpClient.Builder()
          .readTimeout(Duration.ofSeconds(5))
          .callTimeout(Duration.ofSeconds(10))
          .retryOnConnectionFailure(false)
          .build();

  private RawCalls() {}

  /** An answer. */
  static final class Result {
    final int status;
    final String body;
    final JsonNode json;

    Result(int status, String body, JsonNode json) {
      this.status = status;
      this.body = body;
      this.json = json;
    }
  }

  /** The fixed query parameters with a valid sig, encode=2. */
  static HttpUrl.Builder signedUrl(FakeMsdkServer fake, String path) {
    String ts = Long.toString(System.currentTimeMillis() / 1000);
    return HttpUrl.get(fake.baseUrl() + path)
        .newBuilder()
        .addQueryParameter("timestamp", ts)
        .addQueryParameter("appid", fake.appId())
        .addQueryParameter("sig", Independent.md5(FakeMsdkServer.DEFAULT_MSDK_KEY + ts))
        .addQueryParameter("openid", "A3284A812ECA15269F85AE1C2D94EB37")
        .addQueryParameter("encode", "2");
  }

  static Result post(FakeMsdkServer fake, String path, String json) throws IOException {
    return send(
        new Request.Builder()
            .url(signedUrl(fake, path).build())
            .post(RequestBody.create(json, MediaType.get("application/x-www-form-urlencoded")))
            .build());
  }

  static Result send(Request request) throws IOException {
    try (Response r = HTTP.newCall(request).execute()) {
      String body = r.body().string();
      JsonNode json = null;
      try {
        json = new ObjectMapper().readTree(body);
      } catch (IOException notJson) {
        // left null
      }
      return new Result(r.code(), body, json);
    }
  }
}
