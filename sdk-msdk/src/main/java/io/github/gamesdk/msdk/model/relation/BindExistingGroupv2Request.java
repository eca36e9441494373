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
 * Body of {@code POST /relation/bind_existing_groupv2}: the guild leader binds the guild to a QQ
 * group they created (seed 004 lines 740-789; table lines 745-760, example lines 772-781). The
 * example leaves out {@code group_name} (line 753) and sends {@code partition}, which the table
 * does not list: both are optional here. The table lists {@code openid}; the example leaves it out
 * (the user is already in the URL's {@code openid}), so it is optional here.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "appid", "openid", "accessToken", "guild_id", "zone_id", "gc", "group_name", "partition",
  "platid", "roleid", "user_zone_id", "type", "areaid", "ip", "port"
})
@JsonSerialize(as = ImmutableBindExistingGroupv2Request.class)
@JsonDeserialize(as = ImmutableBindExistingGroupv2Request.class)
public abstract class BindExistingGroupv2Request implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableBindExistingGroupv2Request.Builder builder() {
    return ImmutableBindExistingGroupv2Request.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 747).
   *
   * @return the value
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player, "플레이어 고유 표식" (line 748).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 749).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code guild_id} (string): the guild id (line 750).
   *
   * @return the value
   */
  @JsonProperty("guild_id")
  public abstract String guildId();

  /**
   * {@code zone_id} (string): the zone (server) id (line 751).
   *
   * @return the value
   */
  @JsonProperty("zone_id")
  public abstract String zoneId();

  /**
   * {@code gc} (string): the group number (line 752).
   *
   * @return the value
   */
  @JsonProperty("gc")
  public abstract String gc();

  /**
   * {@code group_name} (string): the group name (line 753).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("group_name")
  @Nullable
  public abstract String groupName();

  /**
   * {@code partition} (string): the (small) zone id; not in the table, sent by the example (line
   * 777) (line 777).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("partition")
  @Nullable
  public abstract String partition();

  /**
   * {@code platid} (string): the platform id (line 754).
   *
   * @return the value
   */
  @JsonProperty("platid")
  public abstract String platid();

  /**
   * {@code roleid} (string): the role id (line 755).
   *
   * @return the value
   */
  @JsonProperty("roleid")
  public abstract String roleid();

  /**
   * {@code user_zone_id} (string): the user's own zone id when it differs from the guild's;
   * optional (line 756).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("user_zone_id")
  @Nullable
  public abstract String userZoneId();

  /**
   * {@code type} (string): what is bound: 0 guild (or absent), 1 team, 2 event (line 757).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("type")
  @Nullable
  public abstract UnionType type();

  /**
   * {@code areaid} (string): test environment only: the game's big-zone id (1 QQ, 2 WeChat);
   * optional (line 758).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("areaid")
  @Nullable
  public abstract String areaid();

  /**
   * {@code ip} (string): test environment only: the game's IDIP address; optional (line 759).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("ip")
  @Nullable
  public abstract String ip();

  /**
   * {@code port} (string): test environment only: the game's IDIP port; optional (line 760).
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
    Checks.notBlank(gc(), "gc");
    Checks.notBlank(platid(), "platid");
    Checks.notBlank(roleid(), "roleid");
  }
}
