package io.github.gamesdk.testkit.openapi;

import io.github.gamesdk.core.Nullable;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The vendor contract of OpenAPI V3 as seed 002 states it (plus the parameters gamesdk always
 * sends), checked with the fake's own parsing: its own form decoding, not OkHttp's. Every check
 * returns {@code null} when the request keeps the rule, or the problem in words.
 */
final class OpenApiContract {
  /** -2, APP_NOTEXIST: "请求中的 APPID 不存在" (error-codes.md (f), seed 003 line 2212). */
  static final int APP_NOTEXIST = -2;

  /** -5, SIG: "签名验证失败" (error-codes.md (f), seed 003 line 2220). */
  static final int SIG = -5;

  /** -9, API_NOTEXIST: "API 不存在" (error-codes.md (f), seed 003 line 2228). */
  static final int API_NOTEXIST = -9;

  /**
   * -23, INVALID_OPENKEY, "openkey 非法" (seed 003 line 2242): an expired openkey (seed 002 line
   * 17).
   */
  static final int INVALID_OPENKEY = -23;

  /** -24, INVALID_OPENID_OPENKEY, "openid openkey 验证失败" (seed 003 line 2244): unknown openid. */
  static final int INVALID_OPENID_OPENKEY = -24;

  /** -71, OPENID_OPENKEY_NOTMATCH, "openid 和 openkey 不匹配" (seed 003 line 2259): wrong openkey. */
  static final int OPENID_OPENKEY_NOTMATCH = -71;

  /** 1000002: the seed's parameter error (seed 002 lines 36-40). */
  static final int PARAMETERS_INCORRECT = 1000002;

  /**
   * The common parameters a request must carry: the five the seed marks 必须 (openid, openkey,
   * appid, sig, pf; lines 20-24) and the three gamesdk always sends (format, userip, charset;
   * lines 25-29). {@code charset} can be made optional with {@code requireCharset(false)}.
   */
  static final List<String> REQUIRED =
      Collections.unmodifiableList(
          Arrays.asList("openid", "openkey", "appid", "sig", "pf", "format", "userip", "charset"));

  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
          + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private OpenApiContract() {}

  /** One {@code name=value} pair as it came, still percent-encoded. */
  static final class RawPair {
    final String name;
    final String value;

    RawPair(String name, String value) {
      this.name = name;
      this.value = value;
    }
  }

  /**
   * Splits {@code k=v&k=v} into raw pairs; a pair without {@code =} has an empty value.
   *
   * @param form a query string or form body, or {@code null}
   * @return the pairs in order
   */
  static List<RawPair> split(@Nullable String form) {
    List<RawPair> out = new ArrayList<>();
    if (form == null || form.isEmpty()) {
      return out;
    }
    for (String pair : form.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      out.add(eq < 0 ? new RawPair(pair, "") : new RawPair(pair.substring(0, eq), pair.substring(eq + 1)));
    }
    return out;
  }

  /**
   * The charset the request's parameters are in: {@code charset=utf-8} means UTF-8; gbk, a missing
   * or any other value means gbk ("默认值为gbk, 其他非法取值也认为是gbk", seed 002 line 29).
   *
   * @param rawCharset the raw value of {@code charset}, or {@code null}
   * @return the charset
   */
  static Charset charsetOf(@Nullable String rawCharset) {
    if (rawCharset != null && decode(rawCharset, StandardCharsets.UTF_8).equalsIgnoreCase("utf-8")) {
      return StandardCharsets.UTF_8;
    }
    return Charset.forName("GBK");
  }

  /**
   * Percent-decodes a form value: {@code %XX} bytes and {@code +} for a space, then the bytes in
   * the request's charset. A malformed escape is kept as it is.
   *
   * @param s the raw text
   * @param charset the request's charset
   * @return the decoded text
   */
  static String decode(String s, Charset charset) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%'
          && i + 2 < s.length()
          && hex(s.charAt(i + 1)) >= 0
          && hex(s.charAt(i + 2)) >= 0) {
        bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(charset);
        bytes.write(b, 0, b.length);
      }
    }
    return new String(bytes.toByteArray(), charset);
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /**
   * Checks the values of the common parameters: {@code format} {@code json} (the fake answers
   * JSON only; the seed also allows {@code xml}, line 25), {@code appid} an unsigned int (line 22),
   * {@code userip} an IP address (line 27).
   *
   * @param p the decoded parameters
   * @return the problem, or {@code null}
   */
  static String values(Map<String, String> p) {
    String format = p.get("format");
    if (format != null && !format.equals("json")) {
      return "format must be json (lower case); the fake answers JSON only";
    }
    String appid = p.get("appid");
    if (appid != null && !appid.matches("[0-9]{1,10}")) {
      return "appid must be an unsigned int";
    }
    String ip = p.get("userip");
    if (ip != null && !isIp(ip)) {
      return "userip must be an IP address";
    }
    return null;
  }

  /**
   * Whether a text is an IPv4 dotted quad or looks like an IPv6 literal (hex digits, colons, at
   * least two colons).
   *
   * @param ip the text
   * @return whether it is an address
   */
  static boolean isIp(String ip) {
    if (IPV4.matcher(ip).matches()) {
      return true;
    }
    return IPV6.matcher(ip).matches() && ip.indexOf(':') != ip.lastIndexOf(':');
  }

  /**
   * Whether the request's {@code charset} names UTF-8.
   *
   * @param charset the decoded {@code charset}, or {@code null}
   * @return whether the answer goes out in UTF-8
   */
  static boolean isUtf8(@Nullable String charset) {
    return charset != null && charset.toLowerCase(Locale.ROOT).equals("utf-8");
  }
}
