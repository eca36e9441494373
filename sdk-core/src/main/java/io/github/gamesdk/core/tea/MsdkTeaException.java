package io.github.gamesdk.core.tea;

import io.github.gamesdk.core.error.GameSdkException;

/**
 * An {@code msdktea} ciphertext (seed 004, {@code Content-Encrypt: msdktea}) that does not decrypt
 * under the rules of {@code shared/PROTOCOLS.md} §4: its length is not a multiple of 8 or is below
 * 16, the header announces more padding than the ciphertext can hold (a negative body length), or
 * the 7 trailing zero bytes are not zero (wrong key or corrupted bytes). The message names the rule
 * that failed and never contains key or plaintext bytes.
 */
public final class MsdkTeaException extends GameSdkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the rule that failed, free of key and plaintext bytes
   */
  MsdkTeaException(String message) {
    super(message, null);
  }
}
