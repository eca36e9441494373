package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One entry of {@code vipinfo} of {@code /profile/wxget_vip} (seed 004 lines 1686-1704): a user's
 * WeChat privilege. {@code logo_url} and {@code logo_faceurl} are not in use (line 1694).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"openid", "level", "score", "nick", "logo_url", "logo_faceurl"})
@JsonSerialize(as = ImmutableWxVipInfo.class)
@JsonDeserialize(as = ImmutableWxVipInfo.class)
public abstract class WxVipInfo {
  /**
   * {@code openid}: the user (line 1688).
   *
   * @return the openid, or {@code null} when absent
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code level}: the privilege level (line 1689).
   *
   * @return the level, or {@code null} when absent
   */
  @JsonProperty("level")
  @Nullable
  public abstract Integer level();

  /**
   * {@code score}: the score (line 1690).
   *
   * @return the score, or {@code null} when absent
   */
  @JsonProperty("score")
  @Nullable
  public abstract Long score();

  /**
   * {@code nick}: the VIP name, for example {@code VIP1} (line 1691).
   *
   * @return the name, or {@code null} when absent
   */
  @JsonProperty("nick")
  @Nullable
  public abstract String nick();

  /**
   * {@code logo_url}: the VIP logo URL, not in use (lines 1692 and 1694).
   *
   * @return the URL, or {@code null} when absent
   */
  @JsonProperty("logo_url")
  @Nullable
  public abstract String logoUrl();

  /**
   * {@code logo_faceurl}: the VIP logo URL for avatars, not in use (lines 1693-1694).
   *
   * @return the URL, or {@code null} when absent
   */
  @JsonProperty("logo_faceurl")
  @Nullable
  public abstract String logoFaceurl();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
