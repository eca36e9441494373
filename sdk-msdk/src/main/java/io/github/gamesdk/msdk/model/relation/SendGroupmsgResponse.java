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
 * Answer of {@code /relation/send_groupmsg} (seed 004 lines 952-956; example lines 973-978).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"is_lost"})
@JsonSerialize(as = ImmutableSendGroupmsgResponse.class)
@JsonDeserialize(as = ImmutableSendGroupmsgResponse.class)
public abstract class SendGroupmsgResponse extends MsdkResponse {
  /**
   * {@code is_lost}: "1" data lost, "0" complete; a bare number is read too (line 956).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_lost")
  @Nullable
  public abstract String isLost();
}
