package io.github.gamesdk.qos.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import org.immutables.value.Value;

/**
 * Answer of {@code Action=geturl} (seed 000 lines 37-52, example lines 78-85): whether the phone
 * is being accelerated, and the URL the phone must fetch to learn its encrypted number. Read from
 * both {@code {"Response":{"errno":0,...}}} (the example) and the flat form; written flat.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"errno", "errmsg", "isQos", "mobileUrl"})
@JsonSerialize(as = ImmutableGetUrlResponse.class)
@JsonDeserialize(as = ImmutableGetUrlResponse.class)
public abstract class GetUrlResponse extends QosResponse {
  /** The {@code mobileUrl} of a user whose number cannot be looked up (seed 000 line 52). */
  public static final String UNKNOWN_MOBILE_URL = "unknown";

  GetUrlResponse() {}

  /**
   * {@code isQos} (seed 000 line 50): "1 为正处于加速状态，其他为未加速".
   *
   * @return 1 when the phone is being accelerated
   */
  @JsonProperty("isQos")
  public abstract int isQos();

  /**
   * {@code mobileUrl} (seed 000 line 52): the lookup URL of the phone's encrypted number, or
   * {@value #UNKNOWN_MOBILE_URL} when the user cannot be looked up. The phone fetches it (line 94:
   * "本操作必须要在用户手机客户端执行") and relays the answer; see {@link MobileUrlAnswer#parse}.
   *
   * @return the URL or {@value #UNKNOWN_MOBILE_URL}
   */
  @JsonProperty("mobileUrl")
  public abstract String mobileUrl();

  /**
   * Whether {@code isQos} is 1: the phone is being accelerated now.
   *
   * @return whether acceleration is on
   */
  @JsonIgnore
  public boolean qosActive() {
    return isQos() == 1;
  }

  /**
   * Whether {@code mobileUrl} is a URL rather than {@value #UNKNOWN_MOBILE_URL}.
   *
   * @return whether the phone can look its number up
   */
  @JsonIgnore
  public boolean mobileUrlKnown() {
    return !UNKNOWN_MOBILE_URL.equals(mobileUrl());
  }
}
