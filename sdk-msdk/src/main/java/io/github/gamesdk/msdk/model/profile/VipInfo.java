package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One entry of {@code lists} of {@code /profile/query_vip} (seed 004 line 1387; example lines
 * 1413-1446): the state of one VIP kind.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"flag", "year", "level", "luxury", "isvip"})
@JsonSerialize(as = ImmutableVipInfo.class)
@JsonDeserialize(as = ImmutableVipInfo.class)
public abstract class VipInfo {
  /**
   * {@code flag} (int): the VIP kind (lines 1388-1397).
   *
   * @return the raw kind
   */
  @JsonProperty("flag")
  public abstract int flag();

  /**
   * {@code year} (int): 1 for a yearly paying member (line 1387).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("year")
  @Nullable
  public abstract Integer year();

  /**
   * {@code level} (int): the VIP level (line 1387).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("level")
  @Nullable
  public abstract Integer level();

  /**
   * {@code luxury} (int): 1 for the luxury version (line 1387).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("luxury")
  @Nullable
  public abstract Integer luxury();

  /**
   * {@code isvip} (int): 1 when the user is a VIP of this kind, the one field that decides it
   * (line 1387).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("isvip")
  @Nullable
  public abstract Integer isvip();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();

  /**
   * The kind of {@link #flag()}.
   *
   * @return the kind, or {@code null} for a value the seed does not list
   */
  @JsonIgnore
  @Nullable
  public VipFlag kind() {
    return VipFlag.of(flag());
  }

  /**
   * Whether the user is a VIP of this kind: {@code isvip} is 1.
   *
   * @return whether they are
   */
  @JsonIgnore
  public boolean vip() {
    Integer v = isvip();
    return v != null && v == 1;
  }
}
