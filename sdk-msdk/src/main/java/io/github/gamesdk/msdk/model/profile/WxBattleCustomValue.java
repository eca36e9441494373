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
 * One entry of {@code userdefined} of a {@code /profile/wxbattle_report} record (seed 004 lines
 * 1855-1868): a name and a value that is "generally an integer or a string" (line 1855), for
 * example {@code "goldcoin": {"name": "금화", "value": 358267}}.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"name", "value"})
@JsonSerialize(as = ImmutableWxBattleCustomValue.class)
@JsonDeserialize(as = ImmutableWxBattleCustomValue.class)
public abstract class WxBattleCustomValue {
  /**
   * A whole-number value (line 1858).
   *
   * @param name the data's name
   * @param value the number
   * @return the entry
   */
  public static WxBattleCustomValue of(String name, long value) {
    return ImmutableWxBattleCustomValue.builder().name(name).value(value).build();
  }

  /**
   * A text value (line 1866).
   *
   * @param name the data's name
   * @param value the text
   * @return the entry
   */
  public static WxBattleCustomValue of(String name, String value) {
    return ImmutableWxBattleCustomValue.builder().name(name).value(value).build();
  }

  /**
   * {@code name} (string): the data's name (line 1857).
   *
   * @return the name
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * {@code value} (int or string): the data (lines 1858 and 1866).
   *
   * @return a whole number ({@code Integer} or {@code Long}) or a {@code String}
   */
  @JsonProperty("value")
  public abstract Object value();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "userdefined.name");
    Object v = value();
    InvalidRequestException.check(
        v instanceof String || v instanceof Long || v instanceof Integer,
        "userdefined.value",
        "must be a whole number or a string (seed 004 line 1855)");
  }
}
