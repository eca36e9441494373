package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import org.immutables.value.Value;

/**
 * {@code battleinfo} of a {@code /profile/wxbattle_report} record (seed 004 lines 1851-1854;
 * example lines 1893-1896).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"score", "iswin"})
@JsonSerialize(as = ImmutableWxBattleInfo.class)
@JsonDeserialize(as = ImmutableWxBattleInfo.class)
public abstract class WxBattleInfo {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxBattleInfo.Builder builder() {
    return ImmutableWxBattleInfo.builder();
  }

  /**
   * {@code score} (int): the value the WeChat friend ranking uses; without it there is no ranking
   * (line 1852).
   *
   * @return the score, or {@code null} to leave it out
   */
  @JsonProperty("score")
  @Nullable
  public abstract Long score();

  /**
   * {@code iswin} (bool): whether this battle was won, when the game has winning (line 1853).
   *
   * @return the outcome, or {@code null} to leave it out
   */
  @JsonProperty("iswin")
  @Nullable
  public abstract Boolean iswin();
}
