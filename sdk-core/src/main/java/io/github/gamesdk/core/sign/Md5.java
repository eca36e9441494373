package io.github.gamesdk.core.sign;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One MD5 {@link MessageDigest} per thread, shared by the MD5 schemes of PROTOCOLS.md §1 (QQ
 * Connect {@code sign}), §2 (QQ VIP callback {@code sign}) and §3 (MSDK {@code sig}). A digest
 * holds no key, so one per thread serves every signer instance.
 */
final class Md5 {
  private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Md5::create);

  private Md5() {}

  /**
   * This thread's MD5 digest, reset and ready for input. Use it within one call and do not keep
   * it.
   *
   * @return the digest
   */
  static MessageDigest get() {
    MessageDigest md = DIGEST.get();
    md.reset();
    return md;
  }

  private static MessageDigest create() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide MD5 (java.security.MessageDigest, "Implementation notes").
      throw new IllegalStateException("this JVM provides no MD5 MessageDigest", e);
    }
  }
}
