package io.github.gamesdk.msdk.model.share;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /share/wx_link}: {@code ret} and {@code msg} only (seed 004 lines 2258-2262;
 * example {@code {"ret":0,"msg":"success"}}, line 2277).
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableShareWxLinkResponse.class)
@JsonDeserialize(as = ImmutableShareWxLinkResponse.class)
public abstract class ShareWxLinkResponse extends MsdkResponse {}
