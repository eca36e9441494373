package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.MsdkResponse;
import java.util.List;
import org.immutables.value.Value;

/**
 * Answer of {@code /relation/wxuserinfo} (seed 004 lines 1089-1104; example lines 1114-1126).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "city", "country", "nickname", "picture", "privilege", "province", "sex", "unionid", "language",
  "gpsCity", "openid"
})
@JsonSerialize(as = ImmutableWxUserinfoResponse.class)
@JsonDeserialize(as = ImmutableWxUserinfoResponse.class)
public abstract class WxUserinfoResponse extends MsdkResponse {
  /**
   * {@code city}: the city (line 1096).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("city")
  @Nullable
  public abstract String city();

  /**
   * {@code country}: the country (line 1097).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("country")
  @Nullable
  public abstract String country();

  /**
   * {@code nickname}: the nickname (line 1093).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("nickname")
  @Nullable
  public abstract String nickname();

  /**
   * {@code picture}: the head picture URL; append /0, /132, /96, /64 or /46 for a size (line 1094).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("picture")
  @Nullable
  public abstract String picture();

  /**
   * {@code privilege}: the privileges, e.g. {@code chinaunicom} (Woka) (line 1100).
   *
   * @return the entries, never null (empty when absent)
   */
  @JsonProperty("privilege")
  public abstract List<String> privilege();

  /**
   * {@code province}: the province (line 1095).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("province")
  @Nullable
  public abstract String province();

  /**
   * {@code sex}: "1" male, "2" female, "0" unknown (line 1098).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("sex")
  @Nullable
  public abstract String sex();

  /**
   * {@code unionid}: the user's id across the apps of one WeChat open-platform account (line 1099).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("unionid")
  @Nullable
  public abstract String unionid();

  /**
   * {@code language}: the language, may be empty (line 1101).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("language")
  @Nullable
  public abstract String language();

  /**
   * {@code gpsCity}: the city from GPS (line 1102).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("gpsCity")
  @Nullable
  public abstract String gpsCity();

  /**
   * {@code openid}: the user (line 1103).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();
}
