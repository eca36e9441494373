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
 * One entry of {@code lists} of {@code /relation/qqfriends_vip} (seed 004 line 416).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"openid", "is_qq_vip", "qq_vip_level", "is_qq_year_vip", "is_qq_svip"})
@JsonSerialize(as = ImmutableQqVipInfo.class)
@JsonDeserialize(as = ImmutableQqVipInfo.class)
public abstract class QqVipInfo {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQqVipInfo.Builder builder() {
    return ImmutableQqVipInfo.builder();
  }

  /**
   * {@code openid}: the user (line 416).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code is_qq_vip}: QQ member, 0 no, 1 yes (line 416).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_qq_vip")
  @Nullable
  public abstract Integer isQqVip();

  /**
   * {@code qq_vip_level}: the QQ membership level, for a member (line 416).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("qq_vip_level")
  @Nullable
  public abstract Integer qqVipLevel();

  /**
   * {@code is_qq_year_vip}: yearly QQ member, 0 no, 1 yes (line 416).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_qq_year_vip")
  @Nullable
  public abstract Integer isQqYearVip();

  /**
   * {@code is_qq_svip}: QQ super member, 0 no, 1 yes (line 416).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_qq_svip")
  @Nullable
  public abstract Integer isQqSvip();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
