package io.github.gamesdk.core.callback;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link DedupeStore} in this JVM's memory: bounded (the oldest marks are dropped first when
 * full) and expiring. Right for a single application instance; several instances behind a load
 * balancer need a shared store (Redis), or one order can be credited once per instance.
 */
public final class InMemoryDedupeStore implements DedupeStore {
  private final int maxEntries;
  private final Clock clock;
  private final LinkedHashMap<String, Long> expiries = new LinkedHashMap<>();

  /**
   * A store of at most {@code maxEntries} marks.
   *
   * @param maxEntries at least 1
   * @param clock the clock that expires marks
   */
  public InMemoryDedupeStore(int maxEntries, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1");
    }
    this.maxEntries = maxEntries;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A store of at most 100,000 marks on the system clock.
   *
   * @return the store
   */
  public static InMemoryDedupeStore create() {
    return new InMemoryDedupeStore(100_000, Clock.systemUTC());
  }

  @Override
  public synchronized boolean markIfAbsent(String key, Duration ttl) {
    Objects.requireNonNull(key, "key");
    long now = clock.millis();
    Long expiry = expiries.get(key);
    if (expiry != null && expiry > now) {
      return false;
    }
    expiries.remove(key);
    expiries.put(key, now + ttl.toMillis());
    evict(now);
    return true;
  }

  @Override
  public synchronized void unmark(String key) {
    expiries.remove(key);
  }

  /**
   * How many marks the store holds now, expired ones that were not yet dropped included.
   *
   * @return the count
   */
  public synchronized int size() {
    return expiries.size();
  }

  private void evict(long now) {
    Iterator<Map.Entry<String, Long>> it = expiries.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Long> e = it.next();
      if (expiries.size() > maxEntries || e.getValue() <= now) {
        it.remove();
      } else {
        break;
      }
    }
  }

  @Override
  public String toString() {
    return "InMemoryDedupeStore{maxEntries=" + maxEntries + "}";
  }
}
