package io.github.gamesdk.qqconnect;

import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.ErrorCode;
import java.util.HashMap;
import java.util.Map;

/**
 * Every error code of seed 003 ({@code 003_49decca964687547.txt}): the transfer-CGI / QQ platform
 * table (line 2208 onwards: -1..-12, -20..-26, -70..-73, 100000..100016), the friend-chain codes
 * 251001..251005 (lines 2303-2311), the guild codes 221001..221012 (line 605) and the QQ login
 * return codes (line 57). Categories follow the hints of {@code reference/error-codes.md} (c) and
 * (f); for the guild and login codes, which that file does not classify, they follow the seed's own
 * wording.
 */
public enum QqConnectErrorCode implements ErrorCode {
  /** 0: success. */
  SUCCESS(0, "success", ErrorCategory.NONE),
  /** -1: the client's request parameters are invalid (APPREQ_INVALID). */
  APPREQ_INVALID(-1, "request parameters are invalid", ErrorCategory.FIX_REQUEST),
  /** -2: the APPID in the request does not exist (APP_NOTEXIST). */
  APP_NOTEXIST(-2, "the appid does not exist", ErrorCategory.FIX_REQUEST),
  /** -3: the app has no permission for this API (APPAPI_NOPRIVI). */
  APPAPI_NOPRIVI(-3, "the app has no permission for this API", ErrorCategory.CONTACT_VENDOR),
  /** -4: the app's IP is not allowed (IP_INVALID). */
  IP_INVALID(-4, "the app's IP is not allowed", ErrorCategory.CONTACT_VENDOR),
  /** -5: signature check failed (SIG); the seed says retry once, then contact support. */
  SIG(-5, "signature check failed", ErrorCategory.FIX_REQUEST),
  /** -6: the app exceeded its quota for this API (APPAPI_ISLIMITED). */
  APPAPI_ISLIMITED(-6, "API call quota exceeded", ErrorCategory.RETRY),
  /** -7: illegal protocol, for example HTTP where HTTPS is required (PROTOCAL_INVALID). */
  PROTOCAL_INVALID(-7, "illegal protocol (e.g. http instead of https)", ErrorCategory.FIX_REQUEST),
  /** -8: request blocked, usually by the security audit (REQ_BLOCK). */
  REQ_BLOCK(-8, "request blocked by the security audit", ErrorCategory.CONTACT_VENDOR),
  /** -9: the API does not exist (API_NOTEXIST). */
  API_NOTEXIST(-9, "the API does not exist", ErrorCategory.FIX_REQUEST),
  /** -10: the app's internal IP is not allowed (SENSI_INNER_IP_INVALID). */
  SENSI_INNER_IP_INVALID(-10, "the app's internal IP is not allowed", ErrorCategory.CONTACT_VENDOR),
  /** -11: the app's external IP is not allowed (SENSI_OUTER_IP_INVALID). */
  SENSI_OUTER_IP_INVALID(-11, "the app's external IP is not allowed", ErrorCategory.CONTACT_VENDOR),
  /** -12: test-environment account restricted (CHECK_DEV_USER). */
  CHECK_DEV_USER(-12, "test-environment account not allowed", ErrorCategory.FIX_REQUEST),
  /** -20: the user has not authorized this API (USERAPI_NOPRIVI). */
  USERAPI_NOPRIVI(-20, "the user has not authorized this API", ErrorCategory.REAUTHORIZE),
  /** -21: the access_token was revoked (ACCESS_TOKEN_DISCARD). */
  ACCESS_TOKEN_DISCARD(-21, "access_token revoked", ErrorCategory.REAUTHORIZE),
  /** -22: illegal openid (INVALID_OPENID). */
  INVALID_OPENID(-22, "illegal openid", ErrorCategory.FIX_REQUEST),
  /** -23: illegal openkey (INVALID_OPENKEY). */
  INVALID_OPENKEY(-23, "illegal openkey", ErrorCategory.REAUTHORIZE),
  /** -24: openid/openkey verification failed (INVALID_OPENID_OPENKEY). */
  INVALID_OPENID_OPENKEY(-24, "openid/openkey verification failed", ErrorCategory.REAUTHORIZE),
  /** -25: timestamp more than 10 minutes from server time (OAUTH_TIMESTAMP). */
  OAUTH_TIMESTAMP(-25, "timestamp more than 10 minutes off", ErrorCategory.RETRY),
  /** -26: nonce reused (OAUTH_NONCE). */
  OAUTH_NONCE(-26, "nonce reused", ErrorCategory.RETRY),
  /** -70: illegal appid when verifying the openkey (LOGIN_INVALID_APPID). */
  LOGIN_INVALID_APPID(-70, "illegal appid when verifying the openkey", ErrorCategory.FIX_REQUEST),
  /** -71: openid and openkey do not match (OPENID_OPENKEY_NOTMATCH). */
  OPENID_OPENKEY_NOTMATCH(-71, "openid and openkey do not match", ErrorCategory.FIX_REQUEST),
  /** -72: appkey differs from the one registered (INVALID_APPKEY). */
  INVALID_APPKEY(-72, "appkey does not match the registered one", ErrorCategory.FIX_REQUEST),
  /** -73: access token invalidated by a password change (INVALID_ACCESSTOKEN_MODIFY_SIG). */
  INVALID_ACCESSTOKEN_MODIFY_SIG(
      -73, "access token invalidated by a password change", ErrorCategory.REAUTHORIZE),
  /** 100000: response_type missing or wrong. */
  RESPONSE_TYPE(100000, "response_type missing or wrong", ErrorCategory.FIX_REQUEST),
  /** 100001: client_id missing. */
  CLIENT_ID_MISSING(100001, "client_id missing", ErrorCategory.FIX_REQUEST),
  /** 100002: client_secret missing. */
  CLIENT_SECRET_MISSING(100002, "client_secret missing", ErrorCategory.FIX_REQUEST),
  /** 100003: Authorization missing from the HTTP head. */
  AUTHORIZATION_MISSING(100003, "Authorization header missing", ErrorCategory.FIX_REQUEST),
  /** 100004: grant_type missing or wrong. */
  GRANT_TYPE(100004, "grant_type missing or wrong", ErrorCategory.FIX_REQUEST),
  /** 100005: code missing. */
  CODE_MISSING(100005, "code missing", ErrorCategory.FIX_REQUEST),
  /** 100006: refresh token missing. */
  REFRESH_TOKEN_MISSING(100006, "refresh token missing", ErrorCategory.FIX_REQUEST),
  /** 100007: access token missing. */
  ACCESS_TOKEN_MISSING(100007, "access token missing", ErrorCategory.FIX_REQUEST),
  /** 100008: the APPID does not exist. */
  APPID_NOT_FOUND(100008, "the appid does not exist", ErrorCategory.FIX_REQUEST),
  /** 100009: appkey (client_secret) is illegal. */
  APPKEY_ILLEGAL(100009, "appkey (client_secret) is illegal", ErrorCategory.FIX_REQUEST),
  /** 100010: illegal callback address. */
  REDIRECT_URI_ILLEGAL(100010, "illegal callback address", ErrorCategory.FIX_REQUEST),
  /** 100011: the app is not online. */
  APP_NOT_ONLINE(100011, "the app is not online", ErrorCategory.CONTACT_VENDOR),
  /** 100012: not a POST request. */
  NOT_POST(100012, "not a POST request", ErrorCategory.FIX_REQUEST),
  /** 100013: illegal access token. */
  ACCESS_TOKEN_ILLEGAL(100013, "illegal access token", ErrorCategory.REAUTHORIZE),
  /** 100014: access token expired. */
  ACCESS_TOKEN_EXPIRED(100014, "access token expired", ErrorCategory.REAUTHORIZE),
  /** 100015: access token revoked. */
  ACCESS_TOKEN_REVOKED(100015, "access token revoked", ErrorCategory.REAUTHORIZE),
  /** 100016: access token verification failed for another reason. */
  ACCESS_TOKEN_CHECK_FAILED(100016, "access token verification failed", ErrorCategory.REAUTHORIZE),
  /** 100044: wrong sign (login return code, seed 003 line 75). */
  WRONG_SIGN(100044, "wrong sign", ErrorCategory.FIX_REQUEST),
  /** 251001: illegal parameter (friend-chain API). */
  FRIEND_PARAM_ILLEGAL(251001, "illegal parameter", ErrorCategory.FIX_REQUEST),
  /** 251002: illegal access token (friend-chain API). */
  FRIEND_ACCESS_TOKEN_ILLEGAL(251002, "illegal access token", ErrorCategory.REAUTHORIZE),
  /** 251003: fetching friends' openids failed: no permission for the API. */
  FRIEND_OPENID_FAILED(251003, "fetching friend openids failed (no permission)", ErrorCategory.CONTACT_VENDOR),
  /** 251004: fetching the friend cache failed. */
  FRIEND_CACHE_GET_FAILED(251004, "fetching the friend cache failed", ErrorCategory.CONTACT_VENDOR),
  /** 251005: updating the friend cache failed. */
  FRIEND_CACHE_UPDATE_FAILED(251005, "updating the friend cache failed", ErrorCategory.CONTACT_VENDOR),
  /** 221001: a group is already bound. */
  GUILD_ALREADY_BOUND(221001, "a group is already bound", ErrorCategory.NONE),
  /** 221002: no group is bound. */
  GUILD_NOT_BOUND(221002, "no group is bound", ErrorCategory.NONE),
  /** 221003: bad answer from group binding. */
  GUILD_BIND_BAD_ANSWER(221003, "bad answer from group binding", ErrorCategory.RETRY),
  /** 221004: login state error. */
  GUILD_LOGIN_STATE(221004, "login state error", ErrorCategory.REAUTHORIZE),
  /** 221005: the current user is not the group owner. */
  GUILD_NOT_OWNER(221005, "the current user is not the group owner", ErrorCategory.NONE),
  /** 221006: invalid openid. */
  GUILD_INVALID_OPENID(221006, "invalid openid", ErrorCategory.FIX_REQUEST),
  /** 221007: invalid parameter. */
  GUILD_INVALID_PARAM(221007, "invalid parameter", ErrorCategory.FIX_REQUEST),
  /** 221008: the app has no permission to call this interface. */
  GUILD_NO_PERMISSION(221008, "the app has no permission for this interface", ErrorCategory.CONTACT_VENDOR),
  /** 221009: not a guild member. */
  GUILD_NOT_MEMBER(221009, "not a guild member", ErrorCategory.NONE),
  /** 221010: group-creation limit reached. */
  GUILD_CREATE_LIMIT(221010, "group-creation limit reached", ErrorCategory.NONE),
  /** 221011: groups are created too often. */
  GUILD_CREATE_TOO_OFTEN(221011, "groups are created too often", ErrorCategory.RETRY),
  /** 221012: the group was deleted. */
  GUILD_DELETED(221012, "the group was deleted", ErrorCategory.NONE),
  /** 10: decoding failed (login return code). */
  LOGIN_DECODE_FAILED(10, "decoding failed", ErrorCategory.FIX_REQUEST),
  /** 110201: invalid ticket (login). */
  LOGIN_TICKET_INVALID(110201, "invalid ticket", ErrorCategory.REAUTHORIZE),
  /** 110401: the requested app does not exist (login). */
  LOGIN_APP_NOT_FOUND(110401, "the app does not exist", ErrorCategory.FIX_REQUEST),
  /** 110404: APPID missing from the request (login). */
  LOGIN_APPID_MISSING(110404, "appid missing", ErrorCategory.FIX_REQUEST),
  /** 110405: login requests are limited, log in later. */
  LOGIN_LIMITED(110405, "login requests are limited", ErrorCategory.RETRY),
  /** 110406: the app has not passed review (login). */
  LOGIN_APP_NOT_REVIEWED(110406, "the app has not passed review", ErrorCategory.CONTACT_VENDOR),
  /** 110407: the app was taken down (login). */
  LOGIN_APP_TAKEN_DOWN(110407, "the app was taken down", ErrorCategory.CONTACT_VENDOR),
  /** 110500: fetching the user's authorization failed (login). */
  LOGIN_USER_AUTH_FAILED(110500, "fetching the user's authorization failed", ErrorCategory.RETRY),
  /** 110501: fetching the app's authorization failed (login). */
  LOGIN_APP_AUTH_FAILED(110501, "fetching the app's authorization failed", ErrorCategory.RETRY),
  /** 110502: setting the user's authorization failed (login). */
  LOGIN_SET_AUTH_FAILED(110502, "setting the user's authorization failed", ErrorCategory.RETRY),
  /** 110503: fetching the token failed (login). */
  LOGIN_TOKEN_FAILED(110503, "fetching the token failed", ErrorCategory.RETRY),
  /** 110504: internal system error (login). */
  LOGIN_INTERNAL(110504, "internal system error", ErrorCategory.RETRY),
  /** 110505: parameter error (login). */
  LOGIN_PARAM(110505, "parameter error", ErrorCategory.FIX_REQUEST),
  /** 110506: fetching the APP info failed (login). */
  LOGIN_APP_INFO_FAILED(110506, "fetching the app info failed", ErrorCategory.RETRY),
  /** 110507: the APP info signature check failed (login). */
  LOGIN_APP_INFO_SIGNATURE(110507, "app info signature check failed", ErrorCategory.FIX_REQUEST),
  /** 110508: fetching the code failed (login). */
  LOGIN_CODE_FAILED(110508, "fetching the code failed", ErrorCategory.RETRY),
  /** 110509: SKEY check failed (login). */
  LOGIN_SKEY_FAILED(110509, "SKEY check failed", ErrorCategory.REAUTHORIZE),
  /** 110510: the app is banned from login. */
  LOGIN_APP_BANNED(110510, "the app is banned from login", ErrorCategory.CONTACT_VENDOR),
  /** Any code the seed does not list; {@link io.github.gamesdk.core.error.ApiException#rawCode()} keeps it. */
  UNKNOWN(Long.MIN_VALUE, "code not documented in seed 003", ErrorCategory.UNKNOWN);

  private static final Map<Long, QqConnectErrorCode> BY_CODE = new HashMap<>();

  static {
    for (QqConnectErrorCode c : values()) {
      if (c != UNKNOWN && BY_CODE.put(c.code, c) != null) {
        throw new ExceptionInInitializerError("duplicate code " + c.code);
      }
    }
  }

  private final long code;
  private final String description;
  private final ErrorCategory category;

  QqConnectErrorCode(long code, String description, ErrorCategory category) {
    this.code = code;
    this.description = description;
    this.category = category;
  }

  /**
   * Looks a code up.
   *
   * @param code a code as returned in {@code ret}, {@code data.ret} or {@code error}
   * @return its entry, {@link #UNKNOWN} when seed 003 does not list it; never {@code null}
   */
  public static QqConnectErrorCode of(long code) {
    QqConnectErrorCode c = BY_CODE.get(code);
    return c == null ? UNKNOWN : c;
  }

  @Override
  public long code() {
    return code;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public ErrorCategory category() {
    return category;
  }
}
