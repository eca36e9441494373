package io.github.gamesdk.msdk.model.freeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/** Answer of {@code /freeflow/getinfo} (seed 004 lines 2288-2300, example 2306-2318). */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableFreeflowGetinfoResponse.class)
@JsonDeserialize(as = ImmutableFreeflowGetinfoResponse.class)
public abstract class FreeflowGetinfoResponse extends MsdkResponse {
  /**
   * {@code freeFlowInfo}: the user's free-flow information (line 2293).
   *
   * @return the information, or {@code null} when absent
   */
  @JsonProperty("freeFlowInfo")
  @Nullable
  public abstract FreeFlowInfo freeFlowInfo();
}
