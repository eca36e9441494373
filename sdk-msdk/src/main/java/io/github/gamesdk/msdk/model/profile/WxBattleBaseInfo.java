package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import org.immutables.value.Value;

/**
 * {@code baseinfo} of a {@code /profile/wxbattle_report} record (seed 004 lines 1844-1850; example
 * lines 1886-1892). Only {@code platid} is required; the others are recommended when the game has
 * the concept.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"gamename", "platid", "partitionid", "roleid", "level"})
@JsonSerialize(as = ImmutableWxBattleBaseInfo.class)
@JsonDeserialize(as = ImmutableWxBattleBaseInfo.class)
public abstract class WxBattleBaseInfo {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxBattleBaseInfo.Builder builder() {
    return ImmutableWxBattleBaseInfo.builder();
  }

  /**
   * {@code gamename} (string): the game's name, recommended (line 1845).
   *
   * @return the name, or {@code null} to leave it out
   */
  @JsonProperty("gamename")
  @Nullable
  public abstract String gamename();

  /**
   * {@code platid} (int): the platform, required ("필수 입력", line 1846).
   *
   * @return the platform
   */
  @JsonProperty("platid")
  public abstract WxBattlePlatform platid();

  /**
   * {@code partitionid} (string): the zone id, when the game has zones (line 1847).
   *
   * @return the zone, or {@code null} to leave it out
   */
  @JsonProperty("partitionid")
  @Nullable
  public abstract String partitionid();

  /**
   * {@code roleid} (string): the character id, when the game has characters (line 1848).
   *
   * @return the character, or {@code null} to leave it out
   */
  @JsonProperty("roleid")
  @Nullable
  public abstract String roleid();

  /**
   * {@code level} (int): the user's level, when the game has levels (line 1849).
   *
   * @return the level, or {@code null} to leave it out
   */
  @JsonProperty("level")
  @Nullable
  public abstract Integer level();
}
