/**
 * A real local {@code redis-server} for integration tests of Redis-backed stores ({@code
 * sdk-redis}): started on a free port of 127.0.0.1, stoppable and restartable to play an outage.
 */
package io.github.gamesdk.testkit.redis;
