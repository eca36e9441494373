package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code opType} of {@code /profile/subscribe_setlist} (seed 004 line 1975). */
public enum SubscribeOpType {
  /** 0: subscribe (예약). */
  SUBSCRIBE(0),
  /** 1: cancel (취소). */
  CANCEL(1);

  private final int wire;

  SubscribeOpType(int wire) {
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
