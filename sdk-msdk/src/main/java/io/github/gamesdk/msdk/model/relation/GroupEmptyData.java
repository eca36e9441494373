package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code data} of the {@code /relation/*groupv2} calls that return nothing: {@code {"empty":""}},
 * "예비", reserved (seed 004 lines 623, 677, 766; examples e.g. lines 641-645).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"empty"})
@JsonSerialize(as = ImmutableGroupEmptyData.class)
@JsonDeserialize(as = ImmutableGroupEmptyData.class)
public abstract class GroupEmptyData {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGroupEmptyData.Builder builder() {
    return ImmutableGroupEmptyData.builder();
  }

  /**
   * {@code empty}: reserved (line 623).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("empty")
  @Nullable
  public abstract String empty();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
