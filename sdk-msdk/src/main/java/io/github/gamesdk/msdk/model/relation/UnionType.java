package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gamesdk.core.Nullable;

/**
 * {@code type} of the {@code /relation/*groupv2} and {@code get_groupcode} calls (seed 004 lines 522, 757,
 * 807, 855, 899): what the group is bound to, "0 길드(또는 입력하지 않음), 1 팀, 2 이벤트". A string on the
 * wire, as in the tables and the examples (line 875).
 */
public enum UnionType {
  /** {@code "0"}: a guild (also when absent). */
  GUILD("0"),
  /** {@code "1"}: a team. */
  TEAM("1"),
  /** {@code "2"}: an event. */
  EVENT("2");

  private final String wire;

  UnionType(String wire) {
    this.wire = wire;
  }

  /**
   * The constant of a wire value.
   *
   * @param wire the value
   * @return the constant, or {@code null} for a value the seed does not list
   */
  @JsonCreator
  @Nullable
  public static UnionType of(String wire) {
    for (UnionType v : values()) {
      if (v.wire.equals(wire)) {
        return v;
      }
    }
    return null;
  }

  /**
   * The value on the wire.
   *
   * @return {@code "0"}, {@code "1"} or {@code "2"}
   */
  @JsonValue
  public String wire() {
    return wire;
  }
}
