package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import org.immutables.value.Value;

/** Answer of {@code /profile/wxget_video_vip} (seed 004 line 1777; example lines 1816-1828). */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableWxGetVideoVipResponse.class)
@JsonDeserialize(as = ImmutableWxGetVideoVipResponse.class)
public abstract class WxGetVideoVipResponse extends VideoVipInfo {}
