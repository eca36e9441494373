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
 * Answer of {@code /relation/qqfriends_vip} (seed 004 lines 412-417; example lines 434-448).
 * {@code lists} is also read under the name {@code list} (DESIGN §6).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"lists", "is_lost"})
@JsonSerialize(as = ImmutableQqFriendsVipResponse.class)
@JsonDeserialize(as = ImmutableQqFriendsVipResponse.class)
public abstract class QqFriendsVipResponse extends MsdkResponse {
  /**
   * {@code lists}: the membership of each user looked up (line 416).
   *
   * @return the entries, never null (empty when absent)
   */
  @JsonProperty("lists")
  @JsonAlias({"list"})
  public abstract List<QqVipInfo> lists();

  /**
   * {@code is_lost}: "1" when the platform served degraded data that must not be cached; the seed
   * types it a string, a bare number is read too (line 417).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_lost")
  @Nullable
  public abstract String isLost();
}
