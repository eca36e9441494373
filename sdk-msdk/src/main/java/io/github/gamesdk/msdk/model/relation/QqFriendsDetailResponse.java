package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.MsdkResponse;
import java.util.List;
import org.immutables.value.Value;

/**
 * Answer of {@code /relation/qqfriends_detail} (seed 004 lines 255-262; example lines 279-298).
 * The table lists {@code closefriend_lists} next to {@code extinfo}; the example (lines 290-295)
 * puts it inside {@code extinfo}, which is how it is read. {@code lists} is also read under the
 * name {@code list} (DESIGN §6) and written {@code lists} as in the example.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"lists", "extinfo", "is_lost"})
@JsonSerialize(as = ImmutableQqFriendsDetailResponse.class)
@JsonDeserialize(as = ImmutableQqFriendsDetailResponse.class)
public abstract class QqFriendsDetailResponse extends MsdkResponse {
  /**
   * {@code lists}: the friends who play the same game (line 259).
   *
   * @return the entries, never null (empty when absent)
   */
  @JsonProperty("lists")
  @JsonAlias({"list"})
  public abstract List<QqGameFriend> lists();

  /**
   * {@code extinfo}: the close friends, when {@code closefriends_flag} was 1 (line 261).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("extinfo")
  @Nullable
  public abstract QqCloseFriends extinfo();

  /**
   * {@code is_lost}: "1" when the platform served degraded data that must not be cached; the seed
   * types it a string, a bare number is read too (line 260).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_lost")
  @Nullable
  public abstract String isLost();
}
