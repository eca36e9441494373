package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.internal.EmptyAsNull;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /profile/wxget_vip} (seed 004 lines 1678-1704; example lines 1719-1742). The
 * table calls {@code data} an array (line 1683), the example sends an object holding {@code
 * vipinfo} (line 1722): the model follows the example, and reads an empty value (empty string or array) as none and an
 * array of one object as that object. With no data {@code data} is empty (line 1685).
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableWxGetVipResponse.class)
@JsonDeserialize(as = ImmutableWxGetVipResponse.class)
public abstract class WxGetVipResponse extends MsdkResponse {
  /**
   * {@code data}: the privileges (line 1683).
   *
   * @return the data, or {@code null} when absent or empty
   */
  @JsonProperty("data")
  @JsonDeserialize(using = EmptyAsNull.class)
  @Nullable
  public abstract WxVipData data();
}
