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
 * Body of {@code POST /relation/wxfriends}: the openids of the user's WeChat friends who play the
 * same game (seed 004 lines 1045-1076; table lines 1050-1054, example lines 1067-1070). The
 * example leaves out {@code appid}: optional here.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "accessToken", "openid"})
@JsonSerialize(as = ImmutableWxFriendsRequest.class)
@JsonDeserialize(as = ImmutableWxFriendsRequest.class)
public abstract class WxFriendsRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxFriendsRequest.Builder builder() {
    return ImmutableWxFriendsRequest.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 1052).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("appid")
  @Nullable
  public abstract String appid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 1053).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code openid} (string): the user (line 1054).
   *
   * @return the value
   */
  @JsonProperty("openid")
  public abstract String openid();

  @Value.Check
  void check() {
    Checks.notBlank(openid(), "openid");
  }
}
