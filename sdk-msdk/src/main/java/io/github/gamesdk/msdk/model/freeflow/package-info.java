/**
 * Models of the free-flow calls, {@code /freeflow/*} (seed 004 lines 2278-2360): {@code getinfo}
 * and {@code get_ccinfo}, both read-only.
 */
package io.github.gamesdk.msdk.model.freeflow;
