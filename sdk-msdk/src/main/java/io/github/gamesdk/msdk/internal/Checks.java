package io.github.gamesdk.msdk.internal;

import io.github.gamesdk.core.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The documented limits of MSDK request fields, checked by the models' {@code @Value.Check}
 * methods before anything is sent. Every failure is an {@link InvalidRequestException} naming the
 * vendor's field and the limit. Lengths the seed gives in bytes ("45B", "512b", "1024 byte", "2KB")
 * are UTF-8 bytes, the encoding of every parameter (seed 004 line 5: "모든 파라미터는 utf8 코드").
 * Not public API.
 */
public final class Checks {
  private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^\\s]+");
  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6 = Pattern.compile("(?=[^:]*:[^:]*:)[0-9A-Fa-f:.]{2,45}");

  private Checks() {}

  /**
   * UTF-8 length of a text.
   *
   * @param s the text
   * @return its length in bytes
   */
  public static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * The value is not empty or blank.
   *
   * @param value the value
   * @param field the vendor's field name
   */
  public static void notBlank(String value, String field) {
    InvalidRequestException.check(!value.trim().isEmpty(), field, "must not be empty");
  }

  /**
   * The value has at most {@code max} UTF-8 bytes.
   *
   * @param value the value
   * @param max the limit in bytes
   * @param field the vendor's field name
   */
  public static void maxBytes(String value, int max, String field) {
    int n = utf8Length(value);
    InvalidRequestException.check(
        n <= max, field, "at most " + max + " bytes (UTF-8), was " + n);
  }

  /**
   * The collection has between {@code min} and {@code max} entries.
   *
   * @param values the entries
   * @param min the least count
   * @param max the largest count
   * @param field the vendor's field name
   */
  public static void count(Collection<?> values, int min, int max, String field) {
    int n = values.size();
    String rule =
        min == max
            ? "exactly " + max + " " + (max == 1 ? "entry" : "entries")
            : "between " + min + " and " + max + " entries";
    InvalidRequestException.check(n >= min && n <= max, field, rule + ", was " + n);
  }

  /**
   * The value is an {@code http} or {@code https} URL.
   *
   * @param value the value
   * @param field the vendor's field name
   */
  public static void httpUrl(String value, String field) {
    InvalidRequestException.check(
        HTTP_URL.matcher(value).matches(), field, "must be an http(s) URL without spaces");
  }

  /**
   * The value is a positive number, such as a QQ appid.
   *
   * @param value the value
   * @param field the vendor's field name
   */
  public static void positive(long value, String field) {
    InvalidRequestException.check(value > 0, field, "must be a positive number (the app's QQ appid)");
  }

  /**
   * The value is an IPv4 address in dotted form or an IPv6 address.
   *
   * @param value the value
   * @param field the vendor's field name
   */
  public static void ipAddress(String value, String field) {
    InvalidRequestException.check(
        IPV4.matcher(value).matches() || IPV6.matcher(value).matches(),
        field,
        "must be an IPv4 or IPv6 address");
  }

  /**
   * The value is one of the allowed ones.
   *
   * @param value the value
   * @param field the vendor's field name
   * @param allowed the allowed values
   */
  public static void oneOf(int value, String field, int... allowed) {
    for (int a : allowed) {
      if (a == value) {
        return;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int a : allowed) {
      sb.append(sb.length() == 0 ? "" : " or ").append(a);
    }
    throw new InvalidRequestException(field, (allowed.length == 1 ? "can only be " : "must be ") + sb);
  }
}
