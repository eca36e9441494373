package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.msdk.internal.Checks;
import org.immutables.value.Value;

/**
 * One achievement of {@code param} of {@code /profile/qqscore_batch} (seed 004 line 1527; example
 * lines 1543-1554): {@code type} (int), {@code bcover} (int), {@code data} (string), {@code
 * expires} (string).
 *
 * <p>Translation slip in the seed: line 1527 attaches the overwrite/increment rule ("1은 보고 범위를
 * 나타내며 ... 전송하지 않거나 다른 값을 전송할 경우 수량 증가 보고") to {@code type}. The rule belongs
 * to {@code bcover} (MSDK wiki, DESIGN.md §6): {@code bcover=1} overwrites the earlier value,
 * {@code bcover=0} reports an increment, only kept when higher than the last; data that ranks
 * (the game-center leaderboard) is sent with {@code bcover=0}, everything else with 1. {@code
 * type} is the achievement type the game agreed with the platform (3 and 2 in the example).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"type", "bcover", "data", "expires"})
@JsonSerialize(as = ImmutableQqScoreParam.class)
@JsonDeserialize(as = ImmutableQqScoreParam.class)
public abstract class QqScoreParam {
  /** {@code bcover}: report an increment, kept only when higher; for ranking data. */
  public static final int BCOVER_INCREMENT = 0;

  /** {@code bcover}: overwrite the earlier value; for all other data. */
  public static final int BCOVER_OVERWRITE = 1;

  /** {@code expires}: never expires, the default (line 1527: "0시 표식는 영원히 기한이 만료되지 않으며"). */
  public static final String NEVER_EXPIRES = "0";

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQqScoreParam.Builder builder() {
    return ImmutableQqScoreParam.builder();
  }

  /**
   * {@code type} (int): the achievement type.
   *
   * @return the type
   */
  @JsonProperty("type")
  public abstract int type();

  /**
   * {@code bcover} (int): {@link #BCOVER_OVERWRITE} or {@link #BCOVER_INCREMENT} (see the class
   * comment on the seed's slip).
   *
   * @return 0 or 1
   */
  @JsonProperty("bcover")
  public abstract int bcover();

  /**
   * {@code data} (string): the achievement value, {@code "999"} in the example (line 1546).
   *
   * @return the value
   */
  @JsonProperty("data")
  public abstract String data();

  /**
   * {@code expires} (string): Unix seconds when the value expires, {@code "0"} never (line 1527).
   *
   * @return decimal digits, {@link #NEVER_EXPIRES} unless set
   */
  @JsonProperty("expires")
  @Value.Default
  public String expires() {
    return NEVER_EXPIRES;
  }

  @Value.Check
  void check() {
    Checks.oneOf(bcover(), "param.bcover", BCOVER_INCREMENT, BCOVER_OVERWRITE);
    Checks.notBlank(data(), "param.data");
    InvalidRequestException.check(
        expires().matches("[0-9]{1,10}"), "param.expires", "must be Unix seconds in decimal digits, 0 for never");
  }
}
