package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code data} of {@code /relation/get_group_listv2} (seed 004 lines 716-719).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"group_list"})
@JsonSerialize(as = ImmutableGroupList.class)
@JsonDeserialize(as = ImmutableGroupList.class)
public abstract class GroupList {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGroupList.Builder builder() {
    return ImmutableGroupList.builder();
  }

  /**
   * {@code group_list}: the groups the user created (line 717).
   *
   * @return the entries, never null (empty when absent)
   */
  @JsonProperty("group_list")
  public abstract List<GroupEntry> groupList();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
