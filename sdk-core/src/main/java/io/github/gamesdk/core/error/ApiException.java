package io.github.gamesdk.core.error;

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
  private final int httpStatus;

  /**
   * Creates the exception.
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
    super(
        vendor
            + " "
            + endpoint
            + " failed: code "
            + rawCode
            + " ("
            + errorCode.description()
            + ", "
            + errorCode.category()
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
   * What the caller should do.
   *
   * @return the category of {@link #errorCode()}
   */
  public ErrorCategory category() {
    return errorCode.category();
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
