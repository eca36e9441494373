package io.github.gamesdk.core.sign;

/**
 * What a signer computed: the signature to send and the canonical text it was computed from
 * (DESIGN.md §3 "Signing": each scheme exposes what is signed separately from the signature, so
 * that a signature mismatch can be investigated).
 *
 * <p>The canonical text is safe to log: wherever the scheme hashes the key together with the text
 * (PROTOCOLS.md §1, §2 and §3), the key is written as {@code ****}. The HMAC schemes (§5 and §6)
 * hash a text that holds no key, and that text is the canonical text exactly. {@link #toString()}
 * masks the signature too, since a signature is also a secret in a log (DESIGN.md §3 "Secrets").
 *
 * <p>Instances are immutable and come only from the signers of this package.
 */
public final class SignatureResult {
  private final String canonical;
  private final String signature;

  SignatureResult(String canonical, String signature) {
    this.canonical = canonical;
    this.signature = signature;
  }

  /**
   * The exact text that was hashed or HMACed, with every copy of the key replaced by {@code ****}.
   * For example {@code ****$access_token$1821...$version$7.2.5****} for a QQ Connect {@code sign}
   * (PROTOCOLS.md §1, seed 003 line ~1652), or {@code GETqos.api.cloud.tencent.com/qos?Action=...}
   * for a QoS {@code Signature} (PROTOCOLS.md §5).
   *
   * @return the canonical text, free of keys
   */
  public String canonical() {
    return canonical;
  }

  /**
   * The signature, in the form the vendor expects on the wire before URL encoding: lower-case hex
   * for {@code sign} (PROTOCOLS.md §1, §2) and {@code sig} (§3), base64 for {@code Signature} (§5)
   * and {@code sig} (§6).
   *
   * @return the signature
   */
  public String signature() {
    return signature;
  }

  /**
   * Compares both the canonical text and the signature.
   *
   * @param o another object
   * @return whether {@code o} is a {@code SignatureResult} with equal canonical text and signature
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SignatureResult)) {
      return false;
    }
    SignatureResult other = (SignatureResult) o;
    return canonical.equals(other.canonical) && signature.equals(other.signature);
  }

  /**
   * A hash of the canonical text and the signature.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * canonical.hashCode() + signature.hashCode();
  }

  /**
   * Shows the canonical text and masks the signature, for example {@code
   * SignatureResult{canonical=****1700000000, signature=****}}.
   *
   * @return a text safe to log
   */
  @Override
  public String toString() {
    return "SignatureResult{canonical=" + canonical + ", signature=****}";
  }
}
