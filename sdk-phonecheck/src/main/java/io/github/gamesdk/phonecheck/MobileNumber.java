package io.github.gamesdk.phonecheck;

import io.github.gamesdk.core.error.InvalidRequestException;
import java.util.regex.Pattern;

/**
 * The rule for {@code mobile} (seed 001 line 73: "需要查询的号码", "目前仅支持单个号码的查询"): one mainland
 * China mobile number per query, checked before anything is sent.
 *
 * <p>A number is 11 ASCII digits starting with {@code 13} to {@code 19}, as in the seed's examples
 * ({@code 16717707933}, {@code 18819079212}, {@code 18466849135}, lines 77, 86 and 102). The
 * country code is normalized away: {@code +86}, {@code 0086} or {@code 86} in front of such a
 * number, optionally followed by one space or {@code -}, is removed, and the 11 digits are sent.
 * Leading and trailing white space is ignored. Everything else is rejected: separators inside the
 * number, full-width digits, landlines, numbers from other countries, and lists of numbers (the
 * vendor takes one number per call).
 *
 * <p>Messages never repeat the number given.
 */
public final class MobileNumber {
  private static final Pattern MAINLAND = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern COUNTRY_CODE = Pattern.compile("^(?:\\+86|0086|86)[ -]?(?=1[0-9]{10}$)");
  private static final Pattern LIST = Pattern.compile(".*[0-9].*[,;，；、\\s/|].*[0-9].*");

  /** The rule stated in every rejection. */
  static final String RULE =
      "must be one mainland China mobile number: 11 digits starting with 13-19, optionally"
          + " preceded by +86, 0086 or 86";

  private MobileNumber() {}

  /**
   * Normalizes a number to the 11 digits sent as {@code mobile}.
   *
   * @param mobile the number as given, for example {@code 13812345678} or {@code +86 138 ...}
   * @return the 11 digits
   * @throws InvalidRequestException naming {@code mobile} if the number breaks the rule
   */
  public static String normalize(String mobile) {
    InvalidRequestException.check(mobile != null, "mobile", "required");
    if (isNational(mobile)) {
      return mobile; // the usual case, without regular expressions
    }
    String m = mobile.trim();
    InvalidRequestException.check(!m.isEmpty(), "mobile", "must not be empty");
    String national = COUNTRY_CODE.matcher(m).replaceFirst("");
    if (MAINLAND.matcher(national).matches()) {
      return national;
    }
    if (LIST.matcher(m).matches() && m.replaceAll("[^0-9]", "").length() > 13) {
      throw new InvalidRequestException(
          "mobile", "one number per call (seed 001 line 73: 目前仅支持单个号码的查询)");
    }
    throw new InvalidRequestException("mobile", RULE);
  }

  /** Exactly 11 ASCII digits starting with 13-19. */
  private static boolean isNational(String m) {
    if (m.length() != 11 || m.charAt(0) != '1' || m.charAt(1) < '3' || m.charAt(1) > '9') {
      return false;
    }
    for (int i = 2; i < 11; i++) {
      char c = m.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a number would be accepted by {@link #normalize(String)}.
   *
   * @param mobile the number as given
   * @return whether it is one mainland mobile number, in a form the SDK accepts
   */
  public static boolean isValid(String mobile) {
    try {
      normalize(mobile);
      return true;
    } catch (InvalidRequestException e) {
      return false;
    }
  }
}
