package io.github.gamesdk.msdk.internal;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.error.ErrorCategory;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The QQ and WeChat codes MSDK relays inside {@code msg} ({@code ret:-10000} and {@code
 * ret:-20000}), with their meaning and category, from {@code shared/reference/error-codes.md}
 * sections (c), (d) and (e): the QQ platform table (meanings from seed 003 line 2208 onwards), the
 * codes seen only in the MSDK wiki FAQ, the {@code /share/qq} codes, the WeChat table and the
 * WeChat group-binding table. Codes are only unique within one table, so the table is chosen by the
 * endpoint first (reference: "Map a code using the layer and the endpoint"). Not public API.
 */
public final class PlatformCodes {
  /** One row: what the code means and what to do. */
  public static final class Entry {
    private final String description;
    private final ErrorCategory category;

    Entry(String description, ErrorCategory category) {
      this.description = description;
      this.category = category;
    }

    /**
     * The meaning, in English.
     *
     * @return the description
     */
    public String description() {
      return description;
    }

    /**
     * What to do.
     *
     * @return the category
     */
    public ErrorCategory category() {
      return category;
    }
  }

  private static final ErrorCategory FIX = ErrorCategory.FIX_REQUEST;
  private static final ErrorCategory REAUTH = ErrorCategory.REAUTHORIZE;
  private static final ErrorCategory RETRY = ErrorCategory.RETRY;
  private static final ErrorCategory VENDOR = ErrorCategory.CONTACT_VENDOR;
  private static final ErrorCategory NONE = ErrorCategory.NONE;

  /** Reference (c): QQ platform codes, hints from its table; meanings from seed 003 line 2208. */
  private static final Map<Long, Entry> QQ;

  /** Reference (e) and (c) FAQ rows: the codes of {@code /share/qq}. */
  private static final Map<Long, Entry> QQ_SHARE;

  /** Reference (d): WeChat codes. */
  private static final Map<Long, Entry> WECHAT;

  /** Reference (d): the WeChat group-binding codes of the {@code /relation/wx*group*} calls. */
  private static final Map<Long, Entry> WECHAT_GROUP;

