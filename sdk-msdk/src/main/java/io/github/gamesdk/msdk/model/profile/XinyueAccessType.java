package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code access_type} of {@code /profile/get_xinyue_super}: how the player logged in (seed 004 line 1624). */
public enum XinyueAccessType {
  /** 1: mobile-QQ login. */
  QQ(1),
  /** 2: WeChat login. */
  WECHAT(2);

  private final int wire;

  XinyueAccessType(int wire) {
    this.wire = wire;
  }

  /**
   * The value on the wire.
   *
   * @return 1 or 2
   */
  @JsonValue
  public int wire() {
    return wire;
  }
}
