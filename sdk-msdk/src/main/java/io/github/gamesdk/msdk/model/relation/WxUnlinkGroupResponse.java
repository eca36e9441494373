package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /relation/wxunlink_group}: {@code ret} and {@code msg} only (seed 004 lines
 * 1178-1182; example lines 1192-1196).
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableWxUnlinkGroupResponse.class)
@JsonDeserialize(as = ImmutableWxUnlinkGroupResponse.class)
public abstract class WxUnlinkGroupResponse extends MsdkResponse {

}
