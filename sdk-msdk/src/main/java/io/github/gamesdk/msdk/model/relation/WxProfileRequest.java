package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.internal.SecretJson;
import io.github.gamesdk.msdk.model.MsdkRequest;
import java.util.List;
import org.immutables.value.Value;

/**
 * Body of {@code POST /relation/wxprofile}: basic profiles of WeChat friends who play the same
 * game, no remark names, no strangers (seed 004 lines 980-1043; table lines 985-990, example lines
 * 1014-1017). Put the user's own openid first to get their Woka privilege (line 990). The example
 * leaves out {@code appid} (line 987): optional here.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "accessToken", "openids"})
@JsonSerialize(as = ImmutableWxProfileRequest.class)
@JsonDeserialize(as = ImmutableWxProfileRequest.class)
public abstract class WxProfileRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxProfileRequest.Builder builder() {
    return ImmutableWxProfileRequest.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 987).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("appid")
  @Nullable
  public abstract String appid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 988).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code openids} (array): the openids to look up; the user's own first for the Woka privilege
   * (line 989).
   *
   * @return the entries, never null (empty when absent)
   */
  @JsonProperty("openids")
  public abstract List<String> openids();

  @Value.Check
  void check() {
    Checks.count(openids(), 1, Integer.MAX_VALUE, "openids");
  }
}
