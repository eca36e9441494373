package io.github.gamesdk.testkit.phonecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A plain OkHttp client for requests the SDK would never send: neither the SDK nor the testkit. */
final class Http {
  static final OkHttpClient CLIENT =
      new OkHttpClient.Builder()
          .readTimeout(Duration.ofSeconds(5))
          .callTimeout(Duration.ofSeconds(10))
          .retryOnConnectionFailure(false)
          .build();

  private Http() {}

  /** Status and body of a GET. */
  static String[] get(String url) {
    return call(new Request.Builder().url(HttpUrl.get(url)).get().build());
  }

  /** Status and body of a POST with the given body and media type. */
  static String[] post(String url, String body, String mediaType) {
    return call(
        new Request.Builder()
            .url(HttpUrl.get(url))
            .post(RequestBody.create(body, MediaType.get(mediaType)))
            .build());
  }

  /** Status and body of a request with any method and an empty body. */
  static String[] method(String url, String method) {
    return call(
        new Request.Builder()
            .url(HttpUrl.get(url))
            .method(method, RequestBody.create(new byte[0], null))
            .build());
  }

  private static String[] call(Request r) {
    try (Response resp = CLIENT.newCall(r).execute()) {
      return new String[] {Integer.toString(resp.code()), resp.body().string()};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
