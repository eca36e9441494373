package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.model.MsdkResponse;
import java.util.List;
import org.immutables.value.Value;

/**
 * Answer of {@code /relation/wxfriends} (seed 004 lines 1056-1061; example lines 1071-1076).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"openids"})
@JsonSerialize(as = ImmutableWxFriendsResponse.class)
@JsonDeserialize(as = ImmutableWxFriendsResponse.class)
public abstract class WxFriendsResponse extends MsdkResponse {
  /**
   * {@code openids}: the friends' openids (line 1060).
   *
   * @return the entries, never null (empty when absent)
   */
  @JsonProperty("openids")
  public abstract List<String> openids();
}
