package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One user's record in {@code json} of {@code /profile/wxbattle_report} (seed 004 lines
 * 1842-1870): {@code baseinfo}, {@code battleinfo} and the game's own {@code userdefined} data.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"baseinfo", "battleinfo", "userdefined"})
@JsonSerialize(as = ImmutableWxBattleRecord.class)
@JsonDeserialize(as = ImmutableWxBattleRecord.class)
public abstract class WxBattleRecord {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxBattleRecord.Builder builder() {
    return ImmutableWxBattleRecord.builder();
  }

  /**
   * {@code baseinfo}: who and where (line 1844).
   *
   * @return the base information
   */
  @JsonProperty("baseinfo")
  public abstract WxBattleBaseInfo baseinfo();

  /**
   * {@code battleinfo}: the result (line 1851).
   *
   * @return the result, or {@code null} to leave it out
   */
  @JsonProperty("battleinfo")
  @Nullable
  public abstract WxBattleInfo battleinfo();

  /**
   * {@code userdefined}: the game's own data, by data id (line 1855), left out when empty.
   *
   * @return the data, empty unless set
   */
  @JsonProperty("userdefined")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, WxBattleCustomValue> userdefined();
}
