package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.internal.SecretJson;
import io.github.gamesdk.msdk.model.MsdkRequest;
import org.immutables.value.Value;

/**
 * Body of {@code POST /relation/qq_unreg_friends}: mobile-QQ friends who have not registered in
 * the app (seed 004 lines 300-338; table lines 306-309, example lines 323-326). Only for a game
 * that already reports scores ({@code /profile/qqscore_batch}, line 302). {@code count} is at most
 * 20 (line 309: "20명 초과 불가").
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"accessToken", "count"})
@JsonSerialize(as = ImmutableQqUnregFriendsRequest.class)
@JsonDeserialize(as = ImmutableQqUnregFriendsRequest.class)
public abstract class QqUnregFriendsRequest implements MsdkRequest {
  /** Most friends per call: {@code count} "20명 초과 불가" (line 309). */
  public static final int MAX_COUNT = 20;

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQqUnregFriendsRequest.Builder builder() {
    return ImmutableQqUnregFriendsRequest.builder();
  }

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 308).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code count} (int): how many friends to fetch, at most 20, 20 recommended (line 309).
   *
   * @return the value
   */
  @JsonProperty("count")
  public abstract int count();

  @Value.Check
  void check() {
    if (count() < 1 || count() > MAX_COUNT) {
      throw new InvalidRequestException("count", "between 1 and " + MAX_COUNT + ", was " + count());
    }
  }
}
