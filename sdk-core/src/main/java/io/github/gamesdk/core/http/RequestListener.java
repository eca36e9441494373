package io.github.gamesdk.core.http;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.error.GameSdkException;
import java.time.Duration;

/**
 * Hooks into every call of a vendor client, for logging and metrics (DESIGN.md §3 "Transport").
 * Called on the thread that runs the call; implementations must be fast and thread-safe, and must
 * not throw (an exception thrown here is logged and ignored). The endpoint is all a listener learns
 * of the request: no parameter, openid, token or phone number reaches it.
 */
public interface RequestListener {
  /** A listener that does nothing. */
  RequestListener NONE = new RequestListener() {};

  /**
   * A call starts (once per call, not per attempt).
   *
   * @param endpoint the endpoint called
   */
  default void onStart(Endpoint endpoint) {}

  /**
   * An attempt failed and another will follow after {@code delay}.
   *
   * @param endpoint the endpoint called
   * @param nextAttempt the number of the attempt that will follow (2 for the first retry)
   * @param failure why the previous attempt failed
   * @param delay how long the executor waits first
   */
  default void onRetry(
      Endpoint endpoint, int nextAttempt, GameSdkException failure, Duration delay) {}

  /**
   * A call ended, successfully or not, after all its attempts.
   *
   * @param endpoint the endpoint called
   * @param outcome how it ended
   * @param failure the exception it ended with, {@code null} on success
   * @param attempts how many attempts were made
   * @param elapsed time from start to end, retries and delays included
   */
  default void onEnd(
      Endpoint endpoint,
      CallOutcome outcome,
      @Nullable GameSdkException failure,
      int attempts,
      Duration elapsed) {}
}
