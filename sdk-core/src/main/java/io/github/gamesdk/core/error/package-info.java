/**
 * The exceptions gamesdk throws, all unchecked under {@link
 * io.github.gamesdk.core.error.GameSdkException}, and the {@link
 * io.github.gamesdk.core.error.ErrorCode} contract that each vendor's error-code enum implements.
 */
package io.github.gamesdk.core.error;
