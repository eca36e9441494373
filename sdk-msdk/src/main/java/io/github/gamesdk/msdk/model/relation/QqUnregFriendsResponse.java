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
 * Answer of {@code /relation/qq_unreg_friends} (seed 004 lines 311-320; example lines 327-338).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"friends"})
@JsonSerialize(as = ImmutableQqUnregFriendsResponse.class)
@JsonDeserialize(as = ImmutableQqUnregFriendsResponse.class)
public abstract class QqUnregFriendsResponse extends MsdkResponse {
  /**
   * {@code friends}: the friends who have not registered in the app (line 315).
   *
   * @return the entries, never null (empty when absent)
   */
  @JsonProperty("friends")
  public abstract List<QqUnregFriend> friends();
}
