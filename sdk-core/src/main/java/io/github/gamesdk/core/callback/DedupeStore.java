package io.github.gamesdk.core.callback;

import java.time.Duration;

/**
 * Remembers which inbound deliveries (for example QQ VIP orders, keyed by openid and order_id,
 * seed 003 line 899) were already accepted, so that a delivery the vendor repeats is not credited
 * twice. Implementations must be atomic: when two threads, or two application instances sharing
 * one store, mark the same key at once, exactly one of them wins.
 *
 * <p>An implementation that cannot reach its storage must throw (any {@link RuntimeException}); the
 * callback handler then accepts nothing and answers a retryable error, so that the vendor delivers
 * again later (fail closed).
 */
public interface DedupeStore {
  /**
   * Marks a key as seen, if it is not marked already.
   *
   * @param key the delivery's identity
   * @param ttl how long the mark must last at least
   * @return {@code true} if this call set the mark (first delivery), {@code false} if the key was
   *     already marked
   */
  boolean markIfAbsent(String key, Duration ttl);

  /**
   * Removes a mark, so that a delivery whose processing failed is accepted when it comes again.
   *
   * @param key the delivery's identity
   */
  void unmark(String key);
}
