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
 * Body of {@code POST /auth/verify_login}: checks a mobile-QQ login and whether its access token
 * has expired (seed 004 lines 65-94, "모바일QQ 서명 권한"). Every field of the seed's table (lines
 * 73-78) is required; {@code appid} is a JSON number ({@code "appid": xxxxxxxxxxx}, line 88).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "openkey", "userip"})
@JsonSerialize(as = ImmutableVerifyLoginRequest.class)
@JsonDeserialize(as = ImmutableVerifyLoginRequest.class)
public abstract class VerifyLoginRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableVerifyLoginRequest.Builder builder() {
    return ImmutableVerifyLoginRequest.builder();
  }

  /**
   * {@code appid} (int): the app's unique id on the QQ open platform (line 75).
   *
   * @return the appid
   */
  @JsonProperty("appid")
  public abstract long appid();

  /**
   * {@code openid} (string): the user's unique id on the QQ platform (line 76).
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code openkey} (string): the authorization, that is the access_token (line 77). Never printed.
   *
   * @return the token
   */
  @JsonProperty("openkey")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret openkey();

  /**
   * {@code userip} (string): the user's client IP (line 78).
   *
   * @return the IP address
   */
  @JsonProperty("userip")
  public abstract String userip();

  @Value.Check
  void check() {
    Checks.positive(appid(), "appid");
    Checks.notBlank(openid(), "openid");
    Checks.ipAddress(userip(), "userip");
  }
}
