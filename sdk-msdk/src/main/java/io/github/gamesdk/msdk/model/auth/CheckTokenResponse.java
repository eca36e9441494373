package io.github.gamesdk.msdk.model.auth;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /auth/check_token}: {@code ret} and {@code msg} only (seed 004 lines 108-113;
 * example {@code {"ret":0,"msg":"ok"}}, line 121). An expired token is answered with {@code
 * ret:-20000} and {@code msg "40001,invalid credential"} (MSDK wiki FAQ), an {@link
 * io.github.gamesdk.core.error.ApiException} of category {@code REFRESH_TOKEN}.
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableCheckTokenResponse.class)
@JsonDeserialize(as = ImmutableCheckTokenResponse.class)
public abstract class CheckTokenResponse extends MsdkResponse {}
