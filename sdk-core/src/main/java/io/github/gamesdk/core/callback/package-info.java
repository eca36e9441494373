/** Deduplication of inbound vendor callbacks: the store contract and an in-memory store. */
package io.github.gamesdk.core.callback;
