package io.github.gamesdk.msdk.model.freeflow;

import io.github.gamesdk.core.Nullable;

/**
 * {@code ccType} of {@code /freeflow/getinfo}: the carrier of the user's free-flow subscription
 * (seed 004 line 2296: "0은 차이나 유니콤, 1은 차이나 텔레콤, 2는 차이나 모바일").
 */
public enum Carrier {
  /** 0: China Unicom (차이나 유니콤). */
  CHINA_UNICOM(0),
  /** 1: China Telecom (차이나 텔레콤). */
  CHINA_TELECOM(1),
  /** 2: China Mobile (차이나 모바일). */
  CHINA_MOBILE(2);

  private final int code;

  Carrier(int code) {
    this.code = code;
  }

  /**
   * The carrier of a {@code ccType} value.
   *
   * @param code the value
   * @return the carrier, or {@code null} for a value the seed does not list
   */
  @Nullable
  public static Carrier of(int code) {
    for (Carrier c : values()) {
      if (c.code == code) {
        return c;
      }
    }
    return null;
  }

  /**
   * The value on the wire.
   *
   * @return 0, 1 or 2
   */
  public int code() {
    return code;
  }
}
