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
 * Answer of {@code /relation/join_groupv2} (seed 004 lines 619-623; example lines 639-646): {@code
 * data} is reserved.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"data"})
@JsonSerialize(as = ImmutableJoinGroupv2Response.class)
@JsonDeserialize(as = ImmutableJoinGroupv2Response.class)
public abstract class JoinGroupv2Response extends MsdkResponse {
  /**
   * {@code data}: reserved, {@code {"empty":""}} (line 623).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("data")
  @Nullable
  public abstract GroupEmptyData data();
}
