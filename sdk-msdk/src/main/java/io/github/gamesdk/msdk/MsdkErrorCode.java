package io.github.gamesdk.msdk;

import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.ErrorCode;
import java.util.HashMap;
import java.util.Map;

/**
 * Every {@code ret} an MSDK call can answer (seed 004 leaves them to "오류 코드 설명"; the tables come
 * from MSDK's own wiki, condensed in {@code shared/reference/error-codes.md}): section (a), the
 * access layer, and section (b), the logic layer. Categories follow the "hint" column there.
 *
 * <p>{@code -101} is listed in both (a) ("MSDK could not parse the HTTP request") and (b) (first of
 * the logic layer's internal errors {@code -101..-106}); both say retry, so one constant, {@link
 * #PARSE_ERROR}, stands for it. The range starts of (b) ({@code -100}, {@code -1000}, {@code -2000},
 * {@code -15000}, {@code -30000}) are constants too, and {@link #of(long)} maps an undocumented code
 * inside a range to its range.
 *
 * <p>{@link #QQ_PLATFORM_ERROR} ({@code -10000}) and {@link #WECHAT_PLATFORM_ERROR} ({@code -20000})
 * relay the platform's own code in {@code msg} as {@code "<code>,<text>"} (section (e)); their
 * category is {@link ErrorCategory#UNKNOWN} because the relayed code decides it: see {@link
 * PlatformError} and {@link MsdkErrorDetail}. {@code err_type} (section (e)) is {@link MsdkErrType}.
 */
public enum MsdkErrorCode implements ErrorCode {
  /** 0: success. */
  SUCCESS(0, "success", ErrorCategory.NONE),
  /** 1 (logic layer): the query succeeded but returned no data. */
  NO_DATA(1, "query succeeded but returned no data", ErrorCategory.NONE),

  // (a) access layer
  /**
   * -101: MSDK could not parse the HTTP request (access layer; the FAQ also sees it when WeChat
   * times out or drops the connection), and the first logic-layer internal error (b).
   */
  PARSE_ERROR(-101, "MSDK could not parse the request, or logic-layer internal error", ErrorCategory.RETRY),
  /** -107: the caller's IP is not on the payment whitelist. */
  IP_NOT_WHITELISTED(-107, "caller IP is not on the payment whitelist", ErrorCategory.CONTACT_VENDOR),
  /** -303: the appid has no MSDK permission (wrong appid, app not approved, API not granted). */
  NO_MSDK_PERMISSION(-303, "appid has no MSDK permission", ErrorCategory.CONTACT_VENDOR),
  /** -304: the request body is not JSON. */
  BODY_NOT_JSON(-304, "request body is not JSON", ErrorCategory.FIX_REQUEST),
  /** -306 (FAQ only): upstream WeChat timeout or disconnect. */
  WECHAT_UPSTREAM_FAILURE(-306, "upstream WeChat timeout or disconnect", ErrorCategory.RETRY),
  /** -307: internal error. */
  INTERNAL_307(-307, "internal error", ErrorCategory.RETRY),
  /** -308: internal error (FAQ: upstream WeChat timeout). */
  INTERNAL_308(-308, "internal error (upstream WeChat timeout)", ErrorCategory.RETRY),
  /** -309: internal error (FAQ: upstream WeChat timeout). */
  INTERNAL_309(-309, "internal error (upstream WeChat timeout)", ErrorCategory.RETRY),
  /** -310: internal error. */
  INTERNAL_310(-310, "internal error", ErrorCategory.RETRY),
  /** -311: the logic layer has no handler for this command. */
  NO_HANDLER(-311, "the logic layer has no handler for this command", ErrorCategory.CONTACT_VENDOR),
  /** -312: internal error. */
  INTERNAL_312(-312, "internal error", ErrorCategory.RETRY),
  /** -402: user-feedback API, a parameter is missing. */
  FEEDBACK_PARAM_MISSING(-402, "user-feedback API: parameter missing", ErrorCategory.FIX_REQUEST),
  /** -501: the HTTP body is empty. */
  BODY_EMPTY(-501, "HTTP body is empty", ErrorCategory.FIX_REQUEST),
  /** -502: the URL's {@code sig} is wrong ({@code md5(msdkkey + timestamp)} for {@code encode=2}). */
  SIG_ERROR(-502, "URL sig is wrong", ErrorCategory.FIX_REQUEST),
  /** -503: per-user request rate exceeded (FAQ: at most about 1 request per second). */
  RATE_LIMITED(-503, "per-user request rate exceeded (about 1 request per second)", ErrorCategory.RETRY),
  /** -504: appid missing from the URL, unknown, or not allowed to call this API. */
  APPID_NOT_ALLOWED(-504, "appid missing, unknown, or not allowed to call this API", ErrorCategory.CONTACT_VENDOR),
  /** -505: no such API (wrong path). */
  NO_SUCH_API(-505, "no such API (wrong path)", ErrorCategory.FIX_REQUEST),
  /** -506: a required URL parameter is missing. */
  URL_PARAM_MISSING(-506, "a required URL parameter is missing", ErrorCategory.FIX_REQUEST),
  /** -507: internal, harmless. */
  INTERNAL_HARMLESS(-507, "internal, harmless", ErrorCategory.NONE),
  /** -601: internal error. */
  INTERNAL_601(-601, "internal error", ErrorCategory.RETRY),
  /** -701: internal error. */
  INTERNAL_701(-701, "internal error", ErrorCategory.RETRY),
  /** -702: internal error. */
  INTERNAL_702(-702, "internal error", ErrorCategory.RETRY),
  /** -801: user-feedback API error (does not affect the game). */
  FEEDBACK_ERROR(-801, "user-feedback API error", ErrorCategory.RETRY),
  /** -901: a guest account ({@code G_} appid/openid) may not call this API. */
  GUEST_NOT_ALLOWED(-901, "a guest account may not call this API", ErrorCategory.FIX_REQUEST),

