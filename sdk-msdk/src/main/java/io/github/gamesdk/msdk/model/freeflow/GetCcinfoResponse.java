package io.github.gamesdk.msdk.model.freeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /freeflow/get_ccinfo} (seed 004 lines 2329-2342). The seed's example (lines
 * 2348-2360) is cut short: {@code "oper": "차이나 텔레콤,} lacks its closing quote and the outer
 * object its closing brace.
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableGetCcinfoResponse.class)
@JsonDeserialize(as = ImmutableGetCcinfoResponse.class)
public abstract class GetCcinfoResponse extends MsdkResponse {
  /**
   * {@code data}: what is known of the IP (line 2334).
   *
   * @return the information, or {@code null} when absent
   */
  @JsonProperty("data")
  @Nullable
  public abstract CcInfo data();
}
