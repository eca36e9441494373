package io.github.gamesdk.core.sign;

import io.github.gamesdk.core.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code sign} parameter of the QQ Connect OpenSDK transfer CGI {@code
 * proxy.vip.qq.com/cgi-bin/QQConnect.fcgi} (PROTOCOLS.md §1; seed 003, "签名算法", line ~1620):
 *
 * <pre>sign = lower_hex(md5(key + "$k1$v1$k2$v2..." + key))</pre>
 *
 * <p>over every request parameter except {@code sign}, sorted by name in byte order, with raw (not
 * URL-encoded) UTF-8 values. The seed's worked example, key {@code 123456}, gives {@code
 * a61529eb51852c7bb6fe396bd62dadcd}.
 *
 * <p>Immutable and thread-safe. The key never becomes part of a {@code String}: its bytes go to the
 * digest directly, and {@link SignatureResult#canonical()} shows it as {@code ****}.
 */
public final class QqConnectSigner {
  /** The request parameter that carries the signature and is itself never signed. */
  private static final String SIGN = "sign";

  private static final String MASK = "****";

  private final byte[] key;

  private QqConnectSigner(byte[] key) {
    this.key = key;
  }

  /**
   * Creates a signer for one key, the "密钥" of seed 003 line ~1640 (PROTOCOLS.md §1).
   *
   * @param key the signing key
   * @return the signer
   * @throws NullPointerException if {@code key} is {@code null}
   */
  public static QqConnectSigner of(Secret key) {
    Objects.requireNonNull(key, "key");
    return new QqConnectSigner(key.revealBytes());
  }

  /**
   * Computes the {@code sign} parameter (PROTOCOLS.md §1; seed 003 lines ~1620-1660).
   *
   * @param params every request parameter (for example {@code oauth_consumer_key}, {@code
   *     access_token}, {@code openid}, {@code cmd}); a {@code sign} entry is ignored
   * @return the lower-case hex MD5 and the canonical text {@code ****$k1$v1$k2$v2...****}
   * @throws NullPointerException if {@code params} is {@code null}
   * @throws IllegalArgumentException if a parameter name or value is {@code null}
   */
  public SignatureResult sign(Map<String, String> params) {
    Iterable<Map.Entry<String, String>> sorted = Params.sorted(params, SIGN);
    StringBuilder sb = new StringBuilder(16 + 48 * params.size());
    sb.append(MASK);
    for (Map.Entry<String, String> e : sorted) {
      sb.append('$').append(e.getKey()).append('$').append(Params.value(e));
    }
    sb.append(MASK);
    String canonical = sb.toString();
    byte[] bytes = canonical.getBytes(StandardCharsets.UTF_8);
    MessageDigest md = Md5.get();
    md.update(key);
    // The middle part: the canonical text without the two four-byte masks.
    md.update(bytes, MASK.length(), bytes.length - 2 * MASK.length());
    md.update(key);
    return new SignatureResult(canonical, Hex.lower(md.digest()));
  }

  /**
   * Never shows the key.
   *
   * @return {@code QqConnectSigner[key=****]}
   */
  @Override
  public String toString() {
    return "QqConnectSigner[key=****]";
  }
}
