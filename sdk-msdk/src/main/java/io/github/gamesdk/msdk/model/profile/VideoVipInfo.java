package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.MsdkResponse;

/**
 * The Tencent Video membership fields {@code /profile/qqget_video_vip} and {@code
 * /profile/wxget_video_vip} answer (seed 004 lines 1578-1586 and 1794-1802). Which fields come
 * depends on the channel ("채널 유형에 따라 서로 다른 정보 필드를 반환", line 1561), so all are
 * optional. Times are Unix seconds.
 */
@JsonPropertyOrder({
  "ret", "msg", "annual_beg", "annual_end", "beg_time", "end_time", "is_annual", "service_type",
  "status", "vip_lv", "vip_score"
})
public abstract class VideoVipInfo extends MsdkResponse {
  /**
   * {@code annual_beg} (int): start of the yearly membership (line 1578).
   *
   * @return Unix seconds, or {@code null} when absent
   */
  @JsonProperty("annual_beg")
  @Nullable
  public abstract Long annualBeg();

  /**
   * {@code annual_end} (int): end of the yearly membership (line 1579).
   *
   * @return Unix seconds, or {@code null} when absent
   */
  @JsonProperty("annual_end")
  @Nullable
  public abstract Long annualEnd();

  /**
   * {@code beg_time} (int): start of the membership (line 1580).
   *
   * @return Unix seconds, or {@code null} when absent
   */
  @JsonProperty("beg_time")
  @Nullable
  public abstract Long begTime();

  /**
   * {@code end_time} (int): end of the membership (line 1581).
   *
   * @return Unix seconds, or {@code null} when absent
   */
  @JsonProperty("end_time")
  @Nullable
  public abstract Long endTime();

  /**
   * {@code is_annual} (int): 1 for a yearly member (line 1582).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_annual")
  @Nullable
  public abstract Integer isAnnual();

  /**
   * {@code service_type} (string): the membership type, {@code "TXSP"} in the example (line 1583).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("service_type")
  @Nullable
  public abstract String serviceType();

  /**
   * {@code status} (int): 1 member, 0 not (line 1584).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("status")
  @Nullable
  public abstract Integer status();

  /**
   * {@code vip_lv} (int): the member level (line 1585).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("vip_lv")
  @Nullable
  public abstract Integer vipLv();

  /**
   * {@code vip_score} (int): the member growth value (line 1586).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("vip_score")
  @Nullable
  public abstract Long vipScore();

  /**
   * Whether the user is a member: {@code status} is 1.
   *
   * @return whether they are
   */
  @JsonIgnore
  public boolean member() {
    Integer s = status();
    return s != null && s == 1;
  }
}
