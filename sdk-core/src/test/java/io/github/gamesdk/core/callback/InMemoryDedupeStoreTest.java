package io.github.gamesdk.core.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryDedupeStoreTest {
  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    long millis;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }
  }

  @Test
  void marksOnceUntilExpiry() {
    MutableClock clock = new MutableClock();
    InMemoryDedupeStore s = new InMemoryDedupeStore(10, clock);
    assertThat(s.markIfAbsent("a", Duration.ofSeconds(10))).isTrue();
    assertThat(s.markIfAbsent("a", Duration.ofSeconds(10))).isFalse();
    clock.millis = 10_001;
    assertThat(s.markIfAbsent("a", Duration.ofSeconds(10))).isTrue();
  }

  @Test
  void unmarkAllowsAgain() {
    InMemoryDedupeStore s = InMemoryDedupeStore.create();
    assertThat(s.markIfAbsent("a", Duration.ofHours(1))).isTrue();
    s.unmark("a");
    assertThat(s.markIfAbsent("a", Duration.ofHours(1))).isTrue();
  }

  @Test
  void staysBounded() {
    InMemoryDedupeStore s = new InMemoryDedupeStore(100, new MutableClock());
    for (int i = 0; i < 1000; i++) {
      s.markIfAbsent("k" + i, Duration.ofHours(1));
    }
    assertThat(s.size()).isEqualTo(100);
    // The newest marks survive, the oldest went first.
    assertThat(s.markIfAbsent("k999", Duration.ofHours(1))).isFalse();
    assertThat(s.markIfAbsent("k0", Duration.ofHours(1))).isTrue();
  }

  @Test
  void exactlyOneConcurrentWinnerPerKey() throws Exception {
    InMemoryDedupeStore s = InMemoryDedupeStore.create();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    AtomicInteger wins = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    for (int t = 0; t < 8; t++) {
      pool.execute(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < 1000; i++) {
          if (s.markIfAbsent("order-" + i, Duration.ofHours(1))) {
            wins.incrementAndGet();
          }
        }
      });
    }
    go.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(wins.get()).isEqualTo(1000);
  }
}
