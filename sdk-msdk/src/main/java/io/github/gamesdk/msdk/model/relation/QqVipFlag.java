package io.github.gamesdk.msdk.model.relation;

import io.github.gamesdk.core.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One VIP kind in {@code flags} of {@code /relation/qqfriends_vip} (seed 004 line 407): "QQ 회원
 * 정보: qq_vip, QQ 슈퍼 회원: qq_svip", several joined with {@code ,}.
 */
public enum QqVipFlag {
  /** {@code qq_vip}: QQ membership. */
  QQ_VIP("qq_vip"),
  /** {@code qq_svip}: QQ super membership. */
  QQ_SVIP("qq_svip");

  private final String wire;

  QqVipFlag(String wire) {
    this.wire = wire;
  }

  /**
   * The value on the wire.
   *
   * @return {@code qq_vip} or {@code qq_svip}
   */
  public String wire() {
    return wire;
  }

  /**
   * Builds {@code flags}: the kinds joined with {@code ,}, e.g. {@code qq_vip,qq_svip} (line 428).
   *
   * @param flags the kinds, at least one
   * @return the value of {@code flags}
   */
  public static String join(QqVipFlag... flags) {
    StringBuilder sb = new StringBuilder();
    for (QqVipFlag f : flags) {
      sb.append(sb.length() == 0 ? "" : ",").append(f.wire);
    }
    return sb.toString();
  }

  /**
   * Reads {@code flags}.
   *
   * @param flags a comma-separated list
   * @return the kinds, in order
   * @throws InvalidRequestException naming {@code flags} when it is empty or holds a kind the seed
   *     does not list
   */
  public static List<QqVipFlag> parse(String flags) {
    List<QqVipFlag> out = new ArrayList<>();
    for (String part : flags.split(",", -1)) {
      QqVipFlag found = null;
      for (QqVipFlag f : values()) {
        if (f.wire.equals(part.trim())) {
          found = f;
        }
      }
      if (found == null) {
        throw new InvalidRequestException(
            "flags", "comma-separated qq_vip or qq_svip, was \"" + flags + "\"");
      }
      out.add(found);
    }
    return Collections.unmodifiableList(out);
  }
}
