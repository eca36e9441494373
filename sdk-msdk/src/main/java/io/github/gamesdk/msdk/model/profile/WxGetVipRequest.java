package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.internal.SecretJson;
import io.github.gamesdk.msdk.model.MsdkRequest;
import org.immutables.value.Value;

/**
 * Body of {@code POST /profile/wxget_vip}: the WeChat privileges of the player and of the friends
 * who play the same game (seed 004 lines 1667-1742). Table lines 1674-1677, example body lines
 * 1710-1717.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "accessToken", "json"})
@JsonSerialize(as = ImmutableWxGetVipRequest.class)
@JsonDeserialize(as = ImmutableWxGetVipRequest.class)
public abstract class WxGetVipRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxGetVipRequest.Builder builder() {
    return ImmutableWxGetVipRequest.builder();
  }

  /**
   * {@code appid} (string): the game's id (line 1674).
   *
   * @return the appid
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player (line 1675).
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state (line 1676). Never printed.
   *
   * @return the token
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code json}: the query, {@code {"optype":1}} unless set (line 1677).
   *
   * @return the query
   */
  @JsonProperty("json")
  @Value.Default
  public WxVipQuery json() {
    return WxVipQuery.sameGameFriends();
  }

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(openid(), "openid");
    Checks.notBlank(accessToken().reveal(), "accessToken");
  }
}
