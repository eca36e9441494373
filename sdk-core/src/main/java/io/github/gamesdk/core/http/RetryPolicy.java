package io.github.gamesdk.core.http;

import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.TransportException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before sending a call again: exponential backoff with full jitter,
 * bounded in attempts and in total time (DESIGN.md §3 "Retries").
 *
 * <p>The rules, in one place for every vendor:
 *
 * <ul>
 *   <li>a request that certainly did not reach the server (connection refused, DNS failure,
 *       connect timeout) is retried for every endpoint;
 *   <li>a timeout after sending, an HTTP 5xx, and a vendor code whose category is {@code RETRY}
 *       are retried only for idempotent endpoints;
 *   <li>nothing else is retried: invalid requests, bad answers and vendor refusals are final.
 * </ul>
 *
 * <p>The delay before retry {@code n} (1-based) is uniform in {@code [0, min(maxDelay, baseDelay ×
 * 2^(n-1))]}.
 */
public final class RetryPolicy {
  private static final RetryPolicy NONE =
      new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, null);

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxElapsed;
  private final DoubleSupplier random;

  private RetryPolicy(
      int maxAttempts,
      Duration baseDelay,
      Duration maxDelay,
      Duration maxElapsed,
      DoubleSupplier random) {
    this.maxAttempts = maxAttempts;
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
    this.maxElapsed = maxElapsed;
    this.random = random;
  }

  /**
   * The default: 3 attempts, base delay 100 ms, at most 2 s between attempts, 10 s in all.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return of(3, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(10));
  }

  /**
   * No retries at all.
   *
   * @return a policy of one attempt
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * A policy with explicit bounds and thread-local randomness.
   *
   * @param maxAttempts attempts in all, at least 1
   * @param baseDelay the delay cap of the first retry
   * @param maxDelay the largest delay cap
   * @param maxElapsed no retry starts after this much time since the first attempt
   * @return the policy
   */
  public static RetryPolicy of(
      int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxElapsed) {
    return of(
        maxAttempts, baseDelay, maxDelay, maxElapsed, () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * A policy with explicit bounds and an injected random source (for tests).
   *
   * @param maxAttempts attempts in all, at least 1
   * @param baseDelay the delay cap of the first retry
   * @param maxDelay the largest delay cap
   * @param maxElapsed no retry starts after this much time since the first attempt
   * @param random uniform values in {@code [0, 1)}
   * @return the policy
   */
  public static RetryPolicy of(
      int maxAttempts,
      Duration baseDelay,
      Duration maxDelay,
      Duration maxElapsed,
      DoubleSupplier random) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (baseDelay.isNegative() || maxDelay.isNegative() || maxElapsed.isNegative()) {
      throw new IllegalArgumentException("delays must not be negative");
    }
    return new RetryPolicy(
        maxAttempts, baseDelay, maxDelay, maxElapsed, Objects.requireNonNull(random, "random"));
  }

  /**
   * Attempts in all.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Whether a failure of this endpoint may be retried at all, whatever the attempt count.
   *
   * @param endpoint the endpoint that failed
   * @param failure what it failed with
   * @return whether the rules above allow a retry
   */
  public static boolean isRetryable(Endpoint endpoint, GameSdkException failure) {
    if (failure instanceof TransportException) {
      TransportException t = (TransportException) failure;
      if (!t.mayHaveBeenSent()) {
        return true;
      }
      if (!endpoint.idempotent()) {
        return false;
      }
      return t.isTimeout() || t.httpStatus() == 0 || t.httpStatus() >= 500 || t.httpStatus() == 429;
    }
    if (failure instanceof ApiException) {
      return endpoint.idempotent() && ((ApiException) failure).category().isRetryable();
    }
    return false;
  }

  /**
   * The delay before the next attempt, or {@code null} when no further attempt is allowed.
   *
   * @param endpoint the endpoint that failed
   * @param failure what it failed with
   * @param attemptsSoFar how many attempts were made
   * @param elapsed time since the first attempt started
   * @return the delay, or {@code null} to give up
   */
  public Duration nextDelay(
      Endpoint endpoint, GameSdkException failure, int attemptsSoFar, Duration elapsed) {
    if (attemptsSoFar >= maxAttempts || !isRetryable(endpoint, failure)) {
      return null;
    }
    long capMillis = baseDelay.toMillis();
    for (int i = 1; i < attemptsSoFar && capMillis < maxDelay.toMillis(); i++) {
      capMillis *= 2;
    }
    capMillis = Math.min(capMillis, maxDelay.toMillis());
    long delay = (long) Math.floor(random.getAsDouble() * (capMillis + 1));
    Duration d = Duration.ofMillis(Math.min(delay, capMillis));
    if (elapsed.plus(d).compareTo(maxElapsed) > 0) {
      return null;
    }
    return d;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay="
        + maxDelay + ", maxElapsed=" + maxElapsed + "}";
  }
}
