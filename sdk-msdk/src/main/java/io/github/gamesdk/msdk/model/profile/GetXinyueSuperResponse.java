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
 * Answer of {@code /profile/get_xinyue_super} (seed 004 lines 1626-1633; example lines 1638-1640).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"ret", "openid", "ilevel", "trace_id", "msg"})
@JsonSerialize(as = ImmutableGetXinyueSuperResponse.class)
@JsonDeserialize(as = ImmutableGetXinyueSuperResponse.class)
public abstract class GetXinyueSuperResponse extends MsdkResponse {
  /** {@code ilevel} 10: super R (line 1631). */
  public static final int LEVEL_SUPER_R = 10;

  /** {@code ilevel} 11: top R (line 1631). */
  public static final int LEVEL_TOP_R = 11;

  /** {@code ilevel} 0: not a super-R member, also the value when the lookup fails (line 1631). */
  public static final int LEVEL_NONE = 0;

  /**
   * {@code ilevel}: 10 super R, 11 top R, 0 neither (line 1631).
   *
   * @return the level, or {@code null} when absent
   */
  @JsonProperty("ilevel")
  @Nullable
  public abstract Integer ilevel();

  /**
   * {@code openid}: the request's openid, echoed (line 1632).
   *
   * @return the openid, or {@code null} when absent
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code trace_id}: the request's {@code trace_id}, echoed (line 1633).
   *
   * @return the serial number, or {@code null} when absent
   */
  @JsonProperty("trace_id")
  @Nullable
  public abstract String traceId();
}
