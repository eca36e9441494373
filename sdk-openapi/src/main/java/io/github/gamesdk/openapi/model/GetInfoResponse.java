package io.github.gamesdk.openapi.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import org.immutables.value.Value;

/**
 * Answer of {@code v3/user/get_info}: {@code ret}, {@code msg}, {@code is_lost}, {@code nickname},
 * {@code gender}, {@code figureurl}, {@code is_yellow_vip}, {@code is_yellow_year_vip}, {@code
 * yellow_vip_level}, {@code is_yellow_high_vip}, and for some {@code pf} {@code country}, {@code
 * province}, {@code city} and the blue-diamond fields (PROTOCOLS.md §6; seed 002 names the call at
 * lines 7-8 but gives no answer). The Tencent Open Platform wiki's example is {@code
 * {"ret":0,"is_lost":0,"nickname":"Peter","gender":"男","country":"中国","province":"广东","city":"深圳",
 * "figureurl":"http://imgcache.qq.com/qzone_v4/client/userinfo_icon/1236153759.gif",
 * "is_yellow_vip":1,"is_yellow_year_vip":1,"yellow_vip_level":7,"is_yellow_high_vip":0}}.
 *
 * <p>Every field but {@code ret} may be absent ({@code null}); fields the model does not name (for
 * example a {@code pf}'s {@code 3366_grow_level}) are kept in {@link #extra()}.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
    "ret", "msg", "is_lost", "nickname", "gender", "country", "province", "city", "figureurl",
    "is_yellow_vip", "is_yellow_year_vip", "yellow_vip_level", "is_yellow_high_vip", "is_blue_vip",
    "is_blue_year_vip", "blue_vip_level", "is_super_blue_vip"
})
@JsonSerialize(as = ImmutableGetInfoResponse.class)
@JsonDeserialize(as = ImmutableGetInfoResponse.class)
public abstract class GetInfoResponse extends CommonResponse {
  /**
   * {@code is_lost}: 1 when part of the data was lost or is wrong, so the answer must not be
   * cached; 0 (or absent) when it may be cached (Tencent Open Platform wiki). A number in the
   * wiki's example; a string ({@code "0"}) also occurs, as in seed 004 for the same field: both
   * are accepted, a number is written.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_lost")
  @Nullable
  public abstract Integer isLost();

  /**
   * {@code nickname}: the user's nickname.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("nickname")
  @Nullable
  public abstract String nickname();

  /**
   * {@code gender}: {@code 男} or {@code 女}, as the platform writes it.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("gender")
  @Nullable
  public abstract String gender();

  /**
   * {@code country}: the user's country; answered for some {@code pf} only.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("country")
  @Nullable
  public abstract String country();

  /**
   * {@code province}: the user's province; answered for some {@code pf} only.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("province")
  @Nullable
  public abstract String province();

  /**
   * {@code city}: the user's city; answered for some {@code pf} only.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("city")
  @Nullable
  public abstract String city();

  /**
   * {@code figureurl}: the URL of the user's avatar.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("figureurl")
  @Nullable
  public abstract String figureurl();

  /**
   * {@code is_yellow_vip}: 1 if the user is a yellow-diamond (QQ Zone) VIP, else 0.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_yellow_vip")
  @Nullable
  public abstract Integer isYellowVip();

  /**
   * {@code is_yellow_year_vip}: 1 for a yearly yellow-diamond VIP, else 0.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_yellow_year_vip")
  @Nullable
  public abstract Integer isYellowYearVip();

  /**
   * {@code yellow_vip_level}: the yellow-diamond level, 0 for none.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("yellow_vip_level")
  @Nullable
  public abstract Integer yellowVipLevel();

  /**
   * {@code is_yellow_high_vip}: 1 for a deluxe yellow-diamond VIP, else 0.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_yellow_high_vip")
  @Nullable
  public abstract Integer isYellowHighVip();

  /**
   * {@code is_blue_vip}: 1 for a blue-diamond (QQ Game) VIP, else 0; answered for some {@code
   * pf} only.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_blue_vip")
  @Nullable
  public abstract Integer isBlueVip();

  /**
   * {@code is_blue_year_vip}: 1 for a yearly blue-diamond VIP, else 0; some {@code pf} only.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_blue_year_vip")
  @Nullable
  public abstract Integer isBlueYearVip();

  /**
   * {@code blue_vip_level}: the blue-diamond level; some {@code pf} only.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("blue_vip_level")
  @Nullable
  public abstract Integer blueVipLevel();

  /**
   * {@code is_super_blue_vip}: 1 for a deluxe blue-diamond VIP, else 0; some {@code pf} only.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_super_blue_vip")
  @Nullable
  public abstract Integer isSuperBlueVip();
}
