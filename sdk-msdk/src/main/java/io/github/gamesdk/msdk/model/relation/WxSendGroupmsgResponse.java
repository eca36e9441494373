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
 * Answer of {@code /relation/wxsend_groupmsg} (seed 004 lines 1262-1266; example lines 1291-1296).
 * {@code platCode} is the platform's raw code, empty on success (reference error-codes.md (e)).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"platCode"})
@JsonSerialize(as = ImmutableWxSendGroupmsgResponse.class)
@JsonDeserialize(as = ImmutableWxSendGroupmsgResponse.class)
public abstract class WxSendGroupmsgResponse extends MsdkResponse {
  /**
   * {@code platCode}: the platform's code, to read when ret is not 0; empty on success (line 1266).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("platCode")
  @Nullable
  public abstract String platCode();
}
