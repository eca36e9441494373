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
 * Answer of {@code /relation/createbind_groupv2} (seed 004 lines 527-531; example lines 547-555).
 * The message is spelled {@code message} ({@link #text()} reads it).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"data"})
@JsonSerialize(as = ImmutableCreatebindGroupv2Response.class)
@JsonDeserialize(as = ImmutableCreatebindGroupv2Response.class)
public abstract class CreatebindGroupv2Response extends MsdkResponse {
  /**
   * {@code data}: the new group (line 531).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("data")
  @Nullable
  public abstract CreatedGroup data();
}
