package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /profile/wxbattle_report}: {@code ret} and {@code msg} (seed 004 lines
 * 1872-1876; example lines 1900-1903).
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableWxBattleReportResponse.class)
@JsonDeserialize(as = ImmutableWxBattleReportResponse.class)
public abstract class WxBattleReportResponse extends MsdkResponse {}
