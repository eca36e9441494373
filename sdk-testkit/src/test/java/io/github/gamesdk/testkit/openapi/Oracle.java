package io.github.gamesdk.testkit.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The tests' own oracle for PROTOCOLS.md §6 (neither the SDK's signer nor the testkit's code), and
 * a plain OkHttp client for requests the SDK would never send.
 */
final class Oracle {
  static final OkHttpClient HTTP =
      new OkHttpClient.Builder()
          .readTimeout(Duration.ofSeconds(5))
          .callTimeout(Duration.ofSeconds(10))
          .retryOnConnectionFailure(false)
          .build();

  private Oracle() {}

  /** RFC 3986 encoding plus {@code ~}: what PROTOCOLS.md §6 calls enc. */
  static String enc(String s) {
    try {
      return URLEncoder.encode(s, "UTF-8").replace("+", "%20").replace("*", "%2A").replace("~", "%7E");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** base64(HMAC-SHA1(appkey + "&", METHOD & enc(path) & enc(sorted k=v&...))), sig left out. */
  static String sig(String appKey, String method, String path, Map<String, String> params) {
    StringBuilder joined = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
      if (!e.getKey().equals("sig")) {
        joined.append(joined.length() == 0 ? "" : "&").append(e.getKey()).append('=').append(e.getValue());
      }
    }
    String source = method + "&" + enc(path) + "&" + enc(joined.toString());
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec((appKey + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(source.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The parameters with a correct sig added. */
  static Map<String, String> signed(
      String appKey, String method, String path, Map<String, String> params) {
    Map<String, String> p = new LinkedHashMap<>(params);
    p.put("sig", sig(appKey, method, path, params));
    return p;
  }

  /** {@code k=v&...}, values URL-encoded in a charset. */
  static String form(Map<String, String> params, Charset charset) {
    StringBuilder sb = new StringBuilder();
    try {
      for (Map.Entry<String, String> e : params.entrySet()) {
        sb.append(sb.length() == 0 ? "" : "&")
            .append(URLEncoder.encode(e.getKey(), charset.name()))
            .append('=')
            .append(URLEncoder.encode(e.getValue(), charset.name()));
      }
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
    return sb.toString();
  }

  /** The common parameters of the PROTOCOLS.md §6 user, without sig. */
  static Map<String, String> vectorParams() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("openid", FakeOpenApiServer.DEFAULT_OPENID);
    p.put("openkey", FakeOpenApiServer.DEFAULT_OPENKEY);
    p.put("appid", FakeOpenApiServer.DEFAULT_APP_ID);
    p.put("pf", "qzone");
    p.put("format", "json");
    p.put("userip", "112.90.139.30");
    p.put("charset", "utf-8");
    return p;
  }

  /** What came back from a raw request. */
  static final class Reply {
    final int status;
    final String contentType;
    final byte[] body;

    Reply(int status, String contentType, byte[] body) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
    }

    /** The body in the charset its Content-Type names, UTF-8 when it names none. */
    String text() {
      MediaType m = contentType == null ? null : MediaType.parse(contentType);
      Charset c = m == null ? null : m.charset(null);
      return text(c == null ? StandardCharsets.UTF_8 : c);
    }

    String text(Charset c) {
      return new String(body, c);
    }
  }

  static Reply post(String url, String form, String contentType) {
    return send(
        new Request.Builder()
            .url(url)
            .post(RequestBody.create(form.getBytes(StandardCharsets.ISO_8859_1), MediaType.get(contentType)))
            .build());
  }

  static Reply postForm(String url, String form) {
    return post(url, form, "application/x-www-form-urlencoded");
  }

  static Reply get(String url) {
    return send(new Request.Builder().url(url).get().build());
  }

  static Reply send(Request r) {
    try (Response resp = HTTP.newCall(r).execute()) {
      return new Reply(resp.code(), resp.header("Content-Type"), resp.body().bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes a form body or query string in order. */
  static Map<String, String> decodeForm(String form) {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      for (String pair : form.split("&")) {
        int eq = pair.indexOf('=');
        out.put(URLDecoder.decode(pair.substring(0, eq), "UTF-8"), URLDecoder.decode(pair.substring(eq + 1), "UTF-8"));
      }
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
