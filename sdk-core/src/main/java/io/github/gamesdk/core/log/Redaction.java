package io.github.gamesdk.core.log;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it reaches a log, a {@code toString()} or an exception message,
 * and masks mainland mobile numbers as {@code 138****5678} (DESIGN.md §3 "Secrets").
 */
public final class Redaction {
  /** What a removed value is replaced with. */
  public static final String MASK = "****";

  /**
   * Parameter and field names whose values are always removed, compared case-insensitively: the
   * signatures ({@code sig}, {@code sign}, {@code Signature}) and the keys and tokens of every
   * vendor.
   */
  private static final String SECRET_NAMES =
      "sig|sign|signature|apikey|api_key|openkey|access_token|accesstoken|appkey|app_key|msdkkey"
          + "|secretkey|secret_key|key|token|pay_token|paytoken|refresh_token";

  /** {@code name=value} in a query string or form body. */
  private static final Pattern QUERY_SECRET =
      Pattern.compile("(?i)(?<![A-Za-z0-9_])(" + SECRET_NAMES + ")=([^&#\\s]*)");

  /** {@code "name":"value"} or {@code name:value} in JSON (quoted or, as some vendors write, not). */
  private static final Pattern JSON_SECRET =
      Pattern.compile(
          "(?i)(\"?(?:" + SECRET_NAMES + ")\"?\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\s]+)");

  /**
   * Parameter and field names whose values identify a phone number, compared case-insensitively:
   * QoS {@code PhoneNO} (the operator's encrypted phone id, seed 000 line 146), and {@code mobile}
   * and {@code phone}. Their values are masked with {@link #maskPhone(String)} whatever they look
   * like, since an encrypted or reformatted number is not caught by the digit pattern below.
   */
  private static final String PHONE_NAMES = "phoneno|mobile|phone";

  /** {@code name=value} of a phone-number parameter in a query string or form body. */
  private static final Pattern QUERY_PHONE =
      Pattern.compile("(?i)(?<![A-Za-z0-9_])(" + PHONE_NAMES + ")=([^&#\\s]*)");

  /** {@code "name":"value"} or {@code name:value} of a phone-number field in JSON. */
  private static final Pattern JSON_PHONE =
      Pattern.compile(
          "(?i)(?<![A-Za-z0-9_])(\"?(?:" + PHONE_NAMES + ")\"?\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\s]+)");

  /** A mainland mobile number not embedded in a longer run of digits. */
  private static final Pattern PHONE = Pattern.compile("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");

  private Redaction() {}

  /**
   * Removes secret parameter values from a URL or a query string; also masks phone numbers.
   *
   * @param url a URL, query string or form body
   * @return the text with secret values replaced by {@code ****}
   */
  public static String redactUrl(String url) {
    if (url == null) {
      return "null";
    }
    return maskPhoneNumbers(maskPhoneParams(QUERY_SECRET.matcher(url).replaceAll("$1=" + MASK)));
  }

  /**
   * Removes secrets from any text that may hold a query string or JSON; also masks phone numbers.
   *
   * @param text free text, JSON or a query string
   * @return the text with secret values replaced by {@code ****}
   */
  public static String redact(String text) {
    if (text == null) {
      return "null";
    }
    String s = QUERY_SECRET.matcher(text).replaceAll("$1=" + MASK);
    Matcher m = JSON_SECRET.matcher(s);
    StringBuffer out = new StringBuffer(s.length());
    while (m.find()) {
      String value = m.group(2);
      String masked = value.startsWith("\"") ? "\"" + MASK + "\"" : MASK;
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + masked));
    }
    m.appendTail(out);
    return maskPhoneNumbers(maskPhoneFields(maskPhoneParams(out.toString())));
  }

  /** Masks the values of phone-number parameters ({@link #PHONE_NAMES}) in a query string. */
  private static String maskPhoneParams(String s) {
    Matcher m = QUERY_PHONE.matcher(s);
    if (!m.find()) {
      return s;
    }
    StringBuffer out = new StringBuffer(s.length());
    do {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "=" + maskPhone(m.group(2))));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  /** Masks the values of phone-number fields ({@link #PHONE_NAMES}) in JSON. */
  private static String maskPhoneFields(String s) {
    Matcher m = JSON_PHONE.matcher(s);
    if (!m.find()) {
      return s;
    }
    StringBuffer out = new StringBuffer(s.length());
    do {
      String value = m.group(2);
      String masked =
          value.startsWith("\"")
              ? "\"" + maskPhone(value.substring(1, value.length() - 1)) + "\""
              : maskPhone(value);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + masked));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Masks every mainland mobile number in the text: {@code 13812345678} becomes {@code
   * 138****5678}.
   *
   * @param text any text
   * @return the text with the middle four digits of each number masked
   */
  public static String maskPhoneNumbers(String text) {
    if (text == null) {
      return "null";
    }
    return PHONE.matcher(text).replaceAll("$1****$3");
  }

  /**
   * Masks one phone number: keeps the first three and last four digits of an 11-digit number,
   * and masks all but the last two characters of anything else (an 11-character value that is not
   * all digits, such as an encrypted phone id, is "anything else").
   *
   * @param phone a phone number as given by a caller
   * @return the masked number
   */
  public static String maskPhone(String phone) {
    if (phone == null) {
      return "null";
    }
    if (phone.length() == 11 && isDigits(phone)) {
      return phone.substring(0, 3) + MASK + phone.substring(7);
    }
    if (phone.length() <= 2) {
      return MASK;
    }
    return MASK + phone.substring(phone.length() - 2);
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A short, redacted, single-line excerpt of a response body for an exception message.
   *
   * @param body the body bytes (decoded as UTF-8, malformed bytes replaced)
   * @param maxChars how many characters to keep at most
   * @return the excerpt, with {@code ...} appended when cut
   */
  public static String excerpt(byte[] body, int maxChars) {
    if (body == null || body.length == 0) {
      return "<empty body>";
    }
    int take = Math.min(body.length, maxChars * 4);
    String s = new String(body, 0, take, StandardCharsets.UTF_8);
    s = s.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    boolean cut = take < body.length;
    // Redact before cutting: a phone number or secret cut short at maxChars (say 10 of a number's
    // 11 digits) no longer matches the patterns and would be shown as it is.
    s = redact(s);
    if (s.length() > maxChars) {
      s = s.substring(0, maxChars);
      cut = true;
    }
    return s + (cut ? "..." : "");
  }

  /**
   * Whether a parameter name is one whose value must never be logged.
   *
   * @param name a parameter or field name
   * @return whether its value is secret
   */
  public static boolean isSecretName(String name) {
    return name != null && name.toLowerCase(Locale.ROOT).matches(SECRET_NAMES);
  }
}
