package io.github.gamesdk.msdk.model;

/**
 * The request model of one MSDK call: the JSON body of a POST (or, for the two GET calls, the
 * query parameters), with exactly the JSON types of the call's table in seed 004 — the server
 * answers {@code -1011} to a number sent as a string or the reverse. The fixed query parameters
 * ({@code timestamp}, {@code appid}, {@code sig}, {@code openid}, {@code encode}, ...) are not part
 * of it: the client adds them. Every implementation is an immutable value whose builder checks the
 * seed's documented limits and throws {@link io.github.gamesdk.core.error.InvalidRequestException}.
 */
public interface MsdkRequest {}
