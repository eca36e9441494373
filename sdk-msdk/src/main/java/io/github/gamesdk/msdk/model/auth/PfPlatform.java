package io.github.gamesdk.msdk.model.auth;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code platform} of {@code /auth/get_pfval}: the login platform (seed 004 line 160: "일반
 * 상황에서: qq 대응값은 desktop_m_qq, wx 대응값은 desktop_m_wx, 게스트 대응 값은 desktop_m_guest").
 */
public enum PfPlatform {
  /** {@code desktop_m_qq}: mobile QQ. */
  DESKTOP_M_QQ("desktop_m_qq"),
  /** {@code desktop_m_wx}: WeChat. */
  DESKTOP_M_WX("desktop_m_wx"),
  /** {@code desktop_m_guest}: guest mode. */
  DESKTOP_M_GUEST("desktop_m_guest");

  private final String wire;

  PfPlatform(String wire) {
    this.wire = wire;
  }

  /**
   * The value on the wire.
   *
   * @return for example {@code desktop_m_wx}
   */
  @JsonValue
  public String wire() {
    return wire;
  }
}
