package io.github.gamesdk.core.sign;

/**
 * Lower-case hexadecimal encoding and case-insensitive decoding, as used by the MD5 signatures of
 * PROTOCOLS.md §1 ({@code sign}), §2 ({@code sign}) and §3 ({@code sig}). Package-private: {@code
 * java.util.HexFormat} is not available on Java 8.
 */
final class Hex {
  private static final char[] LOWER = "0123456789abcdef".toCharArray();

  private Hex() {}

  /**
   * Encodes bytes as lower-case hex, two characters per byte.
   *
   * @param bytes the bytes
   * @return the hex text
   */
  static String lower(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0, j = 0; i < bytes.length; i++) {
      int b = bytes[i];
      out[j++] = LOWER[(b >>> 4) & 0xF];
      out[j++] = LOWER[b & 0xF];
    }
    return new String(out);
  }

  /**
   * Decodes hex text of either case.
   *
   * @param text the hex text, possibly {@code null}
   * @param expectedBytes how many bytes the text must decode to
   * @return the bytes, or {@code null} if {@code text} is {@code null}, has the wrong length or
   *     holds a character that is not a hex digit
   */
  static byte[] decode(String text, int expectedBytes) {
    if (text == null || text.length() != expectedBytes * 2) {
      return null;
    }
    byte[] out = new byte[expectedBytes];
    int bad = 0;
    for (int i = 0; i < expectedBytes; i++) {
      int hi = digit(text.charAt(2 * i));
      int lo = digit(text.charAt(2 * i + 1));
      bad |= hi | lo;
      out[i] = (byte) ((hi << 4) | lo);
    }
    // A negative digit marks a non-hex character; the loop runs to the end either way.
    return bad < 0 ? null : out;
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
