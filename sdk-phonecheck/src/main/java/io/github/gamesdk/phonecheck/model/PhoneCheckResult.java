package io.github.gamesdk.phonecheck.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.log.Redaction;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code result} of a successful check (seed 001 lines 85-89, 101-106 and the field table, lines
 * 113-118): {@code {Mobile: "18466849135", Status: "隐私号", Area: "上海-上海", Now_isp: "中国移动"}}. The
 * vendor's fields keep their spelling on the wire; {@link #privacyStatus()}, {@link #province()},
 * {@link #city()} and {@link #carrier()} read them.
 *
 * <p>{@link #toString()} masks {@code Mobile} ({@code 184****9135}).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"Mobile", "Status", "Area", "Now_isp"})
@JsonSerialize(as = ImmutablePhoneCheckResult.class)
@JsonDeserialize(as = ImmutablePhoneCheckResult.class)
public abstract class PhoneCheckResult {
  /**
   * {@code Mobile}: the number checked ("查询的手机号码", line 114).
   *
   * @return the number as answered
   */
  @JsonProperty("Mobile")
  public abstract String mobile();

  /**
   * {@code Status}: "隐私号" or "非隐私号" (line 115), as answered. See {@link #privacyStatus()}.
   *
   * @return the raw status
   */
  @JsonProperty("Status")
  public abstract String status();

  /**
   * {@code Area}: where the number is registered, "省-市" (province-city, line 117), for example
   * "广东-深圳". See {@link #province()} and {@link #city()}.
   *
   * @return the raw area, or {@code null} when the answer has none
   */
  @JsonProperty("Area")
  @Nullable
  public abstract String area();

  /**
   * {@code Now_isp}: the carrier the number uses now (line 118), for example "中国移动". See {@link
   * #carrier()}.
   *
   * @return the raw carrier, or {@code null} when the answer has none
   */
  @JsonProperty("Now_isp")
  @Nullable
  public abstract String nowIsp();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();

  /**
   * {@code Status} as an enum.
   *
   * @return {@link PrivacyStatus#PRIVACY_NUMBER}, {@link PrivacyStatus#NOT_PRIVACY_NUMBER} or
   *     {@link PrivacyStatus#UNKNOWN}
   */
  @JsonIgnore
  public PrivacyStatus privacyStatus() {
    return PrivacyStatus.of(status());
  }

  /**
   * Whether the number is a privacy (virtual) number.
   *
   * @return {@code true} only for {@link PrivacyStatus#PRIVACY_NUMBER}
   */
  @JsonIgnore
  public boolean isPrivacyNumber() {
    return privacyStatus() == PrivacyStatus.PRIVACY_NUMBER;
  }

  /**
   * The province of {@code Area}: the part before the first {@code -} (the seed's separator,
   * line 117); a space or a full-width {@code －} is accepted as separator too.
   *
   * @return for example "广东" of "广东-深圳"; the whole area when it has no separator; {@code null}
   *     when the area is absent or blank
   */
  @JsonIgnore
  @Nullable
  public String province() {
    String[] parts = Areas.split(area());
    return parts == null ? null : parts[0];
  }

  /**
   * The city of {@code Area}: the part after the first separator.
   *
   * @return for example "深圳" of "广东-深圳", "上海" of "上海-上海"; {@code null} when the area is absent,
   *     blank or has no city part
   */
  @JsonIgnore
  @Nullable
  public String city() {
    String[] parts = Areas.split(area());
    return parts == null ? null : parts[1];
  }

  /**
   * {@code Now_isp} as an enum.
   *
   * @return the carrier; {@link Carrier#UNKNOWN} when absent or not a listed value
   */
  @JsonIgnore
  public Carrier carrier() {
    return Carrier.of(nowIsp());
  }

  /**
   * The result with {@code Mobile} masked.
   *
   * @return for example {@code PhoneCheckResult{Mobile=184****9135, Status=隐私号, ...}}
   */
  @Override
  public String toString() {
    return "PhoneCheckResult{Mobile="
        + Redaction.maskPhone(mobile())
        + ", Status="
        + Redaction.redact(status())
        + ", Area="
        + Redaction.redact(String.valueOf(area()))
        + ", Now_isp="
        + Redaction.redact(String.valueOf(nowIsp()))
        + (extra().isEmpty() ? "" : ", extra=" + Redaction.redact(extra().toString()))
        + "}";
  }
}
