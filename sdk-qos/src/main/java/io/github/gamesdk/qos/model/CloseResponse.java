package io.github.gamesdk.qos.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import org.immutables.value.Value;

/**
 * Answer of {@code Action=close} (seed 000 lines 255-261, example lines 283-286): {@code errno}
 * and {@code errmsg} only.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"errno", "errmsg"})
@JsonSerialize(as = ImmutableCloseResponse.class)
@JsonDeserialize(as = ImmutableCloseResponse.class)
public abstract class CloseResponse extends QosResponse {
  CloseResponse() {}
}
