package io.github.gamesdk.msdk.model.profile;

import io.github.gamesdk.core.Nullable;

/**
 * The VIP kinds of {@code /profile/query_vip}: bits of the request's {@code vip} mask (seed 004
 * line 1381) and the {@code flag} of each answer entry (lines 1388-1397).
 */
public enum VipFlag {
  /** {@code VIP_NORMAL} = 1: QQ member (회원). */
  VIP_NORMAL(0x01),
  /** {@code VIP_QQ_LEVEL} = 2: the QQ level; only {@code level} is meaningful (line 1390). */
  VIP_QQ_LEVEL(0x02),
  /** {@code VIP_BLUE} = 4: blue diamond. */
  VIP_BLUE(0x04),
  /** {@code VIP_RED} = 8: red diamond; never flags a yearly membership (line 1392). */
  VIP_RED(0x08),
  /** {@code VIP_SUPER} = 16: QQ super member; only {@code isvip} is meaningful (line 1393). */
  VIP_SUPER(0x10),
  /** {@code VIP_XINYUE} = 64: xinyue (충성) club; only {@code isvip} and {@code level} (line 1394). */
  VIP_XINYUE(0x40),
  /** {@code VIP_YELLOW} = 128: yellow diamond (line 1395). */
  VIP_YELLOW(0x80),
  /** {@code VIP_ANIMIC} = 256: animation member; only {@code isvip} is meaningful (line 1396). */
  VIP_ANIMIC(0x100),
  /** {@code VIP_XINYUE_NEW} = 512: xinyue level, new interface (line 1397). */
  VIP_XINYUE_NEW(0x200);

  /** Every documented bit together: {@code 0x3DF}. */
  public static final int ALL_BITS = 0x3DF;

  private final int bit;

  VipFlag(int bit) {
    this.bit = bit;
  }

  /**
   * The bit of this kind in {@code vip} and its value in {@code flag}.
   *
   * @return for example 4 for {@link #VIP_BLUE}
   */
  public int bit() {
    return bit;
  }

  /**
   * The {@code vip} mask asking for some kinds together (line 1381: "이상은 임의로 조합").
   *
   * @param flags the kinds
   * @return the bits or-ed together
   */
  public static int mask(VipFlag... flags) {
    int m = 0;
    for (VipFlag f : flags) {
      m |= f.bit;
    }
    return m;
  }

  /**
   * The kind of a {@code flag} value.
   *
   * @param flag the value
   * @return the kind, or {@code null} for a value the seed does not list
   */
  @Nullable
  public static VipFlag of(int flag) {
    for (VipFlag f : values()) {
      if (f.bit == flag) {
        return f;
      }
    }
    return null;
  }
}
