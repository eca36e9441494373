package io.github.gamesdk.core.tea;

/** Lower-case hex for the tests (the tests compile for Java 8, which has no HexFormat). */
final class Hex {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  static byte[] decode(String hex) {
    String s = hex.replace(" ", "");
    if (s.length() % 2 != 0) {
      throw new IllegalArgumentException("odd number of hex digits");
    }
    byte[] out = new byte[s.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }

  static String encode(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      sb.append(DIGITS[(b >> 4) & 0xF]).append(DIGITS[b & 0xF]);
    }
    return sb.toString();
  }

  static byte[] repeat(int value, int count) {
    byte[] out = new byte[count];
    java.util.Arrays.fill(out, (byte) value);
    return out;
  }
}
