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
 * Answer of {@code /relation/wxget_groupstatus} (seed 004 lines 1210-1214; example lines
 * 1225-1230).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"is_has"})
@JsonSerialize(as = ImmutableWxGetGroupstatusResponse.class)
@JsonDeserialize(as = ImmutableWxGetGroupstatusResponse.class)
public abstract class WxGetGroupstatusResponse extends MsdkResponse {
  /**
   * {@code is_has}: when ret is 0: 1 created or joined, 0 not (line 1214).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_has")
  @Nullable
  public abstract Integer isHas();
}
