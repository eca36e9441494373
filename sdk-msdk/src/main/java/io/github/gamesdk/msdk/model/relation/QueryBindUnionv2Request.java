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
 * Body of {@code POST /relation/query_bind_unionv2}: the guild bound to a QQ group (seed 004 lines
 * 844-885; table lines 849-855, example lines 870-876). The example also sends {@code guild_id}
 * and {@code zone_id}, which the table does not list: optional here. The table lists {@code
 * openid}; the example leaves it out (the user is already in the URL's {@code openid}), so it is
 * optional here.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "accessToken", "guild_id", "zone_id", "gc", "type"})
@JsonSerialize(as = ImmutableQueryBindUnionv2Request.class)
@JsonDeserialize(as = ImmutableQueryBindUnionv2Request.class)
public abstract class QueryBindUnionv2Request implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQueryBindUnionv2Request.Builder builder() {
    return ImmutableQueryBindUnionv2Request.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 851).
   *
   * @return the value
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player, "플레이어 고유 표식" (line 852).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 853).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code guild_id} (string): the guild id; not in the table, sent by the example (line 872) (line
   * 872).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("guild_id")
  @Nullable
  public abstract String guildId();

  /**
   * {@code zone_id} (string): the zone id; not in the table, sent by the example (line 873) (line
   * 873).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("zone_id")
  @Nullable
  public abstract String zoneId();

  /**
   * {@code gc} (string): the group number (line 854).
   *
   * @return the value
   */
  @JsonProperty("gc")
  public abstract String gc();

  /**
   * {@code type} (string): what is bound: 0 guild (or absent), 1 team, 2 event (line 855).
   *
   * @return the value, or {@code null} to leave it out
   */
  @JsonProperty("type")
  @Nullable
  public abstract UnionType type();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(gc(), "gc");
  }
}
