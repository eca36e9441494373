package io.github.gamesdk.core.sign;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One {@link Mac} per thread, initialised once per thread with one signer's key: the HMACs of
 * PROTOCOLS.md §5 (Tencent Cloud API 2.0 {@code Signature}) and §6 (OpenAPI V3 {@code sig}).
 * Creating and initialising a {@code Mac} costs more than signing a short text, which is what
 * DESIGN.md §7 asks to avoid. Never print the key: {@link #toString()} names the algorithm only.
 */
final class ThreadLocalMac {
  private final String algorithm;
  private final ThreadLocal<Mac> mac;

  /**
   * Checks that the algorithm and key work by creating this thread's {@code Mac} right away.
   *
   * @param algorithm a JCA MAC name such as {@code HmacSHA256}
   * @param key the raw key bytes; the array is kept, so pass a private copy
   */
  ThreadLocalMac(String algorithm, byte[] key) {
    this.algorithm = algorithm;
    SecretKeySpec spec = new SecretKeySpec(key, algorithm);
    this.mac = ThreadLocal.withInitial(() -> create(algorithm, spec));
    mac.get();
  }

  /**
   * This thread's {@code Mac}, reset and ready for input. Use it within one call and do not keep
   * it.
   *
   * @return the MAC
   */
  Mac get() {
    Mac m = mac.get();
    m.reset();
    return m;
  }

  private static Mac create(String algorithm, SecretKeySpec spec) {
    try {
      Mac m = Mac.getInstance(algorithm);
      m.init(spec);
      return m;
    } catch (GeneralSecurityException e) {
      // HmacSHA1 and HmacSHA256 are required on every Java platform (javax.crypto.Mac).
      throw new IllegalStateException("this JVM cannot compute " + algorithm, e);
    }
  }

  @Override
  public String toString() {
    return algorithm + "[key=****]";
  }
}
