/**
 * Models of the share calls, {@code /share/*} (seed 004 lines 2094-2277): {@code qq}, {@code
 * upload_wx}, {@code wx}, {@code wx_link}. All of them send or upload, so the client never retries
 * them once they may have reached the server.
 */
package io.github.gamesdk.msdk.model.share;
