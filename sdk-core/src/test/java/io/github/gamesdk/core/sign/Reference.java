package io.github.gamesdk.core.sign;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Straightforward reference computations of PROTOCOLS.md §1, §2, §3, §5 and §6, written
 * independently of the code under test: plain string concatenation, a fresh MessageDigest or Mac
 * per call, URLEncoder-based encoding, and sorting by comparing UTF-8 byte arrays.
 */
final class Reference {
  private Reference() {}

  static String md5Hex(String text) {
    try {
      byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (byte b : d) {
        sb.append(String.format("%02x", b & 0xff));
      }
      return sb.toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String hmacBase64(String algorithm, String key, String text) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Names sorted by their UTF-8 bytes compared as unsigned numbers, without {@code excluded}. */
  static List<String> sortedNames(Map<String, String> params, String excluded) {
    List<String> names = new ArrayList<>(params.keySet());
    names.remove(excluded);
    Collections.sort(
        names,
        (a, b) -> {
          byte[] x = a.getBytes(StandardCharsets.UTF_8);
          byte[] y = b.getBytes(StandardCharsets.UTF_8);
          for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = (x[i] & 0xff) - (y[i] & 0xff);
            if (c != 0) {
              return c;
            }
          }
          return x.length - y.length;
        });
    return names;
  }

  /** PROTOCOLS.md §1: the text hashed, key included. */
  static String qqConnectText(String key, Map<String, String> params) {
    String text = key;
    for (String name : sortedNames(params, "sign")) {
      text = text + "$" + name + "$" + params.get(name);
    }
    return text + key;
  }

  static String qqConnectSign(String key, Map<String, String> params) {
    return md5Hex(qqConnectText(key, params));
  }

  /** PROTOCOLS.md §5: the plain text. */
  static String cloudApiV2Text(
      String method, String host, String path, Map<String, String> params) {
    List<String> pairs = new ArrayList<>();
    for (String name : sortedNames(params, "Signature")) {
      pairs.add(name.replace("_", ".") + "=" + params.get(name));
    }
    return method + host + path + "?" + String.join("&", pairs);
  }

  static String cloudApiV2Sign(
      String key, String method, String host, String path, Map<String, String> params) {
    String algorithm =
        "HmacSHA256".equals(params.get("SignatureMethod")) ? "HmacSHA256" : "HmacSHA1";
    return hmacBase64(algorithm, key, cloudApiV2Text(method, host, path, params));
  }

  /** PROTOCOLS.md §6 "enc", built on URLEncoder (which keeps {@code *} and writes space as +). */
  static String openApiEncode(String s) {
    try {
      return URLEncoder.encode(s, "UTF-8").replace("+", "%20").replace("*", "%2A");
    } catch (UnsupportedEncodingException e) {
      throw new AssertionError(e);
    }
  }

  static String openApiSource(String method, String path, Map<String, String> params) {
    List<String> pairs = new ArrayList<>();
    for (String name : sortedNames(params, "sig")) {
      pairs.add(name + "=" + params.get(name));
    }
    return method + "&" + openApiEncode(path) + "&" + openApiEncode(String.join("&", pairs));
  }

  static String openApiSign(String appkey, String method, String path, Map<String, String> params) {
    return hmacBase64("HmacSHA1", appkey + "&", openApiSource(method, path, params));
  }
}
