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
 * Body of {@code POST /profile/subscribe_getlist}: the WeChat subscription messages and whether the player subscribed to each (seed 004 line 1905). Table lines 1912-1914, all strings; example
 * body lines 1940-1944.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "accessToken"})
@JsonSerialize(as = ImmutableSubscribeGetlistRequest.class)
@JsonDeserialize(as = ImmutableSubscribeGetlistRequest.class)
public abstract class SubscribeGetlistRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableSubscribeGetlistRequest.Builder builder() {
    return ImmutableSubscribeGetlistRequest.builder();
  }

  /**
   * {@code appid} (string): the game's id.
   *
   * @return the appid
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player.
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state. Never printed.
   *
   * @return the token
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(openid(), "openid");
    Checks.notBlank(accessToken().reveal(), "accessToken");
  }
}
