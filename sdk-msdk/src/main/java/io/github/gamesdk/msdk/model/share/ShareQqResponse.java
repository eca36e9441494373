package io.github.gamesdk.msdk.model.share;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /share/qq}: {@code ret} and {@code msg} only (seed 004 lines 2124-2128; example
 * {@code {"ret":0,"msg":"success"}}, line 2152). A refusal is {@code ret:-10000} with the share
 * code in {@code msg} (for example {@code "30,..."}: the receiver already got the day's maximum),
 * read by {@link io.github.gamesdk.msdk.PlatformError} with the {@code /share/qq} table.
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableShareQqResponse.class)
@JsonDeserialize(as = ImmutableShareQqResponse.class)
public abstract class ShareQqResponse extends MsdkResponse {}
