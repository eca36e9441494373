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
 * Answer of {@code /relation/query_bind_unionv2} (seed 004 lines 857-863; example lines 877-885).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"data"})
@JsonSerialize(as = ImmutableQueryBindUnionv2Response.class)
@JsonDeserialize(as = ImmutableQueryBindUnionv2Response.class)
public abstract class QueryBindUnionv2Response extends MsdkResponse {
  /**
   * {@code data}: the bound guild (line 861).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("data")
  @Nullable
  public abstract BoundUnion data();
}
