package io.github.gamesdk.core.sign;

import io.github.gamesdk.core.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The {@code sign} of a QQ VIP monthly-subscription order callback ("开通流水转发", PROTOCOLS.md §2;
 * seed 003 lines ~826 and ~1982):
 *
 * <pre>sign = lower_hex(md5(data + appkey))</pre>
 *
 * <p>where {@code data} is the JSON text exactly as received, after URL-decoding the {@code data}
 * query parameter and before any re-serialization. {@link #verify(String, String)} compares in
 * constant time and ignores the case of the hex digits. The seed's example {@code sign} is
 * illustrative and does not reproduce.
 *
 * <p>Immutable and thread-safe. The appkey never becomes part of a {@code String}: its bytes go to
 * the digest directly, and {@link SignatureResult#canonical()} shows it as {@code ****}.
 */
public final class VipCallbackSigner {
  private static final String MASK = "****";

  /** An MD5 is 16 bytes, 32 hex digits. */
  private static final int MD5_BYTES = 16;

  private final byte[] appkey;

  private VipCallbackSigner(byte[] appkey) {
    this.appkey = appkey;
  }

  /**
   * Creates a signer for one {@code appkey}, the "数据校验 appkey" the VIP side generates per appid
   * (PROTOCOLS.md §2; seed 003 line ~830).
   *
   * @param appkey the appkey
   * @return the signer
   * @throws NullPointerException if {@code appkey} is {@code null}
   */
  public static VipCallbackSigner of(Secret appkey) {
    Objects.requireNonNull(appkey, "appkey");
    return new VipCallbackSigner(appkey.revealBytes());
  }

  /**
   * Computes the {@code sign} of a callback's {@code data} (PROTOCOLS.md §2).
   *
   * @param data the {@code data} JSON text exactly as received (URL-decoded)
   * @return the lower-case hex MD5 and the canonical text {@code data + "****"}
   * @throws NullPointerException if {@code data} is {@code null}
   */
  public SignatureResult sign(String data) {
    Objects.requireNonNull(data, "data");
    return new SignatureResult(data + MASK, Hex.lower(digest(data)));
  }

  /**
   * Checks a callback's {@code sign} against its {@code data} (PROTOCOLS.md §2): in constant time
   * ({@link MessageDigest#isEqual}) and accepting upper- or lower-case hex.
   *
   * @param data the {@code data} JSON text exactly as received (URL-decoded)
   * @param sign the {@code sign} parameter as received
   * @return whether {@code sign} is the MD5 of {@code data + appkey}; {@code false}, never an
   *     exception, when {@code data} or {@code sign} is {@code null} or {@code sign} is not 32 hex
   *     digits
   */
  public boolean verify(String data, String sign) {
    byte[] given = Hex.decode(sign, MD5_BYTES);
    if (data == null || given == null) {
      return false;
    }
    return MessageDigest.isEqual(digest(data), given);
  }

  private byte[] digest(String data) {
    MessageDigest md = Md5.get();
    md.update(data.getBytes(StandardCharsets.UTF_8));
    md.update(appkey);
    return md.digest();
  }

  /**
   * Never shows the appkey.
   *
   * @return {@code VipCallbackSigner[appkey=****]}
   */
  @Override
  public String toString() {
    return "VipCallbackSigner[appkey=****]";
  }
}
