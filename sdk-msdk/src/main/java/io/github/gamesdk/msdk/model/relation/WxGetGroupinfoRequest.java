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
 * Body of {@code POST /relation/wxget_groupinfo}: which of the given users are in the guild's
 * WeChat group (seed 004 lines 1128-1166; table lines 1133-1139, example lines 1153-1159). {@code
 * openidlist} is comma-separated (line 1139); {@link #joinOpenids} builds it.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "accessToken", "groupid", "openidlist"})
@JsonSerialize(as = ImmutableWxGetGroupinfoRequest.class)
@JsonDeserialize(as = ImmutableWxGetGroupinfoRequest.class)
public abstract class WxGetGroupinfoRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxGetGroupinfoRequest.Builder builder() {
    return ImmutableWxGetGroupinfoRequest.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 1135).
   *
   * @return the value
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player, "플레이어 고유 표식" (line 1136).
   *
   * @return the value
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 1137).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code groupid} (string): the guild id (line 1138).
   *
   * @return the value
   */
  @JsonProperty("groupid")
  public abstract String groupid();

  /**
   * {@code openidlist} (string): the members to check, comma-separated (line 1139).
   *
   * @return the value
   */
  @JsonProperty("openidlist")
  public abstract String openidlist();

  /**
   * Builds {@code openidlist}: the openids joined with commas (line 1139).
   *
   * @param openids the openids
   * @return the comma-separated list
   */
  public static String joinOpenids(Iterable<String> openids) {
    return String.join(",", openids);
  }

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(openid(), "openid");
    Checks.notBlank(groupid(), "groupid");
    Checks.notBlank(openidlist(), "openidlist");
  }
}
