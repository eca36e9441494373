package io.github.gamesdk.msdk.model.profile;

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
 * Body of {@code POST /profile/wxget_eliteinfo}: whether the player is a WeChat elite or a game
 * elite (seed 004 lines 2061-2093). The table (lines 2068-2070) lists {@code appid}, {@code
 * openid} and {@code accessToken}; the example (lines 2082-2084) sends {@code accessToken} only.
 * {@code appid} and {@code openid} are therefore optional here, as in the example; {@code
 * accessToken} is required.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "accessToken"})
@JsonSerialize(as = ImmutableWxGetEliteinfoRequest.class)
@JsonDeserialize(as = ImmutableWxGetEliteinfoRequest.class)
public abstract class WxGetEliteinfoRequest implements MsdkRequest {
  /**
   * A request with the token only, as in the example.
   *
   * @param accessToken the token
   * @return the request
   */
  public static WxGetEliteinfoRequest of(Secret accessToken) {
    return ImmutableWxGetEliteinfoRequest.builder().accessToken(accessToken).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxGetEliteinfoRequest.Builder builder() {
    return ImmutableWxGetEliteinfoRequest.builder();
  }

  /**
   * {@code appid} (string): the game's id (line 2068).
   *
   * @return the appid, or {@code null} to leave it out
   */
  @JsonProperty("appid")
  @Nullable
  public abstract String appid();

  /**
   * {@code openid} (string): the player (line 2069).
   *
   * @return the openid, or {@code null} to leave it out
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state (line 2070). Never printed.
   *
   * @return the token
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  @Value.Check
  void check() {
    if (appid() != null) {
      Checks.notBlank(appid(), "appid");
    }
    if (openid() != null) {
      Checks.notBlank(openid(), "openid");
    }
    Checks.notBlank(accessToken().reveal(), "accessToken");
  }
}
