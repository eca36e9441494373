package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /relation/qqprofile} (seed 004 lines 205-217; example lines 228-240).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "nickName", "gender", "picture40", "picture100", "yellow_vip", "yellow_vip_level",
  "yellow_year_vip", "is_lost"
})
@JsonSerialize(as = ImmutableQqProfileResponse.class)
@JsonDeserialize(as = ImmutableQqProfileResponse.class)
public abstract class QqProfileResponse extends MsdkResponse {
  /**
   * {@code nickName}: the QQ-space nickname (synchronized with mobile QQ) (line 210).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("nickName")
  @Nullable
  public abstract String nickName();

  /**
   * {@code gender}: the gender; "남성" (male) when unknown (line 211).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("gender")
  @Nullable
  public abstract String gender();

  /**
   * {@code picture40}: the 40×40 QQ head picture URL (line 212).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("picture40")
  @Nullable
  public abstract String picture40();

  /**
   * {@code picture100}: the 100×100 QQ head picture URL; not every user has one, the 40×40 one
   * always exists (line 213).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("picture100")
  @Nullable
  public abstract String picture100();

  /**
   * {@code yellow_vip}: yellow-diamond user, 0 no (line 214).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("yellow_vip")
  @Nullable
  public abstract Integer yellowVip();

  /**
   * {@code yellow_vip_level}: yellow-diamond level (line 215).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("yellow_vip_level")
  @Nullable
  public abstract Integer yellowVipLevel();

  /**
   * {@code yellow_year_vip}: yearly yellow-diamond user, 0 no (line 216).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("yellow_year_vip")
  @Nullable
  public abstract Integer yellowYearVip();

  /**
   * {@code is_lost}: "1" when the platform served degraded data that must not be cached; the seed
   * types it a string, a bare number is read too (line 217).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_lost")
  @Nullable
  public abstract String isLost();
}
