package io.github.gamesdk.openapi.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import org.immutables.value.Value;

/**
 * Answer of a call made through {@code OpenApiClient.call}: the {@code {ret,msg}} envelope of
 * seed 002 §1.4-1.5 and, in {@link #extra()}, every other field the API answered (for example
 * {@code items} of {@code v3/relation/get_app_friends}), as Jackson reads them: objects as maps,
 * arrays as lists, numbers and strings as they came.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"ret", "msg"})
@JsonSerialize(as = ImmutableOpenApiResponse.class)
@JsonDeserialize(as = ImmutableOpenApiResponse.class)
public abstract class OpenApiResponse extends CommonResponse {}
