package io.github.gamesdk.msdk.model.auth;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /auth/verify_login}: {@code ret} and {@code msg} only (seed 004 lines 79-84;
 * example {@code {"ret":0,"msg":"user is logged in"}}, line 94).
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableVerifyLoginResponse.class)
@JsonDeserialize(as = ImmutableVerifyLoginResponse.class)
public abstract class VerifyLoginResponse extends MsdkResponse {}
