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
 * Body of {@code POST /relation/join_groupv2}: a guild member joins the guild's QQ group (seed 004
 * lines 593-646; table lines 598-617, example lines 629-638). The table lists {@code openid}; the
 * example leaves it out (the user is already in the URL's {@code openid}), so it is optional here.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "appid", "openid", "accessToken", "guild_id", "zone_id", "gc", "platid", "roleid", "partition",
  "user_zone_id", "user_label", "nick_name", "type", "areaid", "ip", "port"
})
@JsonSerialize(as = ImmutableJoinGroupv2Request.class)
@JsonDeserialize(as = ImmutableJoinGroupv2Request.class)
public abstract class JoinGroupv2Request implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableJoinGroupv2Request.Builder builder() {
    return ImmutableJoinGroupv2Request.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 600).
   *
   * @return the value
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player, "플레이어 고유 표식" (line 601).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 602).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code guild_id} (string): the guild id (line 603).
   *
   * @return the value
   */
  @JsonProperty("guild_id")
  public abstract String guildId();

  /**
   * {@code zone_id} (string): the zone (server) id (line 604).
   *
   * @return the value
   */
  @JsonProperty("zone_id")
  public abstract String zoneId();

  /**
   * {@code gc} (string): the group number (line 605).
   *
   * @return the value
   */
  @JsonProperty("gc")
  public abstract String gc();

  /**
   * {@code platid} (string): the platform id (1 Android, 2 iOS) (line 606).
   *
   * @return the value
   */
  @JsonProperty("platid")
  public abstract String platid();

  /**
   * {@code roleid} (string): the role id (line 607).
   *
   * @return the value
   */
  @JsonProperty("roleid")
  public abstract String roleid();

  /**
   * {@code partition} (string): (small) zone id, "입력하지 않아도 되며, 현재 이용되지 않습니다": not used at present
   * (line 608).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("partition")
  @Nullable
  public abstract String partition();

  /**
   * {@code user_zone_id} (string): the user's own zone id when it differs from the guild's;
   * optional (line 609).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("user_zone_id")
  @Nullable
  public abstract String userZoneId();

  /**
   * {@code user_label} (string): the group card, format {@code [YYYY] ZZZZ} (game data, in-game
   * nickname); left out, the card is not changed (line 610).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("user_label")
  @Nullable
  public abstract String userLabel();

  /**
   * {@code nick_name} (string): the user's nickname; optional (line 611).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("nick_name")
  @Nullable
  public abstract String nickName();

  /**
   * {@code type} (string): what is bound: 0 guild (or absent), 1 team, 2 event (line 612).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("type")
  @Nullable
  public abstract UnionType type();

  /**
   * {@code areaid} (string): test environment only: the game's big-zone id (1 QQ, 2 WeChat);
   * optional (line 613).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("areaid")
  @Nullable
  public abstract String areaid();

  /**
   * {@code ip} (string): test environment only: the game's IDIP address; optional (line 614).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("ip")
  @Nullable
  public abstract String ip();

  /**
   * {@code port} (string): test environment only: the game's IDIP port; optional (line 615).
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
