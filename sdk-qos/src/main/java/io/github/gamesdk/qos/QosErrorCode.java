package io.github.gamesdk.qos;

import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.ErrorCode;
import java.util.HashMap;
import java.util.Map;

/**
 * Every error code a QoS call can answer. Two layers share the one table; their numbers do not
 * overlap:
 *
 * <ul>
 *   <li>the QoS business codes of seed 000 ({@code 000_4957409940190be9.txt}), sent as {@code
 *       errno} or as the {@code mobileUrl} answer's {@code error.code}: {@code 1} ({@code geturl},
 *       line 58) and {@code 4002} (the phone-id lookup, line 116);
 *   <li>the Tencent Cloud API 2.0 authentication codes 4100-4500 ({@code
 *       reference/error-codes.md} (g); PROTOCOLS.md §5), sent as {@code code} with a {@code
 *       message} when the request's {@code SecretId}, {@code Signature}, {@code Timestamp} or
 *       {@code Nonce} is refused.
 * </ul>
 *
 * <p>The categories of 4100-4500 are the hints of {@code reference/error-codes.md} (g). The seed
 * gives no advice for 1 and 4002; gamesdk files both under {@link ErrorCategory#NONE}: the phone
 * cannot be identified, so the game carries on without acceleration (or, for 4002, opens with an
 * empty {@code PhoneNO}, line 160), and sending the same request again is not expected to change
 * that.
 */
public enum QosErrorCode implements ErrorCode {
  /** 0: success ({@code errno}, seed 000 line 41: "0 表求请求成功"). */
  SUCCESS(0, "success", ErrorCategory.NONE),
  /** 1: "获取唯一标识地址失败", the phone-id lookup URL could not be obtained (seed 000 line 58). */
  GET_URL_FAILED(1, "the phone-id lookup URL could not be obtained", ErrorCategory.NONE),
  /** 4002: "Not supported!", the operator does not support the phone-id lookup (seed 000 line 116). */
  NOT_SUPPORTED(4002, "the phone-id lookup is not supported for this phone", ErrorCategory.NONE),
  /** 4100: authentication failed: the signature is computed wrongly or not URL-encoded. */
  AUTH_FAILED(4100, "authentication failed: wrong or badly encoded Signature", ErrorCategory.FIX_REQUEST),
  /** 4101: the (sub-)account is not authorized to call this API. */
  API_NOT_AUTHORIZED(4101, "the account is not authorized to call this API", ErrorCategory.CONTACT_VENDOR),
  /** 4102: not authorized for the resources this API touches (IDs named in the message). */
  RESOURCE_NOT_AUTHORIZED(
      4102, "the account is not authorized for the resources of this call", ErrorCategory.CONTACT_VENDOR),
  /** 4103: a sub-user's SecretId may not call this API (only the main developer account). */
  SUB_ACCOUNT_NOT_ALLOWED(
      4103, "a sub-user's SecretId may not call this API", ErrorCategory.FIX_REQUEST),
  /** 4104: the SecretId does not exist, or its SecretKey is disabled. */
  SECRET_ID_INVALID(4104, "the SecretId does not exist or its key is disabled", ErrorCategory.FIX_REQUEST),
  /** 4110: permission check failed. */
  PERMISSION_CHECK_FAILED(4110, "permission check failed", ErrorCategory.CONTACT_VENDOR),
  /**
   * 4500: replay: the Nonce was reused, or the Timestamp is more than 2 hours from the server's
   * time. gamesdk signs every attempt with a fresh Timestamp and Nonce; fix the clock if it is off.
   */
  REPLAY(4500, "replay: Nonce reused or Timestamp more than 2 h off", ErrorCategory.RETRY),
  /** Any code the tables do not list; {@link io.github.gamesdk.core.error.ApiException#rawCode()} keeps it. */
  UNKNOWN(Long.MIN_VALUE, "code not documented for QoS", ErrorCategory.UNKNOWN);

  private static final Map<Long, QosErrorCode> BY_CODE = new HashMap<>();

  static {
    for (QosErrorCode c : values()) {
      if (c != UNKNOWN && BY_CODE.put(c.code, c) != null) {
        throw new ExceptionInInitializerError("duplicate code " + c.code);
      }
    }
  }

  private final long code;
  private final String description;
  private final ErrorCategory category;

  QosErrorCode(long code, String description, ErrorCategory category) {
    this.code = code;
    this.description = description;
    this.category = category;
  }

  /**
   * Looks a code up.
   *
   * @param code a code as returned in {@code errno}, {@code code} or {@code error.code}
   * @return its entry, {@link #UNKNOWN} when no table lists it; never {@code null}
   */
  public static QosErrorCode of(long code) {
    QosErrorCode c = BY_CODE.get(code);
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
