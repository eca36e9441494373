package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/** {@code data} of {@code /profile/wxget_eliteinfo} (seed 004 line 2076; example lines 2089-2092). */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"wx_elite", "game_elite"})
@JsonSerialize(as = ImmutableEliteInfo.class)
@JsonDeserialize(as = ImmutableEliteInfo.class)
public abstract class EliteInfo {
  /**
   * {@code wx_elite} (int): 1 when the user is a WeChat elite, 0 not (line 2076).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("wx_elite")
  @Nullable
  public abstract Integer wxElite();

  /**
   * {@code game_elite} (int): 1 when the user is a game elite, 0 not (line 2076).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("game_elite")
  @Nullable
  public abstract Integer gameElite();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();

  /**
   * Whether the user is a WeChat elite: {@code wx_elite} is 1.
   *
   * @return whether they are
   */
  @JsonIgnore
  public boolean wechatElite() {
    Integer v = wxElite();
    return v != null && v == 1;
  }

  /**
   * Whether the user is a game elite: {@code game_elite} is 1.
   *
   * @return whether they are
   */
  @JsonIgnore
  public boolean gameEliteUser() {
    Integer v = gameElite();
    return v != null && v == 1;
  }
}
