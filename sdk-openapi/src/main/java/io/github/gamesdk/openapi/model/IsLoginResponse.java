package io.github.gamesdk.openapi.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import org.immutables.value.Value;

/**
 * Answer of {@code v3/user/is_login}: {@code ret} and {@code msg} (PROTOCOLS.md §6), for example
 * {@code {"ret":0,"msg":"用户已登录"}} on the Tencent Open Platform wiki (not in seed 002). A successful
 * answer means the openkey is valid and was renewed for two hours (seed 002 line 21). An expired
 * or unknown openkey is an {@link io.github.gamesdk.core.error.ApiException} instead (for example
 * -23, -24 or 1002).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"ret", "msg"})
@JsonSerialize(as = ImmutableIsLoginResponse.class)
@JsonDeserialize(as = ImmutableIsLoginResponse.class)
public abstract class IsLoginResponse extends CommonResponse {}
