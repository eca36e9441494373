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
