package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code baseinfo.platid} of {@code /profile/wxbattle_report}: the platform (seed 004 line 1846,
 * "iOS 1 :Andriod", read as 0 iOS, 1 Android; the example sends 0, line 1888).
 */
public enum WxBattlePlatform {
  /** 0: iOS. */
  IOS(0),
  /** 1: Android. */
  ANDROID(1);

  private final int wire;

  WxBattlePlatform(int wire) {
    this.wire = wire;
  }

  /**
   * The value on the wire.
   *
   * @return 0 or 1
   */
  @JsonValue
  public int wire() {
    return wire;
  }
}
