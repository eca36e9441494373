package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.MsdkResponse;
import java.util.List;
import org.immutables.value.Value;

/**
 * Answer of {@code /profile/query_vip} (seed 004 lines 1382-1397; example lines 1410-1447). The
 * table names the entries {@code list} (line 1387), the example {@code lists} (line 1413): both
 * are read, and they are written {@code lists} as in the example.
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableQueryVipResponse.class)
@JsonDeserialize(as = ImmutableQueryVipResponse.class)
public abstract class QueryVipResponse extends MsdkResponse {
  /**
   * {@code lists} / {@code list} (array): one entry per VIP kind asked for (lines 1387 and 1413).
   *
   * @return the entries, empty when none came
   */
  @JsonProperty("lists")
  @JsonAlias("list")
  public abstract List<VipInfo> lists();

  /**
   * The entry of one kind.
   *
   * @param kind the kind
   * @return the entry, or {@code null} when the answer has none of that kind
   */
  @Nullable
  public VipInfo entry(VipFlag kind) {
    for (VipInfo v : lists()) {
      if (v.flag() == kind.bit()) {
        return v;
      }
    }
    return null;
  }
}
