package io.github.gamesdk.qqconnect.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import org.immutables.value.Value;

/** Answer of {@code cmd=send_share_for_inner} (seed 003 lines 988-998 and 2195-2203). */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableSendShareForInnerResponse.class)
@JsonDeserialize(as = ImmutableSendShareForInnerResponse.class)
public abstract class SendShareForInnerResponse extends TransferCgiResponse {}
