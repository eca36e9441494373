/**
 * Request and response models of the OpenAPI V3 calls (seed 002), one pair per call, named after
 * the vendor's {@code api_name}: {@code v3/user/get_info}, {@code v3/user/is_login}, and {@link
 * io.github.gamesdk.openapi.model.OpenApiRequest}/{@link
 * io.github.gamesdk.openapi.model.OpenApiResponse} for any other {@code /v3/...} path. Builders throw
 * {@link io.github.gamesdk.core.error.InvalidRequestException} for a missing field or a broken
 * documented rule; responses keep undocumented fields in {@code extra()}.
 */
package io.github.gamesdk.openapi.model;
