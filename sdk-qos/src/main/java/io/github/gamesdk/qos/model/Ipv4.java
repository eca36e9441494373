package io.github.gamesdk.qos.model;

/**
 * The syntax of the IP parameters ({@code PrivateIP}, {@code PublicIP}, {@code DstIP}; seed 000
 * lines 25, 27 and 148): dotted-quad IPv4, as in every example of the seed ({@code 23.4.5.5},
 * {@code 124.4.5.6}, {@code 1.1.1.1,2.2.2.2}). Strict: four decimal numbers 0-255, no sign, no
 * spaces, and no leading zero (which some parsers read as octal).
 */
final class Ipv4 {
  private Ipv4() {}

  /**
   * Whether a text is a dotted-quad IPv4 address.
   *
   * @param s the text
   * @return whether it is, strictly
   */
  static boolean isValid(String s) {
    if (s == null) {
      return false;
    }
    int n = s.length();
    if (n < 7 || n > 15) {
      return false;
    }
    int parts = 0;
    int i = 0;
    while (i <= n) {
      int start = i;
      int value = 0;
      while (i < n && s.charAt(i) != '.') {
        char c = s.charAt(i);
        if (c < '0' || c > '9' || i - start >= 3) {
          return false;
        }
        value = value * 10 + (c - '0');
        i++;
      }
      int len = i - start;
      if (len == 0 || value > 255 || (len > 1 && s.charAt(start) == '0')) {
        return false;
      }
      parts++;
      i++;
    }
    return parts == 4;
  }
}
