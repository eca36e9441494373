package io.github.gamesdk.qqconnect.model;

import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.error.InvalidRequestException;
import org.immutables.value.Value;

/**
 * One entry of {@code param.list} of {@code gc_achieve_report} (seed 003 lines 1730-1745): {@code
 * type}, {@code data}, {@code bcover}, {@code expires}.
 */
@Value.Immutable
@GameSdkStyle
public abstract class AchieveItem {
  /**
   * {@code type}: what is reported, assigned by the vendor.
   *
   * @return the type number
   */
  public abstract int type();

  /**
   * {@code data}: the value, always a string on the wire.
   *
   * @return the value
   */
  public abstract String data();

  /**
   * {@code bcover}: whether this value overwrites the previous one (1) or not (0). Every
   * documented type uses {@code bcover=1}.
   *
   * @return whether to overwrite
   */
  @Value.Default
  public boolean overwrite() {
    return true;
  }

  /**
   * {@code expires}: 0 never expires, otherwise the Unix time (seconds) at which it expires.
   *
   * @return the expiry, 0 unless set
   */
  @Value.Default
  public long expires() {
    return 0L;
  }

  /**
   * A documented type with its documented defaults ({@code bcover=1}, {@code expires=0}).
   *
   * @param type the type
   * @param data the value
   * @return the item
   */
  public static AchieveItem of(AchieveType type, String data) {
    return ImmutableAchieveItem.builder().type(type.code()).data(data).build();
  }

  /**
   * Any type, including one agreed privately with the vendor.
   *
   * @param type the type number
   * @param data the value
   * @param overwrite {@code bcover}
   * @param expires {@code expires}, Unix seconds or 0
   * @return the item
   */
  public static AchieveItem custom(int type, String data, boolean overwrite, long expires) {
    return ImmutableAchieveItem.builder()
        .type(type)
        .data(data)
        .overwrite(overwrite)
        .expires(expires)
        .build();
  }

  @Value.Check
  void check() {
    InvalidRequestException.check(type() > 0, "param.list.type", "must be positive");
    InvalidRequestException.check(expires() >= 0, "param.list.expires", "must be 0 or a Unix time");
    if (type() == AchieveType.PLATFORM.code()) {
      InvalidRequestException.check(
          data().equals("0") || data().equals("1"),
          "param.list.data",
          "type 12 (platform) must be 0 (iOS) or 1 (Android)");
    } else if (type() == AchieveType.AREA.code()) {
      InvalidRequestException.check(
          data().equals("1") || data().equals("2"),
          "param.list.data",
          "type 26 (area) must be 1 (mobile QQ) or 2 (WeChat)");
    } else if (type() == AchieveType.DAILY_PLAY_TIME.code()) {
      InvalidRequestException.check(
          data().matches("\\d+"), "param.list.data", "type 6000 (play time) must be whole seconds");
    }
  }
}
