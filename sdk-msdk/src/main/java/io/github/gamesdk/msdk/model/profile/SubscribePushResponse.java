package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/** Answer of {@code /profile/subscribe_push}: {@code ret} and {@code msg} (seed 004 example lines 2025-2028). */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableSubscribePushResponse.class)
@JsonDeserialize(as = ImmutableSubscribePushResponse.class)
public abstract class SubscribePushResponse extends MsdkResponse {}
