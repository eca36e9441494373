/**
 * Transport: one shared OkHttp stack ({@link io.github.gamesdk.core.http.GameSdkHttp}), per-client
 * timeouts, sync and async execution with retries ({@link io.github.gamesdk.core.http.CallExecutor},
 * {@link io.github.gamesdk.core.http.RetryPolicy}), endpoints as data and the {@link
 * io.github.gamesdk.core.http.RequestListener} hook.
 */
package io.github.gamesdk.core.http;
