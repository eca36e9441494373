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
 * One entry of {@code lists} of {@code /relation/wxprofile}, {@code struct WXInfo} (seed 004 lines
 * 999-1008). {@code provice} is the seed's spelling (line 1002).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "nickName", "sex", "picture", "provice", "city", "openid", "country", "language"
})
@JsonSerialize(as = ImmutableWxInfo.class)
@JsonDeserialize(as = ImmutableWxInfo.class)
public abstract class WxInfo {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxInfo.Builder builder() {
    return ImmutableWxInfo.builder();
  }

  /**
   * {@code nickName}: the nickname (no remark name) (line 1000).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("nickName")
  @Nullable
  public abstract String nickName();

  /**
   * {@code sex}: 1 male, 2 female, 0 unknown (line 1001).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("sex")
  @Nullable
  public abstract Integer sex();

  /**
   * {@code picture}: the head picture URL; append /0, /132, /96, /64 or /46 for a size (line 1002).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("picture")
  @Nullable
  public abstract String picture();

  /**
   * {@code provice}: the province (the seed's spelling) (line 1003).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("provice")
  @Nullable
  public abstract String provice();

  /**
   * {@code city}: the city (line 1004).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("city")
  @Nullable
  public abstract String city();

  /**
   * {@code openid}: the user (line 1005).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code country}: the country (line 1006).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("country")
  @Nullable
  public abstract String country();

  /**
   * {@code language}: the language (line 1007).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("language")
  @Nullable
  public abstract String language();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
