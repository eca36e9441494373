package io.github.gamesdk.qqconnect.model;

/**
 * The documented {@code type} values of {@code gc_achieve_report} (seed 003 lines 1760-1850).
 * Types 12, 26, 27 and 28 must be in every report. Other types may be agreed with the vendor
 * ("需要约定 type 值后进行上报"); report them with {@link AchieveItem#custom(int, String, boolean,
 * long)}.
 */
public enum AchieveType {
  /** 12, required: platform, iOS {@code 0} or Android {@code 1}. */
  PLATFORM(12, true),
  /** 26, required: account area, mobile QQ {@code 1} or WeChat {@code 2}. */
  AREA(26, true),
  /** 27, required: server (区服) id. */
  SERVER_ID(27, true),
  /** 28, required: role id. */
  ROLE_ID(28, true),
  /** 1: level. */
  LEVEL(1, false),
  /** 2: money (diamonds, gold, points). */
  MONEY(2, false),
  /** 3: score; expires when the game settles. */
  SCORE(3, false),
  /** 8: role id (listed among the common types). */
  ROLE_ID_COMMON(8, false),
  /** 17: combat power, reported when it changes. */
  COMBAT_POWER(17, false),
  /** 25: user registration time. */
  REGISTER_TIME(25, false),
  /** 29: role name; reported on creation and with every report. */
  ROLE_NAME(29, false),
  /** 43: cumulative recharge amount, reported when it changes. */
  TOTAL_RECHARGE(43, false),
  /** 44: single recharge amount, reported on each recharge. */
  SINGLE_RECHARGE(44, false),
  /** 45: in-game VIP level, reported when it changes and on logout. */
  VIP_LEVEL(45, false),
  /** 46: recharge time, reported on each recharge. */
  RECHARGE_TIME(46, false),
  /** 6000: today's cumulative play time in seconds, reported every 5 minutes. */
  DAILY_PLAY_TIME(6000, false);

  private final int code;
  private final boolean required;

  AchieveType(int code, boolean required) {
    this.code = code;
    this.required = required;
  }

  /**
   * The wire value of {@code type}.
   *
   * @return the documented number
   */
  public int code() {
    return code;
  }

  /**
   * Whether every report must carry this type (12, 26, 27, 28).
   *
   * @return whether it is required
   */
  public boolean required() {
    return required;
  }

  /**
   * The documented type of a wire value.
   *
   * @param code a {@code type} number
   * @return the type, or {@code null} for a type agreed privately with the vendor
   */
  public static AchieveType of(int code) {
    for (AchieveType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    return null;
  }
}
