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
 * Answer of {@code /relation/get_vip_rich_info} (seed 004 lines 461-474; example lines 485-499).
 * Every field is a string, timestamps included, as in the table and the example.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "is_lost", "is_qq_vip", "qq_vip_start", "qq_vip_end", "qq_year_vip_start", "qq_year_vip_end",
  "qq_svip_start", "qq_svip_end", "is_qq_year_vip", "is_svip"
})
@JsonSerialize(as = ImmutableGetVipRichInfoResponse.class)
@JsonDeserialize(as = ImmutableGetVipRichInfoResponse.class)
public abstract class GetVipRichInfoResponse extends MsdkResponse {
  /**
   * {@code is_lost}: "1" when the platform served degraded data that must not be cached; the seed
   * types it a string, a bare number is read too (line 465).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_lost")
  @Nullable
  public abstract String isLost();

  /**
   * {@code is_qq_vip}: QQ member, "0" no, "1" yes (line 466).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_qq_vip")
  @Nullable
  public abstract String isQqVip();

  /**
   * {@code qq_vip_start}: the last QQ membership charge, a Unix timestamp (line 467).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("qq_vip_start")
  @Nullable
  public abstract String qqVipStart();

  /**
   * {@code qq_vip_end}: the QQ membership expiry, a Unix timestamp (line 468).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("qq_vip_end")
  @Nullable
  public abstract String qqVipEnd();

  /**
   * {@code qq_year_vip_start}: the last yearly membership charge, a Unix timestamp (line 469).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("qq_year_vip_start")
  @Nullable
  public abstract String qqYearVipStart();

  /**
   * {@code qq_year_vip_end}: the yearly membership expiry, a Unix timestamp (line 470).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("qq_year_vip_end")
  @Nullable
  public abstract String qqYearVipEnd();

  /**
   * {@code qq_svip_start}: the last SVIP charge, a Unix timestamp (line 471).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("qq_svip_start")
  @Nullable
  public abstract String qqSvipStart();

  /**
   * {@code qq_svip_end}: the SVIP expiry, a Unix timestamp (line 472).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("qq_svip_end")
  @Nullable
  public abstract String qqSvipEnd();

  /**
   * {@code is_qq_year_vip}: yearly QQ member, "0" no, "1" yes (line 473).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_qq_year_vip")
  @Nullable
  public abstract String isQqYearVip();

  /**
   * {@code is_svip}: QQ super member, "0" no, "1" yes (line 474).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_svip")
  @Nullable
  public abstract String isSvip();
}
