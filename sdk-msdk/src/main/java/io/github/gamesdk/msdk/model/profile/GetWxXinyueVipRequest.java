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
 * Query parameters of {@code GET /profile/get_wx_xinyue_vip}: the WeChat core player's level
 * (seed 004 lines 1641-1665). A GET call: every field goes in the query string, as in the example
 * URL (line 1661). The table's {@code appid} (line 1649) is the fixed {@code appid} query
 * parameter the client always sends, so it is not repeated here; the player is the {@code openid}
 * query parameter.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"access_token", "serial"})
@JsonSerialize(as = ImmutableGetWxXinyueVipRequest.class)
@JsonDeserialize(as = ImmutableGetWxXinyueVipRequest.class)
public abstract class GetWxXinyueVipRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGetWxXinyueVipRequest.Builder builder() {
    return ImmutableGetWxXinyueVipRequest.builder();
  }

  /**
   * {@code access_token}: the login state (line 1650). Never printed.
   *
   * @return the token
   */
  @JsonProperty("access_token")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code serial}: a serial number, echoed back; the seed recommends {@code
   * operation_YYYYMMDD_HHMMSS_xxxxxx} (6 random digits) (line 1651), for example {@code
   * MSDK_20180327_181625_123456}.
   *
   * @return the serial number
   */
  @JsonProperty("serial")
  public abstract String serial();

  @Value.Check
  void check() {
    Checks.notBlank(accessToken().reveal(), "access_token");
    Checks.notBlank(serial(), "serial");
  }
}
