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
 * Answer of {@code /relation/get_groupcode} (seed 004 lines 901-909; example lines 922-932).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"data"})
@JsonSerialize(as = ImmutableGetGroupcodeResponse.class)
@JsonDeserialize(as = ImmutableGetGroupcodeResponse.class)
public abstract class GetGroupcodeResponse extends MsdkResponse {
  /**
   * {@code data}: the bound group (line 905).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("data")
  @Nullable
  public abstract GroupCode data();
}
