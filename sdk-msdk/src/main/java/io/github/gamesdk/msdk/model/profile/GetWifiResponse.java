package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/** Answer of {@code /profile/get_wifi} (seed 004 lines 1495-1500; example lines 1511-1515). */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableGetWifiResponse.class)
@JsonDeserialize(as = ImmutableGetWifiResponse.class)
public abstract class GetWifiResponse extends MsdkResponse {
  /**
   * {@code wifiVip} (int): 1 qualified, 0 not (line 1500).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("wifiVip")
  @Nullable
  public abstract Integer wifiVip();

  /**
   * Whether the player qualifies: {@code wifiVip} is 1.
   *
   * @return whether they do
   */
  @JsonIgnore
  public boolean qualified() {
    Integer v = wifiVip();
    return v != null && v == 1;
  }
}
