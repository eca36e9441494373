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
 * Body of {@code POST /profile/qqget_first_reg}: the mobile QQ player's first-login flag after real-name
 * registration (seed 004 line 1338). The table has one field, {@code accessToken} (line 1345);
 * the player is the {@code openid} query parameter. Example body lines 1359-1361.
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableQqGetFirstRegRequest.class)
@JsonDeserialize(as = ImmutableQqGetFirstRegRequest.class)
public abstract class QqGetFirstRegRequest implements MsdkRequest {
  /**
   * A request with the player's token.
   *
   * @param accessToken the token
   * @return the request
   */
  public static QqGetFirstRegRequest of(Secret accessToken) {
    return ImmutableQqGetFirstRegRequest.builder().accessToken(accessToken).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQqGetFirstRegRequest.Builder builder() {
    return ImmutableQqGetFirstRegRequest.builder();
  }

  /**
   * {@code accessToken} (string): "등록 상태", the login state (line 1345). Never printed.
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
