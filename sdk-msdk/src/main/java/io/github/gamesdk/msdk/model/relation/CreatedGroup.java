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
 * {@code data} of {@code /relation/createbind_groupv2}: the new group (seed 004 line 531; example
 * lines 548-555). The table types {@code data} an array; the example has an object, as read here.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"gc", "group_name"})
@JsonSerialize(as = ImmutableCreatedGroup.class)
@JsonDeserialize(as = ImmutableCreatedGroup.class)
public abstract class CreatedGroup {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableCreatedGroup.Builder builder() {
    return ImmutableCreatedGroup.builder();
  }

  /**
   * {@code gc}: the new group's number (line 531).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("gc")
  @Nullable
  public abstract String gc();

  /**
   * {@code group_name}: the group's name (line 531).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("group_name")
  @Nullable
  public abstract String groupName();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