  static {
    Map<Long, Entry> q = new HashMap<>();
    put(q, -1, "request parameters are invalid", FIX);
    put(q, -2, "the appid does not exist", FIX);
    put(q, -3, "the app has no permission for this API", VENDOR);
    put(q, -4, "the app's IP is not allowed", VENDOR);
    // As a direct OpenAPI answer -5 is our own sig; relayed by MSDK it is Tencent's internal call.
    put(q, -5, "signature check failed (Tencent's internal call)", RETRY);
    put(q, -6, "API call quota exceeded", RETRY);
    put(q, -7, "illegal protocol", FIX);
    put(q, -8, "request blocked by the security audit", VENDOR);
    put(q, -9, "the API does not exist", FIX);
    put(q, -10, "the app's internal IP is not allowed", VENDOR);
    put(q, -11, "the app's external IP is not allowed", VENDOR);
    put(q, -12, "test-environment account not allowed", FIX);
    put(q, -20, "the user has not authorized this API", REAUTH);
    put(q, -21, "access_token revoked", REAUTH);
    put(q, -22, "illegal openid", FIX);
    put(q, -23, "illegal openkey", REAUTH);
    put(q, -24, "openid/openkey verification failed", REAUTH);
    put(q, -25, "timestamp more than 10 minutes off", RETRY);
    put(q, -26, "nonce reused", RETRY);
    put(q, -69, "the app is not in the permission system", VENDOR);
    put(q, -70, "illegal appid when verifying the openkey", FIX);
    put(q, -71, "openid and openkey do not match", FIX);
    put(q, -72, "appkey does not match the registered one", FIX);
    put(q, -73, "access token invalidated by a password change", REAUTH);
    put(q, 100000, "response_type missing or wrong", FIX);
    put(q, 100001, "client_id missing", FIX);
    put(q, 100002, "client_secret missing", FIX);
    put(q, 100003, "Authorization header missing", FIX);
    put(q, 100004, "grant_type missing or wrong", FIX);
    put(q, 100005, "code missing", FIX);
    put(q, 100006, "refresh token missing", FIX);
    put(q, 100007, "access token missing", FIX);
    put(q, 100008, "the appid does not exist", FIX);
    put(q, 100009, "appkey (client_secret) is illegal", FIX);
    put(q, 100010, "illegal callback address", FIX);
    put(q, 100011, "the app is not online", VENDOR);
    put(q, 100012, "not a POST request", FIX);
    put(q, 100013, "illegal access token", REAUTH);
    put(q, 100014, "access token expired", REAUTH);
    put(q, 100015, "access token revoked", REAUTH);
    put(q, 100016, "access token verification failed", REAUTH);
    put(q, 251001, "illegal parameter", FIX);
    put(q, 251002, "illegal access token", REAUTH);
    put(q, 251003, "no permission to get the friends' openids", VENDOR);
    put(q, 251004, "reading the friend cache failed", VENDOR);
    put(q, 251005, "updating the friend cache failed", VENDOR);
    put(q, 30, "share receiver already got the daily maximum", NONE);
    put(q, 32, "share receiver has unfollowed the QQ mobile-game account", NONE);
    put(q, 103, "a parameter is too long (title at most 45 bytes)", FIX);
    QQ = Collections.unmodifiableMap(q);

    Map<Long, Entry> s = new HashMap<>();
    for (long c = 2; c <= 38; c++) {
      put(s, c, "share service error", RETRY);
    }
    put(s, 27, "message longer than 700 bytes", FIX);
    put(s, 28, "bad message", FIX);
    put(s, 29, "share refused (limit)", NONE);
    put(s, 30, "receiver already got the daily maximum (30 per game per day)", NONE);
    put(s, 31, "account unusable", NONE);
    put(s, 32, "receiver has unfollowed the QQ mobile-game account", NONE);
    put(s, 34, "share refused (limit)", NONE);
    put(s, 37, "share refused (limit)", NONE);
    put(s, 103, "a parameter is too long (title at most 45 bytes)", FIX);
    put(s, 99999, "frequency limit", RETRY);
    put(s, 100000, "uin/skey authentication error", REAUTH);
    put(s, 100001, "parameter missing or of the wrong type", FIX);
    put(s, 100003, "service error", RETRY);
    put(s, 100004, "forbidden words", FIX);
    put(s, 100012, "service timeout", RETRY);
    put(s, 100100, "the CGI needs POST", FIX);
    put(s, 100101, "Referer restriction", FIX);
    put(s, 111111, "unknown error", ErrorCategory.UNKNOWN);
    QQ_SHARE = Collections.unmodifiableMap(s);

    Map<Long, Entry> w = new HashMap<>();
    put(w, 0, "ok", NONE);
    put(w, -1, "WeChat system error", RETRY);
    put(w, 40001, "invalid credential (the 2 h access token expired)", ErrorCategory.REFRESH_TOKEN);
    put(w, 40002, "invalid grant_type", REAUTH);
    put(w, 40003, "invalid openid", REAUTH);
    put(w, 40007, "invalid media_id (upload the image again)", FIX);
    put(w, 40008, "invalid message type", FIX);
    put(w, 40013, "invalid appid", FIX);
    put(w, 40029, "invalid OAuth code", REAUTH);
    put(w, 40031, "invalid openid list", REAUTH);
    put(w, 40032, "invalid refresh_token", REAUTH);
    put(w, 40036, "invalid template_id size", FIX);
    put(w, 40037, "invalid template_id", FIX);
    put(w, 41001, "access_token missing", REAUTH);
    put(w, 41002, "appid missing", FIX);
    put(w, 41003, "refresh_token missing", FIX);
    put(w, 41004, "appsecret missing", FIX);
    put(w, 41008, "OAuth code missing", FIX);
    put(w, 41009, "openid missing", FIX);
    put(w, 42001, "access_token expired", ErrorCategory.REFRESH_TOKEN);
    put(w, 42003, "OAuth code expired", REAUTH);
    put(w, 42004, "refresh_token expired", REAUTH);
    put(w, 43003, "HTTPS required", FIX);
    put(w, 43004, "the user must follow first", NONE);
    put(w, 43005, "a friend relation is required", NONE);
    put(w, 44002, "empty POST data", FIX);
    put(w, 45009, "API call frequency limit", RETRY);
    put(w, 45011, "API limit", RETRY);
    put(w, 45013, "too many template arguments", FIX);
    put(w, 45014, "template message too large", FIX);
    put(w, 47001, "data format error", FIX);
    put(w, 48001, "API not authorized for this token", REAUTH);
    WECHAT = Collections.unmodifiableMap(w);

    Map<Long, Entry> g = new HashMap<>();
    put(g, -1, "system error", RETRY);
    put(g, -10000, "internal error", RETRY);
    put(g, -10001, "the game has no permission to create groups", VENDOR);
    put(g, -10002, "parameter check failed", FIX);
    put(g, -10003, "link does not exist", NONE);
    put(g, -10004, "failed to get the jump link", RETRY);
    put(g, -10005, "group ID already exists", NONE);
    put(g, -10006, "the user reached the group-creation limit", NONE);
    put(g, -10007, "group ID does not exist", FIX);
    WECHAT_GROUP = Collections.unmodifiableMap(g);
  }

  private PlatformCodes() {}

  private static void put(Map<Long, Entry> m, long code, String description, ErrorCategory c) {
    m.put(code, new Entry(description, c));
  }

  /**
   * The meaning of a QQ code relayed with {@code ret:-10000}.
   *
   * @param endpointName the call, {@code module/interface} with {@code auth} for the login module
   * @param code the relayed code
   * @param text the relayed text (after the first comma)
   * @return the row, or {@code null} when no table lists the code
   */
  @Nullable
  public static Entry qq(String endpointName, long code, String text) {
    if (code == 100030) {
      // FAQ item 8: "is_friend is 0" (a heart sent to a non-friend, expected) or "this api without
      // user authorization" (re-authorize); only the text tells them apart.
      return text.toLowerCase(java.util.Locale.ROOT).contains("authoriz")
          ? new Entry("this API is not authorized by the user", REAUTH)
          : new Entry("the receiver is not a friend (is_friend is 0)", NONE);
    }
    if (endpointName.equals("share/qq")) {
      Entry e = QQ_SHARE.get(code);
      if (e != null) {
        return e;
      }
      e = QQ.get(code);
      // Wiki §2.2.1.6: "any other value" of /share/qq is a back-end error.
      return e != null ? e : new Entry("share back-end error", RETRY);
    }
    return QQ.get(code);
  }

  /**
   * The meaning of a WeChat code relayed with {@code ret:-20000}.
   *
   * @param endpointName the call, {@code module/interface}
   * @param code the relayed code
   * @return the row, or {@code null} when no table lists the code
   */
  @Nullable
  public static Entry wechat(String endpointName, long code) {
    if (endpointName.startsWith("relation/wx") && endpointName.contains("group")) {
      Entry e = WECHAT_GROUP.get(code);
      if (e != null) {
        return e;
      }
    }
    return WECHAT.get(code);
  }
}
