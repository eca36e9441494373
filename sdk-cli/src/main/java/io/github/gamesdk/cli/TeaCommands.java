package io.github.gamesdk.cli;

import io.github.gamesdk.core.tea.MsdkTea;
import io.github.gamesdk.core.tea.MsdkTeaException;
import io.github.gamesdk.core.tea.RandomSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code tea} commands: {@code msdktea} encryption and decryption (PROTOCOLS.md §4) of hex read
 * from standard input, printed as lower-case hex.
 *
 * <p>Exit statuses: malformed hex, a key that is not 16 bytes or {@code --random} bytes of the
 * wrong count are usage errors ({@link GamesdkCli#EXIT_USAGE}, 2); a well-formed ciphertext that
 * does not decrypt (wrong length, bad padding header, non-zero tail: wrong key or corrupted bytes)
 * is a bad response ({@link GamesdkCli#EXIT_BAD_RESPONSE}, 5), as it would be from the server.
 */
final class TeaCommands {
  private static final int KEY_BYTES = 16;

  /** Header byte and 2 salt bytes: the random bytes every frame takes besides its padding. */
  private static final int FIXED_RANDOM_BYTES = 3;

  private TeaCommands() {}

  /**
   * {@code tea encrypt --key HEX [--random HEX]}.
   *
   * @param a the arguments
   * @param io the streams
   * @return the exit status
   */
  static int encrypt(Args a, Io io) {
    MsdkTea tea = MsdkTea.of(key(a, io));
    byte[] plain = stdinHex(a, io);
    byte[] cipher;
    if (a.has("random")) {
      byte[] random = hex(a, a.option("random"), "option --random");
      int padLen = (8 - (plain.length + 10) % 8) % 8;
      int needed = FIXED_RANDOM_BYTES + padLen;
      if (random.length != needed) {
        throw a.usageError(
            "option --random must hold exactly "
                + needed
                + " bytes for a "
                + plain.length
                + "-byte body (1 header, "
                + padLen
                + " padding, 2 salt), not "
                + random.length);
      }
      cipher = tea.encrypt(plain, RandomSource.fixed(random));
    } else {
      cipher = tea.encrypt(plain);
    }
    io.out().println(HexText.encode(cipher));
    return GamesdkCli.EXIT_OK;
  }

  /**
   * {@code tea decrypt --key HEX}.
   *
   * @param a the arguments
   * @param io the streams
   * @return the exit status
   */
  static int decrypt(Args a, Io io) {
    MsdkTea tea = MsdkTea.of(key(a, io));
    byte[] cipher = stdinHex(a, io);
    byte[] plain;
    try {
      plain = tea.decrypt(cipher);
    } catch (MsdkTeaException e) {
      io.error("cannot decrypt: " + e.getMessage());
      return GamesdkCli.EXIT_BAD_RESPONSE;
    }
    io.out().println(HexText.encode(plain));
    return GamesdkCli.EXIT_OK;
  }

  private static byte[] key(Args a, Io io) {
    byte[] key = hex(a, io.secret(a.required("key")), "option --key");
    if (key.length != KEY_BYTES) {
      throw a.usageError(
          "option --key must be 16 bytes (32 hex digits), not " + key.length + " bytes");
    }
    return key;
  }

  private static byte[] stdinHex(Args a, Io io) {
    byte[] raw;
    try {
      raw = io.readStdin();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
    return hex(a, new String(raw, StandardCharsets.ISO_8859_1), "standard input");
  }

  private static byte[] hex(Args a, String text, String what) {
    try {
      return HexText.decode(text, what);
    } catch (IllegalArgumentException e) {
      throw a.usageError(e.getMessage());
    }
  }
}
