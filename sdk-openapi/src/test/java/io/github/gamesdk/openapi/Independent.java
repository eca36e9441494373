package io.github.gamesdk.openapi;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tests' own oracle for PROTOCOLS.md §6, written from the text and not from the SDK: {@link
 * URLEncoder} adjusted to RFC 3986 plus {@code ~} ({@code +} to {@code %20}, {@code *} to {@code
 * %2A}, {@code ~} to {@code %7E}), and a fresh {@link Mac} on every call.
 */
final class Independent {
  private Independent() {}

  static String enc(String s) {
    try {
      return URLEncoder.encode(s, "UTF-8").replace("+", "%20").replace("*", "%2A").replace("~", "%7E");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** METHOD & enc(path) & enc(k1=v1&k2=v2...) over every parameter but sig, sorted by name. */
  static String source(String method, String path, Map<String, String> params) {
    StringBuilder joined = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
      if (e.getKey().equals("sig")) {
        continue;
      }
      if (joined.length() > 0) {
        joined.append('&');
      }
      joined.append(e.getKey()).append('=').append(e.getValue());
    }
    return method + "&" + enc(path) + "&" + enc(joined.toString());
  }

  /** base64(HMAC-SHA1(appkey + "&", source)). */
  static String sig(String appKey, String method, String path, Map<String, String> params) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec((appKey + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      byte[] h = mac.doFinal(source(method, path, params).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(h);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Decodes {@code k=v&k=v} (a query string or a form body), in order. */
  static Map<String, String> decodeForm(String form) {
    Map<String, String> out = new LinkedHashMap<>();
    if (form == null || form.isEmpty()) {
      return out;
    }
    try {
      for (String pair : form.split("&")) {
        int eq = pair.indexOf('=');
        out.put(
            URLDecoder.decode(pair.substring(0, eq), "UTF-8"),
            URLDecoder.decode(pair.substring(eq + 1), "UTF-8"));
      }
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
