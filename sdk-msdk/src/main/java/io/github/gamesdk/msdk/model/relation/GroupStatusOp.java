package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gamesdk.core.Nullable;

/**
 * {@code op_type} of {@code /relation/wxget_groupstatus} (seed 004 line 1208).
 */
public enum GroupStatusOp {
  /** 0: whether the group was created. */
  CREATED(0),
  /** 1: whether the user joined the group. */
  JOINED(1);

  private final int code;

  GroupStatusOp(int code) {
    this.code = code;
  }

  /**
   * The value of a wire code.
   *
   * @param code the value
   * @return the constant, or {@code null} for a value the seed does not list
   */
  @JsonCreator
  @Nullable
  public static GroupStatusOp of(int code) {
    for (GroupStatusOp v : values()) {
      if (v.code == code) {
        return v;
      }
    }
    return null;
  }

  /**
   * The value on the wire.
   *
   * @return 0 or 1
   */
  @JsonValue
  public int code() {
    return code;
  }
}
