package io.github.gamesdk.testkit.qos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The tests' own oracle for QoS: PROTOCOLS.md §5 written out plainly with a fresh javax.crypto
 * {@link Mac} (neither the SDK's signer nor the fake's), and a plain OkHttp client for requests the
 * SDK would never send.
 */
final class QosOracle {
  static final OkHttpClient HTTP =
      new OkHttpClient.Builder()
          .readTimeout(Duration.ofSeconds(5))
          .callTimeout(Duration.ofSeconds(10))
          .retryOnConnectionFailure(false)
          .build();

  private QosOracle() {}

  /** base64(HMAC(key, "GET" + host + "/qos?" + k=v&... sorted)); SHA-256 when SignatureMethod says so. */
  static String signature(String key, String host, Map<String, String> params) {
    StringBuilder text = new StringBuilder("GET").append(host).append("/qos?");
    boolean first = true;
    for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
      if (e.getKey().equals("Signature")) {
        continue;
      }
      text.append(first ? "" : "&").append(e.getKey()).append('=').append(e.getValue());
      first = false;
    }
    String algorithm = "HmacSHA256".equals(params.get("SignatureMethod")) ? "HmacSHA256" : "HmacSHA1";
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      return Base64.getEncoder().encodeToString(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The seed's geturl parameters (seed 000 lines 64-73) with a fresh Timestamp and Nonce. */
  static Map<String, String> geturlParams(long timestamp, int nonce) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("Action", "geturl");
    p.put("ReqType", "1");
    p.put("GameId", FakeQosServer.DEFAULT_GAME_ID);
    p.put("SecretId", FakeQosServer.DEFAULT_SECRET_ID);
    p.put("VersionId", "1.2");
    p.put("PrivateIP", "23.4.5.5");
    p.put("PublicIP", "124.4.5.6");
    p.put("DeviceCode", "xxx-yyy");
    p.put("Timestamp", Long.toString(timestamp));
    p.put("Nonce", Integer.toString(nonce));
    p.put("SignatureMethod", "HmacSHA256");
    return p;
  }

  /** The seed's open parameters (seed 000 lines 180-191). */
  static Map<String, String> openParams(long timestamp, int nonce) {
    Map<String, String> p = geturlParams(timestamp, nonce);
    p.put("Action", "open");
    p.put("PhoneNO", "aSesdHJJsdx");
    p.put("DstIP", "1.1.1.1,2.2.2.2");
    return p;
  }

  /** Signs with the fake's default key over the fake's host, and adds Signature. */
  static Map<String, String> signed(FakeQosServer fake, Map<String, String> params) {
    Map<String, String> p = new LinkedHashMap<>(params);
    p.remove("Signature");
    p.put("Signature", signature(FakeQosServer.DEFAULT_SECRET_KEY, host(fake), p));
    return p;
  }

  static String host(FakeQosServer fake) {
    return fake.baseUrl().substring("http://".length());
  }

  /** The query string with every value URL-encoded once (space as %20). */
  static String query(Map<String, String> params) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : params.entrySet()) {
      sb.append(sb.length() == 0 ? "" : "&").append(e.getKey()).append('=').append(encode(e.getValue()));
    }
    return sb.toString();
  }

  static String encode(String v) {
    try {
      return URLEncoder.encode(v, "UTF-8").replace("+", "%20");
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends a GET of {@code /qos?rawQuery} exactly as given and returns status and body. */
  static String[] get(FakeQosServer fake, String rawQuery) {
    return send(new Request.Builder().url(fake.baseUrl() + "/qos?" + rawQuery).build());
  }

  static String[] post(FakeQosServer fake, String rawQuery) {
    return send(
        new Request.Builder()
            .url(fake.baseUrl() + "/qos?" + rawQuery)
            .post(RequestBody.create(new byte[0], null))
            .build());
  }

  /** Sends a GET of a full URL. */
  static String[] send(String url) {
    return send(new Request.Builder().url(url).build());
  }

  private static String[] send(Request request) {
    try (Response r = HTTP.newCall(request).execute()) {
      return new String[] {Integer.toString(r.code()), r.body().string()};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
