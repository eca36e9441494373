package io.github.gamesdk.core.error;

/**
 * A request broke a documented rule and was rejected before anything went on the network: a
 * required field is missing, a documented limit (49 openids, 4 destination IPs, 45-byte titles,
 * ...) is exceeded, or a value is malformed.
 */
public final class InvalidRequestException extends GameSdkException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param field the vendor's name of the offending field, for example {@code fopenids}
   * @param rule the rule it broke, for example {@code "at most 49 entries"}
   */
  public InvalidRequestException(String field, String rule) {
    super(field + ": " + rule, null);
    this.field = field;
    this.rule = rule;
  }

  /**
   * Creates the exception from a generated builder's message. The request models' builders
   * (Immutables, see {@link io.github.gamesdk.core.GameSdkStyle}) throw this exception, instead of
   * {@code IllegalStateException} or {@code NullPointerException}, when a required attribute is
   * not set or {@code null} is passed: their message names the attribute(s).
   *
   * @param message the builder's message, for example {@code "Cannot build X, some of required
   *     attributes are not set [openid]"} or just an attribute name
   */
  public InvalidRequestException(String message) {
    this(fieldOf(message), ruleOf(message));
  }

  private static String fieldOf(String message) {
    if (message == null) {
      return "request";
    }
    int open = message.lastIndexOf('[');
    int close = message.lastIndexOf(']');
    if (open >= 0 && close > open) {
      return message.substring(open + 1, close);
    }
    return message.matches("[A-Za-z_][A-Za-z0-9_.]*") ? message : "request";
  }

  private static String ruleOf(String message) {
    if (message == null) {
      return "invalid";
    }
    if (message.lastIndexOf('[') >= 0 && message.contains("required")) {
      return "required but not set";
    }
    return message.matches("[A-Za-z_][A-Za-z0-9_.]*") ? "must not be null" : message;
  }

  /**
   * The vendor's name of the offending field.
   *
   * @return the field name, as spelled on the wire
   */
  public String field() {
    return field;
  }

  /**
   * The rule the field broke.
   *
   * @return a short English statement of the rule
   */
  public String rule() {
    return rule;
  }

  /**
   * Throws unless {@code condition} holds.
   *
   * @param condition the rule, evaluated
   * @param field the vendor's field name
   * @param rule the rule, in words
   * @throws InvalidRequestException if {@code condition} is false
   */
  public static void check(boolean condition, String field, String rule) {
    if (!condition) {
      throw new InvalidRequestException(field, rule);
    }
  }
}
