package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/** Answer of {@code /profile/subscribe_clear}: {@code ret} and {@code msg} (seed 004 example lines 2056-2059). */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableSubscribeClearResponse.class)
@JsonDeserialize(as = ImmutableSubscribeClearResponse.class)
public abstract class SubscribeClearResponse extends MsdkResponse {}
