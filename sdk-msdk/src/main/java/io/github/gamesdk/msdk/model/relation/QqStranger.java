package io.github.gamesdk.msdk.model.relation;

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
 * One entry of {@code lists} of {@code /relation/qqstrange_profile}, {@code struct QQStrangeList}
 * (seed 004 lines 360-368).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "openid", "gender", "nickName", "qzonepicture50", "qqpicture40", "qqpicture100", "qqpicture"
})
@JsonSerialize(as = ImmutableQqStranger.class)
@JsonDeserialize(as = ImmutableQqStranger.class)
public abstract class QqStranger {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQqStranger.Builder builder() {
    return ImmutableQqStranger.builder();
  }

  /**
   * {@code openid}: the openid (line 361).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code gender}: the gender, e.g. "1" (line 362).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("gender")
  @Nullable
  public abstract String gender();

  /**
   * {@code nickName}: the nickname (line 363).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("nickName")
  @Nullable
  public abstract String nickName();

  /**
   * {@code qzonepicture50}: the 50×50 QQ-space head picture URL (line 364).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("qzonepicture50")
  @Nullable
  public abstract String qzonepicture50();

  /**
   * {@code qqpicture40}: the 40×40 QQ head picture URL (line 365).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("qqpicture40")
  @Nullable
  public abstract String qqpicture40();

  /**
   * {@code qqpicture100}: the 100×100 QQ head picture URL (line 366).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("qqpicture100")
  @Nullable
  public abstract String qqpicture100();

  /**
   * {@code qqpicture}: the QQ head picture URL; append /40 or /100 for a size (line 367).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("qqpicture")
  @Nullable
  public abstract String qqpicture();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
