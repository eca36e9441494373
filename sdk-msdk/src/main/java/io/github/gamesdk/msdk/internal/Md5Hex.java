package io.github.gamesdk.msdk.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Lower-case hex MD5 of a UTF-8 text, for the {@code signature} fields of the video-VIP calls
 * (seed 004 lines 1572 and 1788). Not public API.
 */
public final class Md5Hex {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Md5Hex() {}

  /**
   * {@code md5(text)} in lower-case hex.
   *
   * @param text the text, encoded as UTF-8
   * @return 32 lower-case hex digits
   */
  public static String of(String text) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
    byte[] d = md.digest(text.getBytes(StandardCharsets.UTF_8));
    char[] out = new char[d.length * 2];
    for (int i = 0; i < d.length; i++) {
      out[2 * i] = HEX[(d[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[d[i] & 0xf];
    }
    return new String(out);
  }
}
