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
 * Query parameters of {@code GET /profile/get_xinyue_super}: the core "super R" player level
 * (seed 004 lines 1614-1640). A GET call: every field goes in the query string, as in the example
 * URL (line 1636). The table's {@code appid} (line 1622) is the fixed {@code appid} query
 * parameter the client always sends, so it is not repeated here; the player is the {@code openid}
 * query parameter. The table gives no types; the example sends {@code access_type=1}.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"access_type", "access_token", "trace_id"})
@JsonSerialize(as = ImmutableGetXinyueSuperRequest.class)
@JsonDeserialize(as = ImmutableGetXinyueSuperRequest.class)
public abstract class GetXinyueSuperRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGetXinyueSuperRequest.Builder builder() {
    return ImmutableGetXinyueSuperRequest.builder();
  }

  /**
   * {@code access_type}: 1 mobile-QQ login, 2 WeChat login (line 1624).
   *
   * @return the login kind
   */
  @JsonProperty("access_type")
  public abstract XinyueAccessType accessType();

  /**
   * {@code access_token}: the login state (line 1623). Never printed.
   *
   * @return the token
   */
  @JsonProperty("access_token")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code trace_id}: a unique serial number of the call, echoed back; the seed recommends {@code
   * operation-openid-YYYYMMDDHHMMSS-xxxxxx} (6 random digits) (line 1625), for example {@code
   * msdkdemo-E1FBBD6FCDC5D68B47A376FBE041D181-20180116155309-123456}.
   *
   * @return the serial number
   */
  @JsonProperty("trace_id")
  public abstract String traceId();

  @Value.Check
  void check() {
    Checks.notBlank(accessToken().reveal(), "access_token");
    Checks.notBlank(traceId(), "trace_id");
  }
}
