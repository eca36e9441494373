package io.github.gamesdk.qos;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Supplies the {@code Nonce} of each request (seed 000 line 33: "随机整数，如 12345"). The client asks
 * for a new one for every attempt, retries included, so that the server never sees a Nonce twice
 * (a reused Nonce is refused as a replay, code 4500).
 *
 * <p>Production code uses {@link #random()}; {@link #fixed(int...)} replays given values so that a
 * request, and its {@code Signature}, can be reproduced exactly.
 */
@FunctionalInterface
public interface NonceSource {
  /**
   * The next nonce.
   *
   * @return a positive integer
   */
  int nextNonce();

  /**
   * Uniformly random nonces from 1 to {@link Integer#MAX_VALUE} - 1, as Tencent's own SDKs draw
   * them. Thread-safe.
   *
   * @return the source
   */
  static NonceSource random() {
    return () -> ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
  }

  /**
   * The given nonces in order, then a failure. Thread-safe; every value is handed out once.
   *
   * @param nonces the values, each positive
   * @return the source
   * @throws IllegalArgumentException if a value is not positive
   */
  static NonceSource fixed(int... nonces) {
    Objects.requireNonNull(nonces, "nonces");
    int[] copy = nonces.clone();
    for (int n : copy) {
      if (n <= 0) {
        throw new IllegalArgumentException("a Nonce must be a positive integer, not " + n);
      }
    }
    AtomicInteger next = new AtomicInteger();
    return () -> {
      int i = next.getAndIncrement();
      if (i >= copy.length) {
        next.set(copy.length);
        throw new IllegalStateException("fixed nonce source exhausted after " + copy.length + " values");
      }
      return copy[i];
    };
  }
}
