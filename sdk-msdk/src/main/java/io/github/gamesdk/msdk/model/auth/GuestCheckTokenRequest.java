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
 * Body of {@code POST /auth/guest_check_token}: authorizes a guest-mode user (seed 004 lines
 * 123-147, "게스트 서명 권한"). Both fields of the table (lines 130-133) are required. The seed's
 * example sends it with the guest appid and openid ({@code G_100703379}, {@code G_oGRT...}) in the
 * URL (line 138).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"accessToken", "guestid"})
@JsonSerialize(as = ImmutableGuestCheckTokenRequest.class)
@JsonDeserialize(as = ImmutableGuestCheckTokenRequest.class)
public abstract class GuestCheckTokenRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGuestCheckTokenRequest.Builder builder() {
    return ImmutableGuestCheckTokenRequest.builder();
  }

  /**
   * {@code guestid} (string): the guest's unique id (line 132), {@code G_...} in the example.
   *
   * @return the guest id
   */
  @JsonProperty("guestid")
  public abstract String guestid();

  /**
   * {@code accessToken} (string): "등록 상태", the guest's token (line 133). Never printed.
   *
   * @return the token
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  @Value.Check
  void check() {
    Checks.notBlank(guestid(), "guestid");
  }
}
