package io.github.gamesdk.core.error;

/**
 * What a caller should do about a vendor error code. This is gamesdk's classification of each
 * vendor's advice, taken from the "hint" column of {@code shared/reference/error-codes.md} and the
 * "处理措施" column of seed 003 (line 2208 onwards).
 */
public enum ErrorCategory {
  /** Success or an informational answer; nothing to do. */
  NONE,
  /** Transient: back off and try again; after repeated failures contact the vendor. */
  RETRY,
  /** The user must log in and authorize again. */
  REAUTHORIZE,
  /** Refresh the access token, then call again. */
  REFRESH_TOKEN,
  /** A caller or configuration bug: retrying the same request cannot help. */
  FIX_REQUEST,
  /** A permission or account set-up problem on the vendor's side. */
  CONTACT_VENDOR,
  /** A code that no vendor table lists. */
  UNKNOWN;

  /**
   * Whether an idempotent call that failed with an error of this category may be sent again.
   *
   * @return {@code true} for {@link #RETRY} only
   */
  public boolean isRetryable() {
    return this == RETRY;
  }
}
