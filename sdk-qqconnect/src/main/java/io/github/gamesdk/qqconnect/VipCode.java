package io.github.gamesdk.qqconnect;

import java.util.Locale;

/**
 * The lower-case business code of the QQ VIP page ({@code code}, seed 003 line 748) and the {@code
 * open_type} of a VIP order (line 893).
 */
public enum VipCode {
  /** {@code svip}: super VIP (超级会员). */
  SVIP,
  /** {@code vip}: QQ VIP (QQ 会员). */
  VIP;

  /**
   * The wire value.
   *
   * @return {@code svip} or {@code vip}
   */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a wire value, case-insensitively.
   *
   * @param value {@code svip} or {@code vip}
   * @return the code, or {@code null} for any other value
   */
  public static VipCode fromWire(String value) {
    if (value == null) {
      return null;
    }
    for (VipCode c : values()) {
      if (c.wireValue().equalsIgnoreCase(value.trim())) {
        return c;
      }
    }
    return null;
  }
}
