package io.github.gamesdk.msdk.model.share;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /share/wx}: {@code ret} and {@code msg} only (seed 004 lines 2222-2226; example
 * {@code {"ret":0,"msg":"success"}}, line 2243). A stale {@code thumb_media_id} is answered {@code
 * ret:-20000} with WeChat code 40007 (reference (d)).
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableShareWxResponse.class)
@JsonDeserialize(as = ImmutableShareWxResponse.class)
public abstract class ShareWxResponse extends MsdkResponse {}
