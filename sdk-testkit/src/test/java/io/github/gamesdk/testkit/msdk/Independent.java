package io.github.gamesdk.testkit.msdk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The tests' own oracle: MD5 with a fresh {@link MessageDigest}, neither the SDK's nor the fake's. */
final class Independent {
  private Independent() {}

  /** Lower-case hex MD5 of a UTF-8 text. */
  static String md5(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("MD5");
      byte[] d = md.digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (byte b : d) {
        sb.append(String.format("%02x", b & 0xFF));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
