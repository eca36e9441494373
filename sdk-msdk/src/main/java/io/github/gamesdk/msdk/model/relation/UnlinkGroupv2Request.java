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
 * Body of {@code POST /relation/unlink_groupv2}: unbinds the guild from its QQ group (seed 004
 * lines 648-699; table lines 657-671, example lines 683-691). {@code platid} and {@code roleid}
 * "비어 있으면 안 됩니다", must not be empty (lines 664-665). The table lists {@code openid}; the example
 * leaves it out (the user is already in the URL's {@code openid}), so it is optional here.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "appid", "openid", "accessToken", "guild_id", "zone_id", "platid", "roleid", "guild_name",
  "user_zone_id", "type", "areaid", "ip", "port"
})
@JsonSerialize(as = ImmutableUnlinkGroupv2Request.class)
@JsonDeserialize(as = ImmutableUnlinkGroupv2Request.class)
public abstract class UnlinkGroupv2Request implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableUnlinkGroupv2Request.Builder builder() {
    return ImmutableUnlinkGroupv2Request.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 659).
   *
   * @return the value
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player, "플레이어 고유 표식" (line 660).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 661).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code guild_id} (string): the guild id (line 662).
   *
   * @return the value
   */
  @JsonProperty("guild_id")
  public abstract String guildId();

  /**
   * {@code zone_id} (string): the zone (server) id (line 663).
   *
   * @return the value
   */
  @JsonProperty("zone_id")
  public abstract String zoneId();

  /**
   * {@code platid} (string): the platform id (1 Android, 2 iOS), not empty (line 664).
   *
   * @return the value
   */
  @JsonProperty("platid")
  public abstract String platid();

  /**
   * {@code roleid} (string): the role id, not empty (line 665).
   *
   * @return the value
   */
  @JsonProperty("roleid")
  public abstract String roleid();

  /**
   * {@code guild_name} (string): the guild name (line 666).
   *
   * @return the value
   */
  @JsonProperty("guild_name")
  public abstract String guildName();

  /**
   * {@code user_zone_id} (string): the user's own zone id when it differs from the guild's;
   * optional (line 667).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("user_zone_id")
  @Nullable
  public abstract String userZoneId();

  /**
   * {@code type} (string): what is bound: 0 guild (or absent), 1 team, 2 event (line 668).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("type")
  @Nullable
  public abstract UnionType type();

  /**
   * {@code areaid} (string): test environment only: the game's big-zone id (1 QQ, 2 WeChat);
   * optional (line 669).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("areaid")
  @Nullable
  public abstract String areaid();

  /**
   * {@code ip} (string): test environment only: the game's IDIP address; optional (line 670).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("ip")
  @Nullable
  public abstract String ip();

  /**
   * {@code port} (string): test environment only: the game's IDIP port; optional (line 671).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("port")
  @Nullable
  public abstract String port();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(guildId(), "guild_id");
    Checks.notBlank(zoneId(), "zone_id");
    Checks.notBlank(platid(), "platid");
    Checks.notBlank(roleid(), "roleid");
    Checks.notBlank(guildName(), "guild_name");
  }
}
