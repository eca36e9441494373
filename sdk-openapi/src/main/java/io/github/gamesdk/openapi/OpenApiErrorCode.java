package io.github.gamesdk.openapi;

import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.ErrorCode;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code ret} codes of the OpenAPI V3 gateway ({@code openapi.tencentyun.com}). Seed 002
 * ({@code 002_e96b6afc65efc3c8.txt}) gives the rule "ret = 0: 正确返回,其他情况为异常" (line 31) and one
 * error example, {@code {"ret":1000002,"msg":"您提交的参数不正确,请重新操作!","uin":0}} (lines 36-40); it
 * refers to "OpenAPI V3.0 返回码" for the table. The gateway table below, its constant names and the
 * categories come from {@code shared/reference/error-codes.md} section (f), whose meanings are
 * those of seed 003 line 2208.
 *
 * <p>As a direct OpenAPI answer, -5 means the request's own {@code sig} is wrong: a fix-request
 * error (error-codes.md (f), note). The codes 1801..1900 that Tencent's own SDKs raise on the
 * client are not listed: gamesdk reports those conditions as exceptions ({@code
 * InvalidRequestException}, {@code ResponseFormatException}, {@code TransportException}).
 */
public enum OpenApiErrorCode implements ErrorCode {
  /** 0: success (seed 002 line 31). */
  SUCCESS(0, "success", ErrorCategory.NONE),
  /** -1: the request's parameters are invalid (APIGW_RTCODE_APPREQ_INVALID). */
  APPREQ_INVALID(-1, "request parameters are invalid", ErrorCategory.FIX_REQUEST),
  /** -2: the appid does not exist (APIGW_RTCODE_APP_NOTEXIST). */
  APP_NOTEXIST(-2, "the appid does not exist", ErrorCategory.FIX_REQUEST),
  /** -3: the app has no permission for this API (APIGW_RTCODE_APPAPI_NOPRIVI). */
  APPAPI_NOPRIVI(-3, "the app has no permission for this API", ErrorCategory.CONTACT_VENDOR),
  /** -4: the caller's IP is not allowed (APIGW_RTCODE_IP_INVALID). */
  IP_INVALID(-4, "the caller's IP is not allowed", ErrorCategory.CONTACT_VENDOR),
  /** -5: the {@code sig} check failed (APIGW_RTCODE_SIG); as a direct answer, our sig is wrong. */
  SIG(-5, "sig check failed", ErrorCategory.FIX_REQUEST),
  /** -6: the app's quota for this API is used up (APIGW_RTCODE_APPAPI_ISLIMITED). */
  APPAPI_ISLIMITED(-6, "API call quota exceeded", ErrorCategory.RETRY),
  /** -7: illegal protocol, for example HTTP where HTTPS is required (APIGW_RTCODE_PROTOCAL_INVALID). */
  PROTOCAL_INVALID(-7, "illegal protocol (e.g. http instead of https)", ErrorCategory.FIX_REQUEST),
  /** -8: the request was blocked by the security audit (APIGW_RTCODE_REQ_BLOCK). */
  REQ_BLOCK(-8, "request blocked by the security audit", ErrorCategory.CONTACT_VENDOR),
  /** -9: the API does not exist (APIGW_RTCODE_API_NOTEXIST). */
  API_NOTEXIST(-9, "the API does not exist", ErrorCategory.FIX_REQUEST),
  /** -10: the app's internal IP is not allowed (APIGW_RTCODE_SENSI_INNER_IP_INVALID). */
  SENSI_INNER_IP_INVALID(-10, "the app's internal IP is not allowed", ErrorCategory.CONTACT_VENDOR),
  /** -11: the app's external IP is not allowed (APIGW_RTCODE_SENSI_OUTER_IP_INVALID). */
  SENSI_OUTER_IP_INVALID(-11, "the app's external IP is not allowed", ErrorCategory.CONTACT_VENDOR),
  /** -12: a test-environment account is not allowed (APIGW_RTCODE_CHECK_DEV_USER). */
  CHECK_DEV_USER(-12, "test-environment account not allowed", ErrorCategory.FIX_REQUEST),
  /** -20: the user has not authorized this API (APIGW_RTCODE_USERAPI_NOPRIVI). */
  USERAPI_NOPRIVI(-20, "the user has not authorized this API", ErrorCategory.REAUTHORIZE),
  /** -21: the access token was discarded (APIGW_RTCODE_ACCESS_TOKEN_DISCARD). */
  ACCESS_TOKEN_DISCARD(-21, "access token discarded", ErrorCategory.REAUTHORIZE),
  /** -22: illegal openid (APIGW_RTCODE_INVALID_OPENID). */
  INVALID_OPENID(-22, "illegal openid", ErrorCategory.FIX_REQUEST),
  /** -23: illegal or expired openkey (APIGW_RTCODE_INVALID_OPENKEY). */
  INVALID_OPENKEY(-23, "illegal openkey", ErrorCategory.REAUTHORIZE),
  /** -24: the openid/openkey check failed (APIGW_RTCODE_INVALID_OPENID_OPENKEY). */
  INVALID_OPENID_OPENKEY(-24, "openid/openkey verification failed", ErrorCategory.REAUTHORIZE),
  /** -25: timestamp more than 10 minutes off (APIGW_RTCODE_OAUTH_TIMESTAMP). */
  OAUTH_TIMESTAMP(-25, "timestamp more than 10 minutes off", ErrorCategory.RETRY),
  /** -26: nonce reused (APIGW_RTCODE_OAUTH_NONCE). */
  OAUTH_NONCE(-26, "nonce reused", ErrorCategory.RETRY),
  /** -70: illegal appid when verifying the openkey (APIGW_RTCODE_LOGIN_INVALID_APPID). */
  LOGIN_INVALID_APPID(-70, "illegal appid when verifying the openkey", ErrorCategory.FIX_REQUEST),
  /** -71: the openid and openkey do not match (APIGW_RTCODE_OPENID_OPENKEY_NOTMATCH). */
  OPENID_OPENKEY_NOTMATCH(-71, "openid and openkey do not match", ErrorCategory.FIX_REQUEST),
  /** -72: the appkey differs from the registered one (APIGW_RTCODE_INVALID_APPKEY). */
  INVALID_APPKEY(-72, "appkey does not match the registered one", ErrorCategory.FIX_REQUEST),
  /** -73: token invalidated by a password change (APIGW_RTCODE_INVALID_ACCESSTOKEN_MODIFY_SIG). */
  INVALID_ACCESSTOKEN_MODIFY_SIG(
      -73, "token invalidated by a password change", ErrorCategory.REAUTHORIZE),
  /**
   * 1002: "请先登录", not logged in or openkey expired. error-codes.md (f) marks this row a guess:
   * no authoritative table lists it.
   */
  NOT_LOGGED_IN(1002, "not logged in (openkey expired); unconfirmed code", ErrorCategory.REAUTHORIZE),
  /** 1000002: "您提交的参数不正确,请重新操作!", the seed's error example (seed 002 lines 36-40). */
  PARAMETERS_INCORRECT(1000002, "submitted parameters are incorrect", ErrorCategory.FIX_REQUEST),
  /**
   * Any code this table lacks; {@link io.github.gamesdk.core.error.ApiException#rawCode()} keeps it
   * unchanged (error-codes.md (f): "Unknown ret values must be passed through unchanged").
   */
  UNKNOWN(Long.MIN_VALUE, "code not in the OpenAPI V3 table", ErrorCategory.UNKNOWN);

