package io.github.gamesdk.core.tea;

import java.security.SecureRandom;

/** The implementation of {@link RandomSource#secure()}. */
final class SecureRandomSource implements RandomSource {
  static final SecureRandomSource INSTANCE = new SecureRandomSource();

  private static final int BATCH = 256;

  private final SecureRandom random = new SecureRandom();
  private final byte[] buffer = new byte[BATCH];
  private int position = BATCH;

  private SecureRandomSource() {}

  @Override
  public synchronized int nextByte() {
    if (position == BATCH) {
      random.nextBytes(buffer);
      position = 0;
    }
    return buffer[position++] & 0xFF;
  }

  @Override
  public String toString() {
    return "RandomSource.secure()";
  }
}
