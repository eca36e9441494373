package io.github.gamesdk.phonecheck;

import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.ErrorCode;
import java.util.HashMap;
import java.util.Map;

/**
 * Every {@code code} of seed 001 ({@code 001_882cb9da25f5b70c.txt}), from its "Code 错误代码表"
 * (lines 120-131): 0, 1, -1..-5, -8 and -9. The seed gives no advice column; the categories are
 * gamesdk's reading of each meaning, in the vocabulary of {@code reference/error-codes.md}.
 *
 * <p>The seed's table overlaps: code 1 lists "apikey length wrong" and "number length wrong" next
 * to "parameter missing", while -2 and -3 also speak of the number. All of them are caller or
 * configuration bugs ({@link ErrorCategory#FIX_REQUEST}). -5 (balance exhausted) is not retryable:
 * only topping up the account with the supplier helps.
 */
public enum PhoneCheckErrorCode implements ErrorCode {
  /** 0 "请求成功": the query succeeded (line 123). */
  SUCCESS(0, "success", ErrorCategory.NONE),
  /**
   * 1 "请求参数缺失,apikey 长度不对,查询的手机号码长度不对,查询的手机号码有误": a parameter is missing, the apikey has
   * the wrong length, or the number is malformed (line 124).
   */
  PARAMETER_INVALID(
      1, "parameter missing, apikey of the wrong length, or malformed number", ErrorCategory.FIX_REQUEST),
  /** -1 "apikey 信息不匹配(用户信息不正确)apikey 不正确": the apikey is wrong (line 125). */
  APIKEY_MISMATCH(-1, "apikey does not match an account", ErrorCategory.FIX_REQUEST),
  /** -2 "查询的手机号码长度不对": the number has the wrong length (line 126). */
  MOBILE_LENGTH(-2, "the number has the wrong length", ErrorCategory.FIX_REQUEST),
  /** -3 "请填写正确的手机号码": the number is not a valid mobile number (line 127). */
  MOBILE_INVALID(-3, "not a valid mobile number", ErrorCategory.FIX_REQUEST),
  /**
   * -4 "未查询到相关信息或填写正确的手机号码再查询": nothing is known about this number (line 128). The number
   * passed the SDK's format check, so asking again cannot help; this is an expected outcome.
   */
  NO_INFORMATION(-4, "no information found for the number", ErrorCategory.NONE),
  /**
   * -5 "当前余额不足发起本次查询请求,请与供应商联系": the balance does not cover this query; contact the supplier
   * (line 129). Not retryable.
   */
  BALANCE_EXHAUSTED(-5, "balance exhausted; contact the supplier", ErrorCategory.CONTACT_VENDOR),
  /** -8 "系统错误,请稍候再试": system error, try again later (line 130). */
  SYSTEM_ERROR(-8, "system error; try again later", ErrorCategory.RETRY),
  /** -9 "ip 地址鉴权失败": the caller's IP address is not authorized (line 131). */
  IP_NOT_AUTHORIZED(-9, "the caller's IP address is not authorized", ErrorCategory.CONTACT_VENDOR),
  /**
   * Any code seed 001 does not list; {@link io.github.gamesdk.core.error.ApiException#rawCode()}
   * keeps it.
   */
  UNKNOWN(Long.MIN_VALUE, "code not documented in seed 001", ErrorCategory.UNKNOWN);

  private static final Map<Long, PhoneCheckErrorCode> BY_CODE = new HashMap<>();

  static {
    for (PhoneCheckErrorCode c : values()) {
      if (c != UNKNOWN && BY_CODE.put(c.code, c) != null) {
        throw new ExceptionInInitializerError("duplicate code " + c.code);
      }
    }
  }

  private final long code;
  private final String description;
  private final ErrorCategory category;

  PhoneCheckErrorCode(long code, String description, ErrorCategory category) {
    this.code = code;
    this.description = description;
    this.category = category;
  }

  /**
   * Looks a code up.
   *
   * @param code a {@code code} as answered by {@code /ssPhone_Privacy}
   * @return its entry, {@link #UNKNOWN} when seed 001 does not list it; never {@code null}
   */
  public static PhoneCheckErrorCode of(long code) {
    PhoneCheckErrorCode c = BY_CODE.get(code);
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
