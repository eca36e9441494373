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
import org.immutables.value.Value;

/**
 * Body of {@code POST /relation/get_groupcode}: the QQ group bound to a guild (seed 004 lines
 * 887-932; table lines 892-899, example lines 915-921). The table lists {@code openid}; the
 * example leaves it out (the user is already in the URL's {@code openid}), so it is optional here.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "accessToken", "guild_id", "zone_id", "type"})
@JsonSerialize(as = ImmutableGetGroupcodeRequest.class)
@JsonDeserialize(as = ImmutableGetGroupcodeRequest.class)
public abstract class GetGroupcodeRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGetGroupcodeRequest.Builder builder() {
    return ImmutableGetGroupcodeRequest.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 894).
   *
   * @return the value
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player, "플레이어 고유 표식" (line 895).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 896).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code guild_id} (string): the guild id (line 897).
   *
   * @return the value
   */
  @JsonProperty("guild_id")
  public abstract String guildId();

  /**
   * {@code zone_id} (string): the guild's zone id (line 898).
   *
   * @return the value
   */
  @JsonProperty("zone_id")
  public abstract String zoneId();

  /**
   * {@code type} (string): what is bound: 0 guild (or absent), 1 team, 2 event (line 899).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("type")
  @Nullable
  public abstract UnionType type();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(guildId(), "guild_id");
    Checks.notBlank(zoneId(), "zone_id");
  }
}
