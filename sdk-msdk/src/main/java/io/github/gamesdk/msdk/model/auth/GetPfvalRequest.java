package io.github.gamesdk.msdk.model.auth;

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
 * Body of {@code POST /auth/get_pfval}: obtains {@code pf} and {@code pfkey} (seed 004 lines
 * 149-190, "pf 및 pfkey 획득"). Every field of the table (lines 155-164) is a string and required,
 * as in the example (lines 176-185).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "appid", "openid", "accessToken", "platform", "regChannel", "os", "installchannel", "offerid"
})
@JsonSerialize(as = ImmutableGetPfvalRequest.class)
@JsonDeserialize(as = ImmutableGetPfvalRequest.class)
public abstract class GetPfvalRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGetPfvalRequest.Builder builder() {
    return ImmutableGetPfvalRequest.builder();
  }

  /**
   * {@code appid} (string): the game's unique id (line 157), {@code "wxcde873f99466f74a"} in the
   * example.
   *
   * @return the appid
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the user's unique id (line 158).
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code accessToken} (string): "등록 상태" — the paytoken for QQ, the access token for WeChat (line
   * 159). Never printed.
   *
   * @return the token
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code platform} (string): the login platform (line 160).
   *
   * @return the platform
   */
  @JsonProperty("platform")
  public abstract PfPlatform platform();

  /**
   * {@code regChannel} (string): the registration channel (line 161), {@code "2002"} in the
   * example.
   *
   * @return the channel
   */
  @JsonProperty("regChannel")
  public abstract String regChannel();

  /**
   * {@code os} (string): the system (line 162).
   *
   * @return the system
   */
  @JsonProperty("os")
  public abstract PfOs os();

  /**
   * {@code installchannel} (string): the installation channel (line 163).
   *
   * @return the channel
   */
  @JsonProperty("installchannel")
  public abstract String installchannel();

  /**
   * {@code offerid} (string): the payment appid (line 164).
   *
   * @return the offer id
   */
  @JsonProperty("offerid")
  public abstract String offerid();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(openid(), "openid");
    Checks.notBlank(regChannel(), "regChannel");
    Checks.notBlank(installchannel(), "installchannel");
    Checks.notBlank(offerid(), "offerid");
  }
}
