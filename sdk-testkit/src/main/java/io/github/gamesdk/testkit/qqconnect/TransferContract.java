package io.github.gamesdk.testkit.qqconnect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The vendor contract of the transfer CGI {@code QQConnect.fcgi} as seed 003 states it, checked
 * independently of the SDK's own code (its own JSON parser, its own signature): the fake must be
 * able to catch a bug in the client. Every check returns {@code null} when the request keeps the
 * rule, or the problem in words.
 */
final class TransferContract {
  /** -1, APPREQ_INVALID: "client 的请求参数无效" (seed 003 line 2210). */
  static final int APPREQ_INVALID = -1;

  /** -2, APP_NOTEXIST: "请求中的 APPID 不存在" (seed 003 line 2212). */
  static final int APP_NOTEXIST = -2;

  /** -5, SIG: "签名验证失败" (seed 003 line 2220). */
  static final int SIG = -5;

  /** -9, API_NOTEXIST: "API 不存在" (seed 003 line 2228). */
  static final int API_NOTEXIST = -9;

  /** The common parameters every call must carry (seed 003 lines 1575-1592). */
  static final List<String> COMMON =
      Collections.unmodifiableList(
          Arrays.asList("oauth_consumer_key", "openid", "access_token", "cmd", "sign"));

  /**
   * The {@code game_tag} values of {@code send_share_for_inner}: the four of the table (seed 003
   * lines 966-972) and {@code MSG_SHARE_FRIEND_DOUBLE}, which the seed's own example uses (line
   * 986).
   */
  static final Set<String> GAME_TAGS =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              Arrays.asList(
                  "MSG_INVITE",
                  "MSG_FRIEND_EXCEED",
                  "MSG_HEART_SEND",
                  "MSG_SHARE_FRIEND_PVP",
                  "MSG_SHARE_FRIEND_DOUBLE")));

  /** The {@code type}s every {@code gc_achieve_report} must carry (seed 003 line 1740). */
  static final List<Integer> REQUIRED_ACHIEVE_TYPES =
      Collections.unmodifiableList(Arrays.asList(12, 26, 27, 28));

  /** A JSONP callback name the fake is willing to echo. */
  static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]{0,63}");

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  /** A strict parser: the vendor's server is not lenient about the JSON it is sent. */
  private static final ObjectMapper STRICT =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private TransferContract() {}

  /**
   * The first common parameter that is missing or empty.
   *
   * @param params the decoded query parameters
   * @return the problem, or {@code null}
   */
  static String missingCommon(Map<String, String> params) {
    for (String name : COMMON) {
      String v = params.get(name);
      if (v == null || v.isEmpty()) {
        return "missing required parameter " + name;
      }
    }
    return null;
  }

  /**
   * A parameter name sent more than once: the signature cannot say which value was meant.
   *
   * @param url the request URL
   * @return the problem, or {@code null}
   */
  static String duplicate(HttpUrl url) {
    for (String name : url.queryParameterNames()) {
      if (url.queryParameterValues(name).size() > 1) {
        return "parameter " + name + " is given more than once";
      }
    }
    return null;
  }

  /**
   * The expected {@code sign}: {@code lower_hex(md5(key + "$k1$v1$k2$v2..." + key))} over every
   * parameter but {@code sign}, names sorted by their UTF-8 bytes, raw values (seed 003 lines
   * 1620-1665, PROTOCOLS.md §1). Written here from the rule, not with the SDK's signer.
   *
   * @param params the decoded query parameters
   * @param key the appkey
   * @return 32 lower-case hex digits
   */
  static String expectedSign(Map<String, String> params, byte[] key) {
    TreeMap<String, String> sorted = new TreeMap<>(TransferContract::compareUtf8);
    sorted.putAll(params);
    sorted.remove("sign");
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no MD5 in this JVM", e);
    }
    md.update(key);
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      md.update(("$" + e.getKey() + "$" + e.getValue()).getBytes(StandardCharsets.UTF_8));
    }
    md.update(key);
    StringBuilder hex = new StringBuilder(32);
    for (byte b : md.digest()) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return hex.toString();
  }

  /**
   * Whether the {@code sign} parameter equals {@link #expectedSign}; exact, lower-case hex as the
   * seed's {@code tolower(md5(...))} produces (line 1659).
   *
   * @param params the decoded query parameters
   * @param key the appkey
   * @return whether it verifies
   */
  static boolean signValid(Map<String, String> params, byte[] key) {
    String given = params.get("sign");
    return given != null
        && MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8),
            expectedSign(params, key).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code format} and {@code callback} (seed 003 lines 1594-1600).
   *
   * @param params the decoded query parameters
   * @return the problem, or {@code null}
   */
  static String format(Map<String, String> params) {
    String format = params.get("format");
    if (format != null && !format.equals("json") && !format.equals("jsonp")) {
      return "format must be json or jsonp";
    }
    String callback = params.get("callback");
    if (callback != null && !CALLBACK.matcher(callback).matches()) {
      return "callback must be a JavaScript identifier";
    }
    return null;
  }

  /**
   * The parameters of {@code cmd=send_share_for_inner} (seed 003 lines 958-976): {@code fopenids}
   * a non-empty JSON array of {@code {"openid":"...","type":N}}, {@code imageUrl} and {@code
   * targetUrl} http(s) URLs, {@code game_tag} a documented tag, {@code dst=1001}, {@code flag=1}.
   *
   * @param p the decoded query parameters
   * @return the problem, or {@code null}
   */
  static String sendShareForInner(Map<String, String> p) {
    String missing = missing(p, "fopenids", "imageUrl", "targetUrl", "game_tag", "dst", "flag");
    if (missing != null) {
      return missing;
    }
    JsonNode fopenids = parse(p.get("fopenids"));
    if (fopenids == null || !fopenids.isArray() || fopenids.size() == 0) {
      return "fopenids must be a non-empty JSON array of {\"openid\":...,\"type\":...}";
    }
    for (int i = 0; i < fopenids.size(); i++) {
      JsonNode r = fopenids.get(i);
      if (!r.isObject()
          || !r.path("openid").isTextual()
          || r.path("openid").asText().trim().isEmpty()
          || !r.path("type").isIntegralNumber()) {
        return "fopenids[" + i + "] must be {\"openid\":\"<non-empty string>\",\"type\":<number>}";
      }
    }
    if (!isHttpUrl(p.get("imageUrl"))) {
      return "imageUrl must be an http(s) URL";
    }
    if (!isHttpUrl(p.get("targetUrl"))) {
      return "targetUrl must be an http(s) URL";
    }
    if (!GAME_TAGS.contains(p.get("game_tag"))) {
      return "game_tag must be one of " + GAME_TAGS;
    }
    if (!"1001".equals(p.get("dst"))) {
      return "dst can only be 1001";
    }
    if (!"1".equals(p.get("flag"))) {
      return "flag can only be 1";
    }
    return null;
  }

  /**
   * The parameters of {@code cmd=gc_achieve_report} (seed 003 lines 1698-1750): {@code appid}
   * digits; {@code param} a JSON object {@code {"total":N,"list":[...]}} with {@code total} the
   * number of list entries, each {@code {"type":number,"data":string,"bcover":0|1,"expires":number}},
   * and types 12, 26, 27 and 28 present.
   *
   * @param p the decoded query parameters
   * @return the problem, or {@code null}
   */
  static String gcAchieveReport(Map<String, String> p) {
    String missing = missing(p, "appid", "param");
    if (missing != null) {
      return missing;
    }
    if (!DIGITS.matcher(p.get("appid")).matches()) {
      return "appid must be the game's appid (digits)";
    }
    JsonNode param = parse(p.get("param"));
    if (param == null || !param.isObject()) {
      return "param must be a JSON object {\"total\":N,\"list\":[...]}";
    }
    JsonNode total = param.get("total");
    JsonNode list = param.get("list");
    if (total == null || !total.isIntegralNumber()) {
      return "param.total must be a number";
    }
    if (list == null || !list.isArray()) {
      return "param.list must be an array";
    }
    if (total.asLong() != list.size()) {
      return "param.total is " + total.asLong() + " but param.list has " + list.size() + " entries";
    }
    Set<Integer> types = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String at = "param.list[" + i + "]";
      if (!item.isObject()) {
        return at + " must be an object";
      }
      if (!item.path("type").isIntegralNumber() || item.path("type").asInt() <= 0) {
        return at + ".type must be a positive number";
      }
      if (!item.path("data").isTextual()) {
        return at + ".data must be a string";
      }
      JsonNode bcover = item.path("bcover");
      if (!bcover.isIntegralNumber() || (bcover.asInt() != 0 && bcover.asInt() != 1)) {
        return at + ".bcover must be 0 or 1";
      }
      if (!item.path("expires").isIntegralNumber() || item.path("expires").asLong() < 0) {
        return at + ".expires must be 0 or a Unix time";
      }
      types.add(item.path("type").asInt());
    }
    for (Integer required : REQUIRED_ACHIEVE_TYPES) {
      if (!types.contains(required)) {
        return "param.list lacks type " + required + " (types 12, 26, 27 and 28 are required)";
      }
    }
    return null;
  }

  /**
   * The parameters of {@code cmd=qc_set_summary_card} (seed 003 lines 1630-1637 and the iOS call
   * near line 2100): {@code card_id} and {@code style_id}, both numbers.
   *
   * @param p the decoded query parameters
   * @return the problem, or {@code null}
   */
  static String qcSetSummaryCard(Map<String, String> p) {
    String missing = missing(p, "card_id", "style_id");
    if (missing != null) {
      return missing;
    }
    if (!DIGITS.matcher(p.get("card_id")).matches()) {
      return "card_id must be a number";
    }
    if (!DIGITS.matcher(p.get("style_id")).matches()) {
      return "style_id must be a number";
    }
    return null;
  }

  /**
   * The first of the named parameters that is missing or empty.
   *
   * @param p the decoded query parameters
   * @param names the required names
   * @return the problem, or {@code null}
   */
  static String missing(Map<String, String> p, String... names) {
    for (String name : names) {
      String v = p.get(name);
      if (v == null || v.isEmpty()) {
        return "missing required parameter " + name;
      }
    }
    return null;
  }

  private static JsonNode parse(String json) {
    try {
      return STRICT.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static boolean isHttpUrl(String s) {
    HttpUrl u = HttpUrl.parse(s);
    return u != null && !u.host().isEmpty();
  }

  private static int compareUtf8(String a, String b) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] y = b.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = (x[i] & 0xFF) - (y[i] & 0xFF);
      if (c != 0) {
        return c;
      }
    }
    return x.length - y.length;
  }
}
