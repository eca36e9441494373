/**
 * Redis for gamesdk: {@link io.github.gamesdk.redis.RedisDedupeStore}, a {@link
 * io.github.gamesdk.core.callback.DedupeStore} shared by every application instance, so that the
 * QQ VIP order callback (seed 003 lines 826-925) credits each order once across instances and
 * restarts. Built on Jedis.
 */
package io.github.gamesdk.redis;
