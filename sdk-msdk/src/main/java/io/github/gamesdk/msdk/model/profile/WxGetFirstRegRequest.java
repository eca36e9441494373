package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.internal.SecretJson;
import io.github.gamesdk.msdk.model.MsdkRequest;
import org.immutables.value.Value;

/**
 * Body of {@code POST /profile/wxget_first_reg}: the WeChat player's first-login flag after real-name
 * registration (seed 004 line 1744). The table has one field, {@code accessToken} (line 1751);
 * the player is the {@code openid} query parameter. Example body lines 1765-1767.
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableWxGetFirstRegRequest.class)
@JsonDeserialize(as = ImmutableWxGetFirstRegRequest.class)
public abstract class WxGetFirstRegRequest implements MsdkRequest {
  /**
   * A request with the player's token.
   *
   * @param accessToken the token
   * @return the request
   */
  public static WxGetFirstRegRequest of(Secret accessToken) {
    return ImmutableWxGetFirstRegRequest.builder().accessToken(accessToken).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxGetFirstRegRequest.Builder builder() {
    return ImmutableWxGetFirstRegRequest.builder();
  }

  /**
   * {@code accessToken} (string): "등록 상태", the login state (line 1751). Never printed.
   *
   * @return the token
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  @Value.Check
  void check() {
    Checks.notBlank(accessToken().reveal(), "accessToken");
  }
}
