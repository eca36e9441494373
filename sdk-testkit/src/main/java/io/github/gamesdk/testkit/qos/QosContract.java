package io.github.gamesdk.testkit.qos;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The vendor contract of {@code GET /qos} as seed 000 states it, checked independently of the
 * SDK's own validation: the fake must be able to catch a bug in the client. Every check returns
 * {@code null} when the request keeps the rule, or the problem in words.
 */
final class QosContract {
  /** The three actions (seed 000 lines 15, 132, 221). */
  static final List<String> ACTIONS = Collections.unmodifiableList(Arrays.asList("geturl", "open", "close"));

  /** The parameters the gateway needs to authenticate a request (seed 000 lines 21, 31-35). */
  static final List<String> AUTH = Collections.unmodifiableList(Arrays.asList("SecretId", "Timestamp", "Nonce", "Signature"));

  /** Every parameter of {@code geturl} (seed 000 lines 15-35) and {@code SignatureMethod} (PROTOCOLS.md §5). */
  static final Set<String> GETURL_PARAMS =
      set("Action", "ReqType", "GameId", "SecretId", "VersionId", "PrivateIP", "PublicIP", "DeviceCode",
          "Timestamp", "Nonce", "Signature", "SignatureMethod");

  /** Every parameter of {@code open} and {@code close}: those of geturl, {@code PhoneNO} and {@code DstIP} (lines 146-148). */
  static final Set<String> SESSION_PARAMS = with(GETURL_PARAMS, "PhoneNO", "DstIP");

  /** {@code DstIP}: "最多 4 个" (seed 000 line 148). */
  static final int MAX_DST_IPS = 4;

  /** The replay window: a Timestamp more than 2 hours off is refused (4500, PROTOCOLS.md §5). */
  static final long WINDOW_SECONDS = 2 * 60 * 60;

  private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
  private static final Pattern NONCE = Pattern.compile("[1-9][0-9]{0,9}");

  private QosContract() {}

  /**
   * A parameter name that appears more than once in the query.
   *
   * @param url the request URL
   * @return the problem, or {@code null}
   */
  static String duplicate(HttpUrl url) {
    for (String name : url.queryParameterNames()) {
      if (url.queryParameterValues(name).size() > 1) {
        return "parameter " + name + " is sent more than once";
      }
    }
    return null;
  }

  /**
   * The authentication parameters: present, {@code Timestamp} digits, {@code Nonce} a positive
   * integer, {@code SignatureMethod} (when sent) {@code HmacSHA256} or {@code HmacSHA1}.
   *
   * @param p the decoded parameters
   * @return the problem, or {@code null}
   */
  static String auth(Map<String, String> p) {
    for (String name : AUTH) {
      String v = p.get(name);
      if (v == null || v.isEmpty()) {
        return "missing required parameter " + name;
      }
    }
    if (!DIGITS.matcher(p.get("Timestamp")).matches()) {
      return "Timestamp is not Unix seconds";
    }
    if (!NONCE.matcher(p.get("Nonce")).matches() || Long.parseLong(p.get("Nonce")) > Integer.MAX_VALUE) {
      return "Nonce is not a positive integer";
    }
    String method = p.get("SignatureMethod");
    if (method != null && !method.equals("HmacSHA256") && !method.equals("HmacSHA1")) {
      return "SignatureMethod must be HmacSHA256 or HmacSHA1";
    }
    return null;
  }

  /**
   * The call's own parameters (seed 000 lines 15-29, 132-150, 221-241).
   *
   * @param action the {@code Action}
   * @param p the decoded parameters
   * @return the problem, or {@code null}
   */
  static String action(String action, Map<String, String> p) {
    boolean session = !action.equals("geturl");
    Set<String> allowed = session ? SESSION_PARAMS : GETURL_PARAMS;
    for (String name : p.keySet()) {
      if (!allowed.contains(name)) {
        return "parameter " + name + " is not a parameter of " + action;
      }
    }
    String reqType = p.get("ReqType");
    if (reqType == null) {
      return "missing required parameter ReqType";
    }
    if (!reqType.equals("0") && !reqType.equals("1")) {
      return "ReqType must be 0 or 1";
    }
    String problem = ip(p, "PrivateIP", true);
    if (problem == null) {
      problem = ip(p, "PublicIP", reqType.equals("1"));
    }
    if (problem != null) {
      return problem;
    }
    for (String optional : new String[] {"VersionId", "DeviceCode"}) {
      if (p.containsKey(optional) && p.get(optional).isEmpty()) {
        return optional + " is sent empty";
      }
    }
    if (!session) {
      return null;
    }
    if (!p.containsKey("PhoneNO")) {
      return "missing required parameter PhoneNO (send it empty when unknown)";
    }
    String dst = p.get("DstIP");
    if (dst == null || dst.isEmpty()) {
      return "missing required parameter DstIP";
    }
    String[] ips = dst.split(",", -1);
    if (ips.length > MAX_DST_IPS) {
      return "DstIP holds " + ips.length + " addresses, at most " + MAX_DST_IPS + " are allowed";
    }
    for (String ip : ips) {
      if (!isIpv4(ip)) {
        return "DstIP is not a comma-separated list of IPv4 addresses";
      }
    }
    return null;
  }

  /**
   * Whether a Timestamp is within the replay window of the fake's clock.
   *
   * @param timestamp the {@code Timestamp} sent
   * @param now the fake's time, Unix seconds
   * @return whether it is at most 2 hours off
   */
  static boolean fresh(long timestamp, long now) {
    return Math.abs(now - timestamp) <= WINDOW_SECONDS;
  }

  private static String ip(Map<String, String> p, String name, boolean required) {
    String v = p.get(name);
    if (v == null) {
      return required ? "missing required parameter " + name + (name.equals("PublicIP") ? " (ReqType=1)" : "") : null;
    }
    return isIpv4(v) ? null : name + " is not an IPv4 address";
  }

  static boolean isIpv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (!OCTET.matcher(part).matches() || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> set(String... names) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names)));
  }

  private static Set<String> with(Set<String> base, String... more) {
    Set<String> s = new LinkedHashSet<>(base);
    s.addAll(Arrays.asList(more));
    return Collections.unmodifiableSet(s);
  }
}
