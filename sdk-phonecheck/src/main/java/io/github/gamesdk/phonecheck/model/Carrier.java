package io.github.gamesdk.phonecheck.model;

import io.github.gamesdk.core.Nullable;

/**
 * The carrier a number uses now, from {@code result.Now_isp} (seed 001 line 118: "主要为中国移动，中国联通、
 * 中国电信、其它运营商（虚拟运营商）"). The raw text stays in {@link PhoneCheckResult#nowIsp()}: the seed
 * says "mainly", so other values may come.
 */
public enum Carrier {
  /** "中国移动", China Mobile (both example answers, lines 89 and 105). */
  CHINA_MOBILE("中国移动"),
  /** "中国联通", China Unicom. */
  CHINA_UNICOM("中国联通"),
  /** "中国电信", China Telecom. */
  CHINA_TELECOM("中国电信"),
  /** "其它运营商（虚拟运营商）": another carrier, a mobile virtual network operator. */
  OTHER("其它运营商"),
  /** Absent, empty, or a text the seed does not list. */
  UNKNOWN("");

  private final String label;

  Carrier(String label) {
    this.label = label;
  }

  /**
   * The seed's name of the carrier.
   *
   * @return for example "中国移动"; the empty string for {@link #UNKNOWN}
   */
  public String label() {
    return label;
  }

  /**
   * Reads a {@code Now_isp} value. The three carriers match exactly; "其它运营商" (or "其他运营商"), with
   * or without its "（虚拟运营商）" note, and "虚拟运营商" alone mean {@link #OTHER}.
   *
   * @param nowIsp the raw text, surrounding white space ignored
   * @return the carrier; {@link #UNKNOWN} for {@code null}, empty or unlisted text
   */
  public static Carrier of(@Nullable String nowIsp) {
    if (nowIsp == null) {
      return UNKNOWN;
    }
    String s = nowIsp.trim();
    switch (s) {
      case "中国移动":
        return CHINA_MOBILE;
      case "中国联通":
        return CHINA_UNICOM;
      case "中国电信":
        return CHINA_TELECOM;
      default:
        break;
    }
    if (s.startsWith("其它运营商") || s.startsWith("其他运营商") || s.startsWith("虚拟运营商")) {
      return OTHER;
    }
    return UNKNOWN;
  }
}
