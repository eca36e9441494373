package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /relation/bind_existing_groupv2} (seed 004 lines 762-766; example lines
 * 782-789): {@code data} is reserved.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"data"})
@JsonSerialize(as = ImmutableBindExistingGroupv2Response.class)
@JsonDeserialize(as = ImmutableBindExistingGroupv2Response.class)
public abstract class BindExistingGroupv2Response extends MsdkResponse {
  /**
   * {@code data}: reserved, {@code {"empty":""}} (line 766).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("data")
  @Nullable
  public abstract GroupEmptyData data();
}