  private static final Map<Long, OpenApiErrorCode> BY_CODE = new HashMap<>();

  static {
    for (OpenApiErrorCode c : values()) {
      if (c != UNKNOWN && BY_CODE.put(c.code, c) != null) {
        throw new ExceptionInInitializerError("duplicate code " + c.code);
      }
    }
  }

  private final long code;
  private final String description;
  private final ErrorCategory category;

  OpenApiErrorCode(long code, String description, ErrorCategory category) {
    this.code = code;
    this.description = description;
    this.category = category;
  }

  /**
   * Looks a {@code ret} code up.
   *
   * @param code the {@code ret} of an answer
   * @return its entry, {@link #UNKNOWN} when the table lacks it; never {@code null}
   */
  public static OpenApiErrorCode of(long code) {
    OpenApiErrorCode c = BY_CODE.get(code);
    return c == null ? UNKNOWN : c;
  }

  /**
   * Whether this code says that the user's session itself is over, so that renewing its openkey
   * again cannot help: every {@link ErrorCategory#REAUTHORIZE} code, and -22 (illegal openid) and
   * -71 (openid and openkey do not match), which are caller errors tied to one session. {@link
   * OpenKeyKeepAlive} stops renewing a session on these.
   *
   * @return whether the session must be given up
   */
  public boolean endsSession() {
    return category == ErrorCategory.REAUTHORIZE
        || this == INVALID_OPENID
        || this == OPENID_OPENKEY_NOTMATCH;
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
