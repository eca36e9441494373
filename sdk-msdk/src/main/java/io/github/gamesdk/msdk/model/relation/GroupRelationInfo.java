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
 * {@code data} of {@code /relation/get_groupinfov2} (seed 004 line 573; example lines 585-591).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"relation"})
@JsonSerialize(as = ImmutableGroupRelationInfo.class)
@JsonDeserialize(as = ImmutableGroupRelationInfo.class)
public abstract class GroupRelationInfo {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGroupRelationInfo.Builder builder() {
    return ImmutableGroupRelationInfo.builder();
  }

  /**
   * {@code relation}: the user's relation to the group: 1 owner, 2 admin, 3 member, 4 not a member
   * (line 573).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("relation")
  @Nullable
  public abstract Integer relation();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();

  /**
   * {@link #relation()} as an enum.
   *
   * @return the relation, or {@code null} when absent or not one the seed lists
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  @io.github.gamesdk.core.Nullable
  public GroupRelation relationKind() {
    Integer r = relation();
    return r == null ? null : GroupRelation.of(r);
  }
}
