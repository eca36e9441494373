package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gamesdk.core.Nullable;

/**
 * {@code flag} of {@code /relation/qqfriends_detail} (seed 004 line 252): which friend chain to return.
 */
public enum FriendsFlag {
  /** 1: the chain without the user. */
  WITHOUT_SELF(1),
  /** 2: the chain with the user. */
  WITH_SELF(2);

  private final int code;

  FriendsFlag(int code) {
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
  public static FriendsFlag of(int code) {
    for (FriendsFlag v : values()) {
      if (v.code == code) {
        return v;
      }
    }
    return null;
  }

  /**
   * The value on the wire.
   *
   * @return 1 or 2
   */
  @JsonValue
  public int code() {
    return code;
  }
}
