package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/** Answer of {@code /profile/subscribe_setlist}: {@code ret} and {@code msg} (seed 004 example lines 1994-1997). */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableSubscribeSetlistResponse.class)
@JsonDeserialize(as = ImmutableSubscribeSetlistResponse.class)
public abstract class SubscribeSetlistResponse extends MsdkResponse {}
