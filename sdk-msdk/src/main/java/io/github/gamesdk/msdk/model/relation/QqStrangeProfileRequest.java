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
import java.util.List;
import org.immutables.value.Value;

/**
 * Body of {@code POST /relation/qqstrange_profile}: profiles of strangers (friends included) who
 * play the same game, for "people nearby" features (seed 004 lines 340-395; table lines 347-352,
 * example lines 373-378). The example sends {@code appid} as the bare number {@code 100732256}
 * (line 374); the table types it a string (line 349), which is what is sent: the server answers
 * {@code -1011} to a wrong type, and every other relation call sends it as a string.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "accessToken", "vcopenid"})
@JsonSerialize(as = ImmutableQqStrangeProfileRequest.class)
@JsonDeserialize(as = ImmutableQqStrangeProfileRequest.class)
public abstract class QqStrangeProfileRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQqStrangeProfileRequest.Builder builder() {
    return ImmutableQqStrangeProfileRequest.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 349).
   *
   * @return the value
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the user, "사용자 고유 표식" (line 350).
   *
   * @return the value
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 351).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code vcopenid} (array): the openids of the strangers to look up, e.g. {@code
   * ["${openid}","${openid1}"]} (line 352).
   *
   * @return the entries, never null (empty when absent)
   */
  @JsonProperty("vcopenid")
  public abstract List<String> vcopenid();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(openid(), "openid");
    Checks.count(vcopenid(), 1, Integer.MAX_VALUE, "vcopenid");
  }
}
