package io.github.gamesdk.core.error;

/**
 * One entry of a vendor's error-code table. Each vendor module has an enum implementing this
 * interface whose {@code of(code)} lookup never returns {@code null}: codes that its table lacks map
 * to an {@code UNKNOWN} constant, and {@link ApiException#rawCode()} keeps the number that came.
 */
public interface ErrorCode {
  /**
   * The vendor's numeric code as documented, for example {@code -73} or {@code 100014}.
   *
   * @return the documented code
   */
  long code();

  /**
   * The vendor's meaning of the code, in English, from the vendor table it comes from.
   *
   * @return a short description
   */
  String description();

  /**
   * What a caller should do about this code.
   *
   * @return the category, never {@code null}
   */
  ErrorCategory category();
}
