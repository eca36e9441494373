package io.github.gamesdk.msdk.model.profile;

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
 * Body of {@code POST /profile/query_vip}: a QQ account's VIP information (seed 004 lines
 * 1371-1447). Table lines 1378-1381, example body lines 1403-1408. {@code vip} is a mask of
 * {@link VipFlag} bits; only documented bits may be set, at least one ("요청 시에 관련 표식자만
 * 입력하십시오", line 1381). An answer whose {@code msg} holds {@code oidb decode0x5e1 failed,
 * ret:116} means the token expired or the openid is invalid: re-authorize (MSDK wiki §2.4.2.3;
 * {@code MsdkErrorDetail} classifies it as {@code REAUTHORIZE}).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "vip", "accessToken"})
@JsonSerialize(as = ImmutableQueryVipRequest.class)
@JsonDeserialize(as = ImmutableQueryVipRequest.class)
public abstract class QueryVipRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQueryVipRequest.Builder builder() {
    return ImmutableQueryVipRequest.builder();
  }

  /**
   * {@code appid} (string): the game's id (line 1378), {@code "100703379"} in the example.
   *
   * @return the appid
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player (line 1379).
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code vip} (int): the kinds asked for, {@link VipFlag} bits or-ed together (line 1381); see
   * {@link VipFlag#mask}.
   *
   * @return the mask
   */
  @JsonProperty("vip")
  public abstract int vip();

  /**
   * {@code accessToken} (string): the login state (line 1380). Never printed.
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
    InvalidRequestException.check(
        vip() != 0 && (vip() & ~VipFlag.ALL_BITS) == 0,
        "vip",
        "must be a non-empty mask of the documented bits 0x01|0x02|0x04|0x08|0x10|0x40|0x80|0x100|0x200"
            + " (seed 004 line 1381), was " + vip());
  }
}
