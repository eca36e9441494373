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
 * Answer of {@code /relation/remind_leader_bindv2} (seed 004 lines 815-819; example lines
 * 835-842): {@code data} is reserved.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"data"})
@JsonSerialize(as = ImmutableRemindLeaderBindv2Response.class)
@JsonDeserialize(as = ImmutableRemindLeaderBindv2Response.class)
public abstract class RemindLeaderBindv2Response extends MsdkResponse {
  /**
   * {@code data}: reserved, {@code {"empty":""}} (line 819).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("data")
  @Nullable
  public abstract GroupEmptyData data();
}
