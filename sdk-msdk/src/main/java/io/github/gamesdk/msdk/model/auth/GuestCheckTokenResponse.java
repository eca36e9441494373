package io.github.gamesdk.msdk.model.auth;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /auth/guest_check_token}: {@code ret} and {@code msg} only (seed 004 lines
 * 134-139; example {@code {"ret":0,"msg":"ok"}}, line 147).
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableGuestCheckTokenResponse.class)
@JsonDeserialize(as = ImmutableGuestCheckTokenResponse.class)
public abstract class GuestCheckTokenResponse extends MsdkResponse {}
