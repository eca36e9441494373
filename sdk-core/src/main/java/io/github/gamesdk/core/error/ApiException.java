package io.github.gamesdk.core.error;

import io.github.gamesdk.core.Nullable;
import java.util.Objects;

/**
 * The vendor answered and said no: its return code was not success. Keeps the vendor, the
 * endpoint, the raw code and message as they came, their {@link ErrorCode} and the HTTP status.
 */
public final class ApiException extends GameSdkException {
  private static final long serialVersionUID = 1L;

  private final String vendor;
  private final String endpoint;
  private final long rawCode;
  private final String vendorMessage;
  private final transient ErrorCode errorCode;
  private final ErrorCategory category;
  private final transient Object detail;
  private final int httpStatus;

  /**
   * Creates the exception; its {@link #category()} is the category of {@code errorCode}.
   *
   * @param vendor the vendor's short name, for example {@code qqconnect}
   * @param endpoint the endpoint, for example {@code send_share_for_inner}
   * @param rawCode the code the vendor returned
   * @param vendorMessage the vendor's message as returned (may be empty)
   * @param errorCode the code's entry in the vendor table
   * @param httpStatus the HTTP status of the answer
   */
  public ApiException(
      String vendor,
      String endpoint,
      long rawCode,
      String vendorMessage,
      ErrorCode errorCode,
      int httpStatus) {
    this(vendor, endpoint, rawCode, vendorMessage, errorCode, errorCode.category(), null, httpStatus);
  }

  /**
   * Creates the exception with a category that differs from the code's own, and vendor-specific
   * detail. Some vendors classify an answer beyond its code: MSDK adds {@code err_type} (retry,
   * re-authorize, refresh the token) and relays a QQ or WeChat platform code inside {@code msg};
   * the category then comes from those, and so do the retry decisions of {@code
   * io.github.gamesdk.core.http.RetryPolicy}.
   *
   * @param vendor the vendor's short name, for example {@code msdk}
   * @param endpoint the endpoint, for example {@code auth/verify_login}
   * @param rawCode the code the vendor returned
   * @param vendorMessage the vendor's message as returned (may be empty)
   * @param errorCode the code's entry in the vendor table
   * @param category what the caller should do about this answer
   * @param detail the vendor module's typed detail of the answer, or {@code null}; read it with
   *     {@link #detail(Class)}
   * @param httpStatus the HTTP status of the answer
   */
  public ApiException(
      String vendor,
      String endpoint,
      long rawCode,
      String vendorMessage,
      ErrorCode errorCode,
      ErrorCategory category,
      @Nullable Object detail,
      int httpStatus) {
    super(
        vendor
            + " "
            + endpoint
            + " failed: code "
            + rawCode
            + " ("
            + errorCode.description()
            + ", "
            + category
            + ")"
            + (vendorMessage == null || vendorMessage.isEmpty()
                ? ""
                : ": " + io.github.gamesdk.core.log.Redaction.maskPhoneNumbers(vendorMessage)),
        null);
    this.vendor = vendor;
    this.endpoint = endpoint;
    this.rawCode = rawCode;
    this.vendorMessage = vendorMessage == null ? "" : vendorMessage;
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.category = Objects.requireNonNull(category, "category");
    this.detail = detail;
    this.httpStatus = httpStatus;
  }

  /**
   * The vendor's short name.
   *
   * @return for example {@code qqconnect} or {@code msdk}
   */
  public String vendor() {
    return vendor;
  }

  /**
   * The endpoint that failed.
   *
   * @return the vendor's name of the call
   */
  public String endpoint() {
    return endpoint;
  }

  /**
   * The code exactly as the vendor returned it, even when the vendor table lacks it.
   *
   * @return the raw code
   */
  public long rawCode() {
    return rawCode;
  }

  /**
   * The vendor's message exactly as returned.
   *
   * @return the message, empty if none came
   */
  public String vendorMessage() {
    return vendorMessage;
  }

  /**
   * The code's entry in the vendor table.
   *
   * @return never {@code null}; an {@code UNKNOWN} constant for codes the table lacks
   */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /**
   * What the caller should do. Usually the category of {@link #errorCode()}; a vendor module may
   * refine it from other parts of the answer (MSDK: {@code err_type} and relayed platform codes).
   *
   * @return the category
   */
  public ErrorCategory category() {
    return category;
  }

  /**
   * The vendor module's typed detail of the answer, for example MSDK's {@code MsdkErrorDetail}
   * ({@code err_type} and the relayed QQ or WeChat code).
   *
   * @param <T> the detail type
   * @param type the detail type the caller expects
   * @return the detail, or {@code null} when there is none of that type
   */
  @Nullable
  public <T> T detail(Class<T> type) {
    return type.isInstance(detail) ? type.cast(detail) : null;
  }

  /**
   * The HTTP status of the answer that carried the code.
   *
   * @return the status, usually 200
   */
  public int httpStatus() {
    return httpStatus;
  }
}
