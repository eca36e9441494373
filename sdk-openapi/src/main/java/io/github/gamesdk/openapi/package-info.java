/**
 * The Tencent Open Platform OpenAPI V3 of seed 002: {@link io.github.gamesdk.openapi.OpenApiClient}
 * for {@code v3/user/get_info}, {@code v3/user/is_login} and any other {@code /v3/...} path, {@link
 * io.github.gamesdk.openapi.OpenKeyKeepAlive} to keep openkeys alive with {@code is_login}, and
 * {@link io.github.gamesdk.openapi.OpenApiErrorCode} for the gateway's {@code ret} codes.
 */
package io.github.gamesdk.openapi;