  // (b) logic layer
  /** -100: start of the system-error range -100..-999; undocumented codes in it map here. */
  SYSTEM_ERROR(-100, "system error (range -100..-999)", ErrorCategory.RETRY),
  /** -102: logic-layer internal error. */
  LOGIC_INTERNAL_102(-102, "logic-layer internal error", ErrorCategory.RETRY),
  /** -103: logic-layer internal error. */
  LOGIC_INTERNAL_103(-103, "logic-layer internal error", ErrorCategory.RETRY),
  /** -104: logic-layer internal error. */
  LOGIC_INTERNAL_104(-104, "logic-layer internal error", ErrorCategory.RETRY),
  /** -105: logic-layer internal error. */
  LOGIC_INTERNAL_105(-105, "logic-layer internal error", ErrorCategory.RETRY),
  /** -106: logic-layer internal error. */
  LOGIC_INTERNAL_106(-106, "logic-layer internal error", ErrorCategory.RETRY),
  /** -109: guest mode, execution failed (check appid, appkey, accessToken, guestid). */
  GUEST_EXECUTION_FAILED(-109, "guest mode: execution failed", ErrorCategory.FIX_REQUEST),
  /** -110: guest mode, verification failed (same checks). */
  GUEST_VERIFICATION_FAILED(-110, "guest mode: verification failed", ErrorCategory.FIX_REQUEST),
  /** -1000: start of the client-error range -1000..-1999; undocumented codes in it map here. */
  CLIENT_ERROR(-1000, "client error (range -1000..-1999)", ErrorCategory.FIX_REQUEST),
  /**
   * -1011: a body parameter is empty or has the wrong int/string type. The server answers it to a
   * number sent as a string or the reverse, so requests keep the seed's JSON types exactly.
   */
  PARAM_ERROR(-1011, "a body parameter is empty or has the wrong int/string type", ErrorCategory.FIX_REQUEST),
  /** -2000: start of the server-error range -2000..-9999; undocumented codes in it map here. */
  SERVER_ERROR(-2000, "server error (range -2000..-9999)", ErrorCategory.RETRY),
  /** -2001: internal error. */
  INTERNAL_2001(-2001, "internal error", ErrorCategory.RETRY),
  /** -2002: internal error. */
  INTERNAL_2002(-2002, "internal error", ErrorCategory.RETRY),
  /** -2003: the logic layer does not offer this command. */
  COMMAND_NOT_OFFERED(-2003, "command not offered by the logic layer", ErrorCategory.CONTACT_VENDOR),
  /** -2004: the platform's answer was malformed. */
  PLATFORM_ANSWER_MALFORMED(-2004, "platform answer was malformed", ErrorCategory.RETRY),
  /** -2005: the platform's answer had an empty HTTP body. */
  PLATFORM_ANSWER_EMPTY(-2005, "platform answer had an empty HTTP body", ErrorCategory.RETRY),
  /** -2006: the platform's answer was not parsable JSON. */
  PLATFORM_ANSWER_NOT_JSON(-2006, "platform answer was not parsable JSON", ErrorCategory.RETRY),
  /** -2007: the platform's answer had no return value. */
  PLATFORM_ANSWER_NO_RETURN(-2007, "platform answer had no return value", ErrorCategory.RETRY),
  /** -2008: internal, ST ticket decode failed. */
  ST_TICKET_DECODE_FAILED(-2008, "internal: ST ticket decode failed", ErrorCategory.RETRY),
  /** -2009: internal, A8 ticket decode failed. */
  A8_TICKET_DECODE_FAILED(-2009, "internal: A8 ticket decode failed", ErrorCategory.RETRY),
  /** -2010: no (or broken) configuration for this app. */
  APP_NOT_CONFIGURED(-2010, "no (or broken) configuration for this app", ErrorCategory.CONTACT_VENDOR),
  /**
   * -10000: a QQ-side platform error; {@code msg} is {@code "<code>,<text>"} with the QQ code
   * (reference (c)), which decides the category: see {@link PlatformError}.
   */
  QQ_PLATFORM_ERROR(-10000, "QQ platform error; the QQ code is in msg", ErrorCategory.UNKNOWN),
  /** -10001: illegal QQ number (must be above 10000). */
  QQ_ILLEGAL_QQ_NUMBER(-10001, "illegal QQ number", ErrorCategory.FIX_REQUEST),
  /** -10002: illegal openid. */
  QQ_ILLEGAL_OPENID(-10002, "illegal openid", ErrorCategory.FIX_REQUEST),
  /** -10003: wrong login type (1 QQ, 2 WeChat, 5 guest). */
  QQ_WRONG_LOGIN_TYPE(-10003, "wrong login type", ErrorCategory.FIX_REQUEST),
  /** -10005: internal exception. */
  QQ_INTERNAL_EXCEPTION(-10005, "internal exception", ErrorCategory.RETRY),
  /** -10010: the whitelist entry already exists (the user already holds a slot). */
  WHITELIST_EXISTS(-10010, "whitelist entry already exists", ErrorCategory.NONE),
  /** -10011: the whitelist is full (tell the user to come back later). */
  WHITELIST_FULL(-10011, "whitelist is full", ErrorCategory.NONE),
  /** -10012: the user has no whitelist entry (must grab a slot first). */
  WHITELIST_MISSING(-10012, "user has no whitelist entry", ErrorCategory.NONE),
  /** -10013: no permission configured for this app. */
  NO_APP_PERMISSION(-10013, "no permission configured for this app", ErrorCategory.CONTACT_VENDOR),
  /** -10014: the whitelist entry expired (must grab a slot again). */
  WHITELIST_EXPIRED(-10014, "whitelist entry expired", ErrorCategory.NONE),
  /**
   * -15000 (ZH wiki only): start of -15000..-19999, QQ OIDB errors whose OIDB {@code ret} is inside
   * {@code msg}; undocumented codes in the range map here. The SDK does not classify OIDB codes.
   */
  QQ_OIDB_ERROR(-15000, "QQ OIDB error (range -15000..-19999); the OIDB ret is in msg", ErrorCategory.UNKNOWN),
  /**
   * -20000: a WeChat-side platform error; {@code msg} is {@code "<code>,<text>"} with the WeChat
   * code (reference (d)), which decides the category: see {@link PlatformError}.
   */
  WECHAT_PLATFORM_ERROR(-20000, "WeChat platform error; the WeChat code is in msg", ErrorCategory.UNKNOWN),
  /** -20001: illegal QQ number. */
  WX_ILLEGAL_QQ_NUMBER(-20001, "illegal QQ number", ErrorCategory.FIX_REQUEST),
  /** -20002: illegal openid. */
  WX_ILLEGAL_OPENID(-20002, "illegal openid", ErrorCategory.FIX_REQUEST),
  /** -20003: wrong login type. */
  WX_WRONG_LOGIN_TYPE(-20003, "wrong login type", ErrorCategory.FIX_REQUEST),
  /** -20004: illegal appid. */
  WX_ILLEGAL_APPID(-20004, "illegal appid", ErrorCategory.FIX_REQUEST),
  /** -20005: internal exception. */
  WX_INTERNAL_EXCEPTION(-20005, "internal exception", ErrorCategory.RETRY),
  /** -30000: start of the LBS range (-30000 and below); undocumented codes in it map here. */
  LBS_ERROR(-30000, "LBS error (range -30000 and below)", ErrorCategory.RETRY),
  /** -30001: LBS location lookup failed. */
  LBS_LOCATION_FAILED(-30001, "LBS location lookup failed", ErrorCategory.RETRY),
  /** -30005 (ZH wiki only): the "people nearby" lookup failed. */
  LBS_NEARBY_FAILED(-30005, "people-nearby lookup failed", ErrorCategory.RETRY),

