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
 * Body of {@code POST /auth/check_token}: checks that a WeChat access token is valid (seed 004
 * lines 96-121, "위챗 서명 권한"). Both fields of the table (lines 104-107) are required.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"accessToken", "openid"})
@JsonSerialize(as = ImmutableCheckTokenRequest.class)
@JsonDeserialize(as = ImmutableCheckTokenRequest.class)
public abstract class CheckTokenRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableCheckTokenRequest.Builder builder() {
    return ImmutableCheckTokenRequest.builder();
  }

  /**
   * {@code openid} (string): the user's unique id in the game (line 106).
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code accessToken} (string): the WeChat access token, "등록 상태" (line 107). Never printed.
   *
   * @return the token
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  @Value.Check
  void check() {
    Checks.notBlank(openid(), "openid");
  }
}
