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
 * Body of {@code POST /relation/remind_leader_bindv2}: a guild member asks the leader, through the
 * "QQ 모바일 게임" public account, to bind the guild to a QQ group; one reminder a day (seed 004 lines
 * 791-842; table lines 796-813). The example (lines 825-834) is a copy of the {@code
 * bind_existing_groupv2} example: it sends {@code gc} and {@code partition}, which the table does
 * not list (kept optional here), and lacks {@code rolename}, {@code leaderOpenid} and {@code
 * leaderRoleid}, which the message and its receiver need (required here, as in the table). The
 * table lists {@code openid}; the example leaves it out (the user is already in the URL's {@code
 * openid}), so it is optional here.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "appid", "openid", "accessToken", "guild_id", "zone_id", "gc", "partition", "platid", "roleid",
  "rolename", "user_zone_id", "type", "leaderOpenid", "leaderRoleid", "leaderZoneid", "areaid",
  "ip", "port"
})
@JsonSerialize(as = ImmutableRemindLeaderBindv2Request.class)
@JsonDeserialize(as = ImmutableRemindLeaderBindv2Request.class)
public abstract class RemindLeaderBindv2Request implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableRemindLeaderBindv2Request.Builder builder() {
    return ImmutableRemindLeaderBindv2Request.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 798).
   *
   * @return the value
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player, "플레이어 고유 표식" (line 799).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 800).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code guild_id} (string): the guild id (line 801).
   *
   * @return the value
   */
  @JsonProperty("guild_id")
  public abstract String guildId();

  /**
   * {@code zone_id} (string): the zone (server) id (line 802).
   *
   * @return the value
   */
  @JsonProperty("zone_id")
  public abstract String zoneId();

  /**
   * {@code gc} (string): the group number; not in the table, sent by the example (line 829) (line
   * 829).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("gc")
  @Nullable
  public abstract String gc();

  /**
   * {@code partition} (string): the (small) zone id; not in the table, sent by the example (line
   * 830) (line 830).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("partition")
  @Nullable
  public abstract String partition();

  /**
   * {@code platid} (string): the platform id (line 803).
   *
   * @return the value
   */
  @JsonProperty("platid")
  public abstract String platid();

  /**
   * {@code roleid} (string): the role id (line 804).
   *
   * @return the value
   */
  @JsonProperty("roleid")
  public abstract String roleid();

  /**
   * {@code rolename} (string): the role name, used in the message text (line 805).
   *
   * @return the value
   */
  @JsonProperty("rolename")
  public abstract String rolename();

  /**
   * {@code user_zone_id} (string): the user's own zone id when it differs from the guild's;
   * optional (line 806).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("user_zone_id")
  @Nullable
  public abstract String userZoneId();

  /**
   * {@code type} (string): what is bound: 0 guild (or absent), 1 team, 2 event (line 807).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("type")
  @Nullable
  public abstract UnionType type();

  /**
   * {@code leaderOpenid} (string): the guild leader's openid (line 808).
   *
   * @return the value
   */
  @JsonProperty("leaderOpenid")
  public abstract String leaderOpenid();

  /**
   * {@code leaderRoleid} (string): the guild leader's role id (line 809).
   *
   * @return the value
   */
  @JsonProperty("leaderRoleid")
  public abstract String leaderRoleid();

  /**
   * {@code leaderZoneid} (string): the leader's zone id when it differs from the guild's; optional
   * (line 810).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("leaderZoneid")
  @Nullable
  public abstract String leaderZoneid();

  /**
   * {@code areaid} (string): test environment only: the game's big-zone id (1 QQ, 2 WeChat);
   * optional (line 811).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("areaid")
  @Nullable
  public abstract String areaid();

  /**
   * {@code ip} (string): test environment only: the game's IDIP address; optional (line 812).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("ip")
  @Nullable
  public abstract String ip();

  /**
   * {@code port} (string): test environment only: the game's IDIP port; optional (line 813).
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
    Checks.notBlank(rolename(), "rolename");
    Checks.notBlank(leaderOpenid(), "leaderOpenid");
    Checks.notBlank(leaderRoleid(), "leaderRoleid");
  }
}
