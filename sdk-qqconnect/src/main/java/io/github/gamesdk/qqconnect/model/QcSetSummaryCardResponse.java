package io.github.gamesdk.qqconnect.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import org.immutables.value.Value;

/** Answer of {@code cmd=qc_set_summary_card} (seed 003 lines 1604-1612, the common answer). */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableQcSetSummaryCardResponse.class)
@JsonDeserialize(as = ImmutableQcSetSummaryCardResponse.class)
public abstract class QcSetSummaryCardResponse extends TransferCgiResponse {}
