package io.github.gamesdk.core.tea;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Supplies the random bytes of an {@code msdktea} frame (seed 004, {@code Content-Encrypt:
 * msdktea}; {@code shared/PROTOCOLS.md} §4): the random high bits of the header byte, the padding
 * bytes and the two salt bytes, consumed in that order.
 *
 * <p>Production code uses {@link #secure()}; {@link #fixed(byte[])} replays given bytes so that a
 * ciphertext, such as a test vector of PROTOCOLS.md §4, can be reproduced exactly.
 */
@FunctionalInterface
public interface RandomSource {

  /**
   * The next random byte.
   *
   * @return a value from 0 to 255; {@link MsdkTea} uses only its low 8 bits
   * @throws IllegalStateException if the source has no more bytes (only {@link #fixed(byte[])}
   *     sources run out)
   */
  int nextByte();

  /**
   * A source backed by one shared {@link java.security.SecureRandom}. It is thread-safe and may be shared by any
   * number of threads; it draws bytes from the {@code SecureRandom} in small batches.
   *
   * @return the shared secure source
   */
  static RandomSource secure() {
    return SecureRandomSource.INSTANCE;
  }

  /**
   * A source that returns the given bytes in order, then fails. Used to reproduce a known
   * ciphertext, for example the vectors of PROTOCOLS.md §4 or a command line's {@code --random
   * HEX} option. The returned source is thread-safe; every byte is handed out once.
   *
   * @param bytes the bytes to return, copied
   * @return a source returning {@code bytes[0] & 0xFF}, {@code bytes[1] & 0xFF}, ... and then
   *     throwing {@link IllegalStateException}
   */
  static RandomSource fixed(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    byte[] copy = bytes.clone();
    AtomicInteger next = new AtomicInteger();
    return () -> {
      int i = next.getAndIncrement();
      if (i >= copy.length) {
        next.set(copy.length);
        throw new IllegalStateException(
            "fixed random source exhausted after " + copy.length + " bytes");
      }
      return copy[i] & 0xFF;
    };
  }
}
