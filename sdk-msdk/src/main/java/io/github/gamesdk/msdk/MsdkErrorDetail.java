package io.github.gamesdk.msdk;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ErrorCategory;
import java.util.Objects;

/**
 * Everything an MSDK error answer says, typed: {@code ret} as {@link MsdkErrorCode}, {@code
 * err_type} as {@link MsdkErrType}, and for {@code ret:-10000}/{@code -20000} the relayed QQ or
 * WeChat code as {@link PlatformError}; and the category they decide together. Every {@link
 * ApiException} of an MSDK call carries one: {@code MsdkErrorDetail.of(e)}.
 *
 * <p>The category is, in order of precedence (reference {@code shared/reference/error-codes.md}
 * (e): "prefer it over the per-code hint when present"): the category of {@code err_type} when it
 * is 1, 2, 3 or 5; the category of the platform code when a table lists it; {@link
 * ErrorCategory#REAUTHORIZE} when {@code msg} holds {@code oidb decode0x5e1 failed, ret:116} (MSDK
 * wiki §2.4.2.3: expired accessToken or invalid openid); otherwise the category of {@code ret}.
 */
public final class MsdkErrorDetail {
  private static final String OIDB_5E1_116 = "oidb decode0x5e1 failed, ret:116";

  private final long ret;
  private final String msg;
  private final MsdkErrorCode errorCode;
  private final MsdkErrType errType;
  private final Integer rawErrType;
  private final PlatformError platformError;
  private final ErrorCategory category;
  private final String platCode;

  private MsdkErrorDetail(
      long ret,
      String msg,
      @Nullable Integer rawErrType,
      @Nullable PlatformError platformError,
      @Nullable String platCode) {
    this.ret = ret;
    this.platCode = platCode;
    this.msg = msg;
    this.errorCode = MsdkErrorCode.of(ret);
    this.rawErrType = rawErrType;
    this.errType = rawErrType == null ? null : MsdkErrType.of(rawErrType);
    this.platformError = platformError;
    this.category = decide(errorCode, errType, platformError, msg);
  }

  /**
   * Classifies an error answer.
   *
   * @param endpointName the call, {@code module/interface} (for example {@code share/qq}), which
   *     selects the platform table
   * @param ret the answer's {@code ret}
   * @param msg the answer's {@code msg} (or {@code message}); {@code null} for none
   * @param errType the answer's {@code err_type}, or {@code null} when it has none
   * @return the detail
   */
  public static MsdkErrorDetail of(
      String endpointName, long ret, @Nullable String msg, @Nullable Integer errType) {
    return of(endpointName, ret, msg, errType, null);
  }

  /**
   * Classifies an error answer that also carries {@code platCode}, the platform's raw code of
   * {@code /relation/wxget_groupinfo} and {@code /relation/wxsend_groupmsg} (seed 004 lines 1145
   * and 1266: "ret가 0이 아닐 때 주의해야 함", to read when ret is not 0; reference error-codes.md
   * (e)).
   *
   * @param endpointName the call, {@code module/interface}, which selects the platform table
   * @param ret the answer's {@code ret}
   * @param msg the answer's {@code msg} (or {@code message}); {@code null} for none
   * @param errType the answer's {@code err_type}, or {@code null} when it has none
   * @param platCode the answer's {@code platCode}, or {@code null} when it has none
   * @return the detail
   */
  public static MsdkErrorDetail of(
      String endpointName,
      long ret,
      @Nullable String msg,
      @Nullable Integer errType,
      @Nullable String platCode) {
    String m = msg == null ? "" : msg;
    return new MsdkErrorDetail(ret, m, errType, PlatformError.parse(endpointName, ret, m), platCode);
  }

  /**
   * The detail an MSDK {@link ApiException} carries.
   *
   * @param e an exception thrown by an {@link MsdkClient} call
   * @return the detail, or {@code null} when {@code e} does not come from an MSDK answer
   */
  @Nullable
  public static MsdkErrorDetail of(ApiException e) {
    return e.detail(MsdkErrorDetail.class);
  }

  private static ErrorCategory decide(
      MsdkErrorCode code, MsdkErrType errType, PlatformError platform, String msg) {
    if (errType != null && errType.classifies()) {
      return errType.category();
    }
    if (platform != null && platform.category() != ErrorCategory.UNKNOWN) {
      return platform.category();
    }
    if (msg.contains(OIDB_5E1_116)) {
      return ErrorCategory.REAUTHORIZE;
    }
    return code.category();
  }

  /**
   * The answer's {@code ret}.
   *
   * @return the raw code
   */
  public long ret() {
    return ret;
  }

  /**
   * The answer's {@code msg} (or {@code message}) as it came.
   *
   * @return the message, empty when none came
   */
  public String msg() {
    return msg;
  }

  /**
   * The entry of {@code ret}.
   *
   * @return the code, never {@code null}
   */
  public MsdkErrorCode errorCode() {
    return errorCode;
  }

  /**
   * The answer's {@code err_type}.
   *
   * @return its entry, or {@code null} when the answer had none
   */
  @Nullable
  public MsdkErrType errType() {
    return errType;
  }

  /**
   * The answer's {@code err_type} as a number.
   *
   * @return the value, or {@code null} when the answer had none
   */
  @Nullable
  public Integer rawErrType() {
    return rawErrType;
  }

  /**
   * The QQ or WeChat code relayed in {@code msg} ({@code ret:-10000} or {@code -20000}).
   *
   * @return the platform error, or {@code null}
   */
  @Nullable
  public PlatformError platformError() {
    return platformError;
  }

  /**
   * The answer's {@code platCode}: the platform's raw code, sent by {@code
   * /relation/wxget_groupinfo} and {@code /relation/wxsend_groupmsg} (seed 004 lines 1145, 1266).
   *
   * @return the code as it came, or {@code null} when the answer had none
   */
  @Nullable
  public String platCode() {
    return platCode;
  }

  /**
   * What the caller should do, decided as the class comment says.
   *
   * @return the category
   */
  public ErrorCategory category() {
    return category;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MsdkErrorDetail)) {
      return false;
    }
    MsdkErrorDetail d = (MsdkErrorDetail) o;
    return ret == d.ret
        && msg.equals(d.msg)
        && Objects.equals(rawErrType, d.rawErrType)
        && Objects.equals(platformError, d.platformError)
        && Objects.equals(platCode, d.platCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ret, msg, rawErrType, platformError, platCode);
  }

  /**
   * The codes and the category; the message is left out (it may quote user data).
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "MsdkErrorDetail{ret=" + ret + " " + errorCode
        + (rawErrType == null ? "" : ", err_type=" + rawErrType)
        + (platformError == null ? "" : ", " + platformError)
        + (platCode == null || platCode.isEmpty() ? "" : ", platCode=" + platCode)
        + ", category=" + category + "}";
  }
}
