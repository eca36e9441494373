package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.internal.SecretJson;
import io.github.gamesdk.msdk.model.MsdkRequest;
import org.immutables.value.Value;

/**
 * Body of {@code POST /relation/qqfriends_detail}: the details of the user's QQ friends who play
 * the same game (seed 004 lines 242-298; table lines 247-253, example lines 272-278). {@code flag}
 * and {@code closefriends_flag} are optional: the table gives what happens when they are empty or
 * hold another value ("다른 값은 무효이며 현재 로직 사용", line 252; "기본은 공백 또는 0", line 253).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "accessToken", "flag", "closefriends_flag"})
@JsonSerialize(as = ImmutableQqFriendsDetailRequest.class)
@JsonDeserialize(as = ImmutableQqFriendsDetailRequest.class)
public abstract class QqFriendsDetailRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQqFriendsDetailRequest.Builder builder() {
    return ImmutableQqFriendsDetailRequest.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 249).
   *
   * @return the value
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the user, "사용자 고유 표식" (line 250).
   *
   * @return the value
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 251).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code flag} (int): 1: the chain without the user, 2: the chain with the user (line 252).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("flag")
  @Nullable
  public abstract FriendsFlag flag();

  /**
   * {@code closefriends_flag} (int): 1 also returns the close friends, 0 or absent does not (line
   * 253).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("closefriends_flag")
  @Nullable
  public abstract Integer closefriendsFlag();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(openid(), "openid");
    if (closefriendsFlag() != null) {
      Checks.oneOf(closefriendsFlag(), "closefriends_flag", 0, 1);
    }
  }
}
