package io.github.gamesdk.cli;

/**
 * Hexadecimal text as the {@code tea} commands read and write it: read in either case with
 * whitespace anywhere (so that {@code xxd -p} output or a vector copied with spaces works), written
 * in lower case without separators.
 */
final class HexText {
  private static final char[] LOWER = "0123456789abcdef".toCharArray();

  private HexText() {}

  /**
   * Encodes bytes as lower-case hex.
   *
   * @param bytes the bytes
   * @return two characters per byte
   */
  static String encode(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0, j = 0; i < bytes.length; i++) {
      out[j++] = LOWER[(bytes[i] >>> 4) & 0xF];
      out[j++] = LOWER[bytes[i] & 0xF];
    }
    return new String(out);
  }

  /**
   * Decodes hex text, skipping whitespace.
   *
   * @param text the text
   * @param what how to name the input in an error, for example {@code standard input}
   * @return the bytes
   * @throws IllegalArgumentException naming {@code what} and the position of the first bad
   *     character (never the character itself, which may belong to a key), or an odd digit count
   */
  static byte[] decode(CharSequence text, String what) {
    byte[] out = new byte[text.length() / 2];
    int n = 0;
    int high = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      int d = Character.digit(c, 16);
      if (d < 0 || c > 'f') {
        throw new IllegalArgumentException(
            what + " is not hex: character " + (i + 1) + " is not a hex digit");
      }
      if (high < 0) {
        high = d;
      } else {
        out[n++] = (byte) ((high << 4) | d);
        high = -1;
      }
    }
    if (high >= 0) {
      throw new IllegalArgumentException(what + " is not hex: odd number of hex digits");
    }
    byte[] exact = new byte[n];
    System.arraycopy(out, 0, exact, 0, n);
    return exact;
  }
}
