package io.github.gamesdk.msdk.model.auth;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code os} of {@code /auth/get_pfval}: the system (seed 004 line 162: "안드로이드는 android, ios는
 * iap").
 */
public enum PfOs {
  /** {@code android}. */
  ANDROID("android"),
  /** {@code iap}: iOS. */
  IOS("iap");

  private final String wire;

  PfOs(String wire) {
    this.wire = wire;
  }

  /**
   * The value on the wire.
   *
   * @return {@code android} or {@code iap}
   */
  @JsonValue
  public String wire() {
    return wire;
  }
}
