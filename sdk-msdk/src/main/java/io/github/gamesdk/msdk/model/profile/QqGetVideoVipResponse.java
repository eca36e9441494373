package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import org.immutables.value.Value;

/** Answer of {@code /profile/qqget_video_vip} (seed 004 line 1560; example lines 1601-1613). */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableQqGetVideoVipResponse.class)
@JsonDeserialize(as = ImmutableQqGetVideoVipResponse.class)
public abstract class QqGetVideoVipResponse extends VideoVipInfo {}
