package io.github.gamesdk.core.sign;

import io.github.gamesdk.core.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The {@code sig} query parameter of every MSDK request (PROTOCOLS.md §3; seed 004 lines 1-60,
 * "sig 생성 규칙"):
 *
 * <pre>sig = lower_hex(md5(key + timestamp))</pre>
 *
 * <p>where {@code key} is the msdkkey when {@code encode=2} (recommended) or the appkey when {@code
 * encode=1}, and {@code timestamp} is Unix seconds, the value also sent as the {@code timestamp}
 * query parameter.
 *
 * <p>Immutable and thread-safe. The key never becomes part of a {@code String}: its bytes go to the
 * digest directly, and {@link SignatureResult#canonical()} shows it as {@code ****}.
 */
public final class MsdkSigner {
  private static final String MASK = "****";

  private final byte[] key;

  private MsdkSigner(byte[] key) {
    this.key = key;
  }

  /**
   * Creates a signer for one key: the msdkkey for {@code encode=2}, the appkey for {@code encode=1}
   * (PROTOCOLS.md §3; seed 004, "encode" row of the fixed GET parameters).
   *
   * @param key the msdkkey or appkey
   * @return the signer
   * @throws NullPointerException if {@code key} is {@code null}
   */
  public static MsdkSigner of(Secret key) {
    Objects.requireNonNull(key, "key");
    return new MsdkSigner(key.revealBytes());
  }

  /**
   * Computes {@code sig} for one {@code timestamp} (PROTOCOLS.md §3; seed 004, "sig 생성 규칙" and
   * the PHP example {@code md5($appKey.$ts)} with {@code $ts = time()}).
   *
   * @param timestampSeconds the {@code timestamp} query parameter: Unix seconds, not milliseconds
   * @return the lower-case hex MD5 and the canonical text {@code "****" + timestamp}
   * @throws IllegalArgumentException if {@code timestampSeconds} is negative
   */
  public SignatureResult sign(long timestampSeconds) {
    if (timestampSeconds < 0) {
      throw new IllegalArgumentException(
          "parameter timestamp must not be negative: " + timestampSeconds);
    }
    String ts = Long.toString(timestampSeconds);
    MessageDigest md = Md5.get();
    md.update(key);
    // Decimal digits are ASCII, so the UTF-8 bytes are the chars.
    md.update(ts.getBytes(StandardCharsets.US_ASCII));
    return new SignatureResult(MASK + ts, Hex.lower(md.digest()));
  }

  /**
   * Never shows the key.
   *
   * @return {@code MsdkSigner[key=****]}
   */
  @Override
  public String toString() {
    return "MsdkSigner[key=****]";
  }
}
