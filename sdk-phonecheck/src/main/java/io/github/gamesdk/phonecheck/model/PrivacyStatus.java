package io.github.gamesdk.phonecheck.model;

import io.github.gamesdk.core.Nullable;

/**
 * What {@code result.Status} says about a number (seed 001 line 115: "号码状态, 隐私号; 非隐私号"): a
 * privacy number (a virtual or masked number that forwards to a real one) or not.
 *
 * <p>The seed's introduction names the same two states "虚拟号、非虚拟号" (virtual number, not a virtual
 * number; line 32) while its field table and both example answers (lines 87 and 103) say "隐私号" and
 * "非隐私号". Both spellings are accepted; the raw text stays in {@link PhoneCheckResult#status()}.
 */
public enum PrivacyStatus {
  /** "隐私号" (also "虚拟号"): a privacy/virtual number (seed 001 line 103). */
  PRIVACY_NUMBER("隐私号"),
  /** "非隐私号" (also "非虚拟号"): an ordinary number (seed 001 line 87). */
  NOT_PRIVACY_NUMBER("非隐私号"),
  /** Any other text; {@link PhoneCheckResult#status()} keeps it. */
  UNKNOWN("");

  private final String label;

  PrivacyStatus(String label) {
    this.label = label;
  }

  /**
   * The seed's text for this status, as {@code Status} carries it.
   *
   * @return "隐私号", "非隐私号", or the empty string for {@link #UNKNOWN}
   */
  public String label() {
    return label;
  }

  /**
   * Reads a {@code Status} value.
   *
   * @param status the raw text, surrounding white space ignored
   * @return the status; {@link #UNKNOWN} for {@code null} or any text the seed does not use
   */
  public static PrivacyStatus of(@Nullable String status) {
    if (status == null) {
      return UNKNOWN;
    }
    switch (status.trim()) {
      case "隐私号":
      case "虚拟号":
        return PRIVACY_NUMBER;
      case "非隐私号":
      case "非虚拟号":
        return NOT_PRIVACY_NUMBER;
      default:
        return UNKNOWN;
    }
  }
}
