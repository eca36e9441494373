package io.github.gamesdk.msdk.model.freeflow;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/** {@code data} of {@code /freeflow/get_ccinfo}: what is known of an IP (seed 004 lines 2334-2342). */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"apn", "city", "country", "district", "extend", "nettype", "oper", "province"})
@JsonSerialize(as = ImmutableCcInfo.class)
@JsonDeserialize(as = ImmutableCcInfo.class)
public abstract class CcInfo {
  /**
   * {@code apn} (string): the gateway's APN, else Wi-Fi; {@code unknown} by default (line 2335).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("apn")
  @Nullable
  public abstract String apn();

  /**
   * {@code city} (string): the city, within China (line 2336).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("city")
  @Nullable
  public abstract String city();

  /**
   * {@code country} (string): the country (line 2337).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("country")
  @Nullable
  public abstract String country();

  /**
   * {@code district} (string): the district, within China (line 2338).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("district")
  @Nullable
  public abstract String district();

  /**
   * {@code extend} (string): school, organization or gateway name, within China (line 2339).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("extend")
  @Nullable
  public abstract String extend();

  /**
   * {@code nettype} (string): the network type, {@code unknown} by default (line 2340).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("nettype")
  @Nullable
  public abstract String nettype();

  /**
   * {@code oper} (string): the carrier (line 2341).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("oper")
  @Nullable
  public abstract String oper();

  /**
   * {@code province} (string): the province or municipality, within China (line 2342).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("province")
  @Nullable
  public abstract String province();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
