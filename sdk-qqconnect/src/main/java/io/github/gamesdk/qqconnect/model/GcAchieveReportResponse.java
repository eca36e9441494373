package io.github.gamesdk.qqconnect.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import org.immutables.value.Value;

/** Answer of {@code cmd=gc_achieve_report} (seed 003 lines 1852-1862). */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableGcAchieveReportResponse.class)
@JsonDeserialize(as = ImmutableGcAchieveReportResponse.class)
public abstract class GcAchieveReportResponse extends TransferCgiResponse {}
