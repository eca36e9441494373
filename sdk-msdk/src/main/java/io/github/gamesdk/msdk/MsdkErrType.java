package io.github.gamesdk.msdk;

import io.github.gamesdk.core.error.ErrorCategory;

/**
 * The {@code err_type} an MSDK answer may carry: the access layer's own classification of {@code
 * ret} (MSDK wiki {@code errorCode.md} §1 items 4-6, condensed in {@code
 * shared/reference/error-codes.md} (e); seed 004 never mentions it). When an error answer carries
 * one of the values 1, 2, 3 or 5, its category decides what the caller should do, ahead of the
 * category of {@code ret}.
 */
public enum MsdkErrType {
  /** 0: normal. */
  NORMAL(0, ErrorCategory.NONE),
  /** 1: network unstable; retry. */
  NETWORK_UNSTABLE(1, ErrorCategory.RETRY),
  /** 2: authorization invalid; the user must log in again. */
  AUTHORIZATION_INVALID(2, ErrorCategory.REAUTHORIZE),
  /** 3: access token expired; refresh it. */
  ACCESS_TOKEN_EXPIRED(3, ErrorCategory.REFRESH_TOKEN),
  /** 5: unknown error. */
  UNKNOWN_ERROR(5, ErrorCategory.CONTACT_VENDOR),
  /** Any other value (4 is not defined); it does not change the category. */
  UNDEFINED(-1, ErrorCategory.UNKNOWN);

  private final int value;
  private final ErrorCategory category;

  MsdkErrType(int value, ErrorCategory category) {
    this.value = value;
    this.category = category;
  }

  /**
   * The entry of an {@code err_type} value.
   *
   * @param value the value as answered
   * @return its entry, {@link #UNDEFINED} for values the wiki does not define; never {@code null}
   */
  public static MsdkErrType of(int value) {
    for (MsdkErrType t : values()) {
      if (t.value == value && t != UNDEFINED) {
        return t;
      }
    }
    return UNDEFINED;
  }

  /**
   * The value on the wire.
   *
   * @return 0, 1, 2, 3 or 5; -1 for {@link #UNDEFINED}
   */
  public int value() {
    return value;
  }

  /**
   * What the caller should do.
   *
   * @return the category
   */
  public ErrorCategory category() {
    return category;
  }

  /**
   * Whether this value decides the category of an error answer: 1, 2, 3 and 5 do; 0 ("normal") and
   * undefined values leave it to {@code ret}.
   *
   * @return whether it classifies the error
   */
  public boolean classifies() {
    return this != NORMAL && this != UNDEFINED;
  }
}
