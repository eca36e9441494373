package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code data} of {@code /profile/wxget_vip} (seed 004 lines 1683-1704; example lines 1722-1741):
 * {@code vipinfo}, the requester first, then the friends (line 1685).
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableWxVipData.class)
@JsonDeserialize(as = ImmutableWxVipData.class)
public abstract class WxVipData {
  /**
   * {@code vipinfo}: the requester first, then the friends (line 1685).
   *
   * @return the entries, empty when none came
   */
  @JsonProperty("vipinfo")
  public abstract List<WxVipInfo> vipinfo();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
