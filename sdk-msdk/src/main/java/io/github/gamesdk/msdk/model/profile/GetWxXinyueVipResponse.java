package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /profile/get_wx_xinyue_vip} (seed 004 lines 1652-1658; example lines
 * 1663-1665).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"ret", "ilevel", "serial", "msg"})
@JsonSerialize(as = ImmutableGetWxXinyueVipResponse.class)
@JsonDeserialize(as = ImmutableGetWxXinyueVipResponse.class)
public abstract class GetWxXinyueVipResponse extends MsdkResponse {
  /**
   * {@code ilevel}: 0 not a core user, else VIP1 = 1, VIP2 = 2, VIP3 = 3 (line 1657).
   *
   * @return the level, or {@code null} when absent
   */
  @JsonProperty("ilevel")
  @Nullable
  public abstract Integer ilevel();

  /**
   * {@code serial}: the request's {@code serial}, echoed (line 1658).
   *
   * @return the serial number, or {@code null} when absent
   */
  @JsonProperty("serial")
  @Nullable
  public abstract String serial();
}
