package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gamesdk.core.Nullable;

/**
 * {@code env_version} of {@code /relation/wx_mini_send_msg} (seed 004 line 1308): the mini-program
 * version to open, a string on the wire as in the example (line 1325).
 */
public enum MiniProgramEnv {
  /** {@code "0"}: the release version. */
  RELEASE("0"),
  /** {@code "1"}: the development version. */
  DEVELOPMENT("1"),
  /** {@code "2"}: the trial version; before release only developer accounts can open it. */
  TRIAL("2");

  private final String wire;

  MiniProgramEnv(String wire) {
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
  public static MiniProgramEnv of(String wire) {
    for (MiniProgramEnv v : values()) {
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
