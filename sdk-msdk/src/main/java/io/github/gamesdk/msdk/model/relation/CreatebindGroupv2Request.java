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
 * Body of {@code POST /relation/createbind_groupv2}: the guild leader creates a QQ group and binds
 * it to the guild (seed 004 lines 501-555; table lines 506-526, example lines 537-546). Needs a
 * permission from the platform. The table lists {@code openid}; the example leaves it out (the
 * user is already in the URL's {@code openid}), so it is optional here. {@code platid} is
 * documented as 1 Android, 2 iOS (line 514) but the example sends {@code "1234"}, so any non-blank
 * text is accepted.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "appid", "openid", "accessToken", "guild_id", "zone_id", "guild_name", "platid", "roleid",
  "partition", "user_zone_id", "user_label", "nick_name", "type", "areaid", "ip", "port"
})
@JsonSerialize(as = ImmutableCreatebindGroupv2Request.class)
@JsonDeserialize(as = ImmutableCreatebindGroupv2Request.class)
public abstract class CreatebindGroupv2Request implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableCreatebindGroupv2Request.Builder builder() {
    return ImmutableCreatebindGroupv2Request.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 508).
   *
   * @return the value
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player, "플레이어 고유 표식" (line 509).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 510).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code guild_id} (string): the guild id (line 511).
   *
   * @return the value
   */
  @JsonProperty("guild_id")
  public abstract String guildId();

  /**
   * {@code zone_id} (string): the zone (server) id (line 512).
   *
   * @return the value
   */
  @JsonProperty("zone_id")
  public abstract String zoneId();

  /**
   * {@code guild_name} (string): the guild name (line 513).
   *
   * @return the value
   */
  @JsonProperty("guild_name")
  public abstract String guildName();

  /**
   * {@code platid} (string): the platform id (1 Android, 2 iOS) (line 514).
   *
   * @return the value
   */
  @JsonProperty("platid")
  public abstract String platid();

  /**
   * {@code roleid} (string): the role id (line 515).
   *
   * @return the value
   */
  @JsonProperty("roleid")
  public abstract String roleid();

  /**
   * {@code partition} (string): (small) zone id, "입력하지 않아도 되며, 현재 이용되지 않습니다": not used at present
   * (line 516).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("partition")
  @Nullable
  public abstract String partition();

  /**
   * {@code user_zone_id} (string): the user's own zone id when it differs from the guild's;
   * optional (line 517).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("user_zone_id")
  @Nullable
  public abstract String userZoneId();

  /**
   * {@code user_label} (string): the group card, format {@code [YYYY] ZZZZ} (game data, in-game
   * nickname); left out, the card is not changed (line 518).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("user_label")
  @Nullable
  public abstract String userLabel();

  /**
   * {@code nick_name} (string): the user's nickname; optional (line 519).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("nick_name")
  @Nullable
  public abstract String nickName();

  /**
   * {@code type} (string): what is bound: 0 guild (or absent), 1 team, 2 event (line 520).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("type")
  @Nullable
  public abstract UnionType type();

  /**
   * {@code areaid} (string): test environment only: the game's big-zone id (1 QQ, 2 WeChat);
   * optional (line 521).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("areaid")
  @Nullable
  public abstract String areaid();

  /**
   * {@code ip} (string): test environment only: the game's IDIP address; optional (line 522).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("ip")
  @Nullable
  public abstract String ip();

  /**
   * {@code port} (string): test environment only: the game's IDIP port; optional (line 523).
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
    Checks.notBlank(guildName(), "guild_name");
    Checks.notBlank(platid(), "platid");
    Checks.notBlank(roleid(), "roleid");
  }
}
