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
 * One entry of {@code group_list} of {@code /relation/get_group_listv2} (seed 004 lines 718-719).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"gc", "group_name"})
@JsonSerialize(as = ImmutableGroupEntry.class)
@JsonDeserialize(as = ImmutableGroupEntry.class)
public abstract class GroupEntry {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGroupEntry.Builder builder() {
    return ImmutableGroupEntry.builder();
  }

  /**
   * {@code gc}: the group number (line 718).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("gc")
  @Nullable
  public abstract String gc();

  /**
   * {@code group_name}: the group name (line 719).
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
