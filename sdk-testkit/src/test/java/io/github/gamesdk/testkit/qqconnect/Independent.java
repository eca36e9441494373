package io.github.gamesdk.testkit.qqconnect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The tests' own oracle: MD5 with a fresh {@link MessageDigest} on every call (neither the SDK's
 * signers nor the testkit's code), and a plain OkHttp client for requests the SDK would never send.
 */
final class Independent {
  static final OkHttpClient HTTP =
      new OkHttpClient.Builder()
          .readTimeout(Duration.ofSeconds(5))
          .callTimeout(Duration.ofSeconds(10))
          .retryOnConnectionFailure(false)
          .build();

  private Independent() {}

  /** Lower-case hex MD5 of a UTF-8 text. */
  static String md5(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("MD5");
      byte[] d = md.digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (byte b : d) {
        sb.append(String.format("%02x", b & 0xFF));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** PROTOCOLS.md §1 written out plainly: md5(key + "$k$v..." (sorted) + key). Names are ASCII. */
  static String qqSign(Map<String, String> params, String key) {
    StringBuilder sb = new StringBuilder(key);
    for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
      if (!e.getKey().equals("sign")) {
        sb.append('$').append(e.getKey()).append('$').append(e.getValue());
      }
    }
    return md5(sb.append(key).toString());
  }

  /** A URL with the given parameters, and {@code sign} added when {@code key} is not null. */
  static HttpUrl url(String base, String path, Map<String, String> params, String key) {
    HttpUrl.Builder b = HttpUrl.get(base + path).newBuilder();
    for (Map.Entry<String, String> e : params.entrySet()) {
      b.addQueryParameter(e.getKey(), e.getValue());
    }
    if (key != null) {
      b.addQueryParameter("sign", qqSign(params, key));
    }
    return b.build();
  }

  /** Status and body of a GET. */
  static String[] get(HttpUrl url) {
    return call(new Request.Builder().url(url).get().build());
  }

  /** Status and body of a POST with a form body. */
  static String[] post(HttpUrl url, String form) {
    return call(
        new Request.Builder()
            .url(url)
            .post(RequestBody.create(form, MediaType.get("application/x-www-form-urlencoded")))
            .build());
  }

  private static String[] call(Request r) {
    try (Response resp = HTTP.newCall(r).execute()) {
      return new String[] {Integer.toString(resp.code()), resp.body().string()};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
