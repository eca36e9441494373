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
 * {@code data} of {@code /relation/query_bind_unionv2} (seed 004 lines 861-863).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"union_id", "union_name"})
@JsonSerialize(as = ImmutableBoundUnion.class)
@JsonDeserialize(as = ImmutableBoundUnion.class)
public abstract class BoundUnion {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableBoundUnion.Builder builder() {
    return ImmutableBoundUnion.builder();
  }

  /**
   * {@code union_id}: the guild, team or event id (line 862).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("union_id")
  @Nullable
  public abstract String unionId();

  /**
   * {@code union_name}: its name (line 863).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("union_name")
  @Nullable
  public abstract String unionName();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
