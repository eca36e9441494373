package io.github.gamesdk.msdk.model.relation;

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
 * Body of {@code POST /relation/qqprofile}: the user's basic QQ account information (seed 004
 * lines 195-240; table lines 200-204, example lines 222-227).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "accessToken"})
@JsonSerialize(as = ImmutableQqProfileRequest.class)
@JsonDeserialize(as = ImmutableQqProfileRequest.class)
public abstract class QqProfileRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQqProfileRequest.Builder builder() {
    return ImmutableQqProfileRequest.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 202).
   *
   * @return the value
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the user, "사용자 고유 표식" (line 203).
   *
   * @return the value
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 204).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(openid(), "openid");
  }
}