  /** A code that neither table lists and no range covers; {@code ApiException.rawCode()} keeps it. */
  UNKNOWN(Long.MIN_VALUE, "code not documented for MSDK", ErrorCategory.UNKNOWN);

  private static final Map<Long, MsdkErrorCode> BY_CODE = new HashMap<>();

  static {
    for (MsdkErrorCode c : values()) {
      if (c != UNKNOWN && BY_CODE.put(c.code, c) != null) {
        throw new AssertionError("duplicate MSDK code " + c.code);
      }
    }
  }

  private final long code;
  private final String description;
  private final ErrorCategory category;

  MsdkErrorCode(long code, String description, ErrorCategory category) {
    this.code = code;
    this.description = description;
    this.category = category;
  }

  /**
   * The entry of a {@code ret}: the documented code itself, else the range it falls in ({@code
   * -100..-999}, {@code -1000..-1999}, {@code -2000..-9999}, {@code -15000..-19999}, {@code -30000}
   * and below), else {@link #UNKNOWN}.
   *
   * @param code the {@code ret} of an answer
   * @return its entry, never {@code null}
   */
  public static MsdkErrorCode of(long code) {
    MsdkErrorCode c = BY_CODE.get(code);
    if (c != null) {
      return c;
    }
    if (code <= -100 && code >= -999) {
      return SYSTEM_ERROR;
    }
    if (code <= -1000 && code >= -1999) {
      return CLIENT_ERROR;
    }
    if (code <= -2000 && code >= -9999) {
      return SERVER_ERROR;
    }
    if (code <= -15000 && code >= -19999) {
      return QQ_OIDB_ERROR;
    }
    if (code <= -30000) {
      return LBS_ERROR;
    }
    return UNKNOWN;
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
