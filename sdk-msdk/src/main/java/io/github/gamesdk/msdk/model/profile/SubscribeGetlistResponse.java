package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.MsdkResponse;
import java.util.List;
import org.immutables.value.Value;

/**
 * Answer of {@code /profile/subscribe_getlist} (seed 004 lines 1915-1934; example lines
 * 1946-1962, whose {@code //} comments are the seed's annotations, not part of the answer).
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableSubscribeGetlistResponse.class)
@JsonDeserialize(as = ImmutableSubscribeGetlistResponse.class)
public abstract class SubscribeGetlistResponse extends MsdkResponse {
  /**
   * {@code subscribeList} (array): the messages (line 1920).
   *
   * @return the messages, empty when none came
   */
  @JsonProperty("subscribeList")
  public abstract List<SubscribeItem> subscribeList();

  /**
   * {@code more} (bool): whether there are more messages (line 1921).
   *
   * @return the flag, or {@code null} when absent
   */
  @JsonProperty("more")
  @Nullable
  public abstract Boolean more();
}
