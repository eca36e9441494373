package io.github.gamesdk.core.sign;

import io.github.gamesdk.core.log.Redaction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a signer computed: the signature to send and the canonical text it was computed from
 * (DESIGN.md §3 "Signing": each scheme exposes what is signed separately from the signature, so
 * that a signature mismatch can be investigated).
 *
 * <p>The canonical text never holds the signing key: wherever the scheme hashes the key together
 * with the text (PROTOCOLS.md §1, §2 and §3), the key is written as {@code ****}. The HMAC schemes
 * (§5 and §6) hash a text that holds no key, and that text is the canonical text exactly. It does
 * hold the request's parameters, tokens included ({@code access_token}, {@code openkey}), so log
 * {@link #toString()}, which masks them and the signature (DESIGN.md §3 "Secrets"), not {@link
 * #canonical()}.
 *
 * <p>Instances are immutable and come only from the signers of this package.
 */
public final class SignatureResult {
  /** {@code $name$value} pairs of PROTOCOLS.md §1. */
  private static final Pattern DOLLAR_PAIR = Pattern.compile("\\$([^$]*)\\$([^$]*)");

  /** {@code name%3Dvalue} pairs of the encoded parameter string of PROTOCOLS.md §6. */
  private static final Pattern ENCODED_PAIR =
      Pattern.compile("(^|&|%26)([A-Za-z0-9_.\\-]+)%3D(.*?)(?=%26|$)");

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
   * SignatureResult{canonical=****1700000000, signature=****}}. The canonical text holds the
   * request's parameters, and some of them are secrets: the {@code access_token} of a QQ Connect
   * {@code sign} ({@code $access_token$...}, PROTOCOLS.md §1) and the {@code openkey} of an OpenAPI
   * V3 {@code sig} ({@code openkey%3D...}, §6). Their values, and those of every other parameter
   * whose name {@link Redaction#isSecretName(String)} marks, are shown as {@code ****} here; {@link
   * #canonical()} keeps them.
   *
   * @return a text safe to log
   */
  @Override
  public String toString() {
    return "SignatureResult{canonical=" + maskSecrets(canonical) + ", signature=****}";
  }

  static String maskSecrets(String text) {
    String s = Redaction.redactUrl(text);
    s = mask(ENCODED_PAIR, s, 2, 3);
    return mask(DOLLAR_PAIR, s, 1, 2);
  }

  private static String mask(Pattern pattern, String text, int nameGroup, int valueGroup) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      if (Redaction.isSecretName(m.group(nameGroup))) {
        out.append(text, last, m.start(valueGroup)).append(Redaction.MASK);
        last = m.end(valueGroup);
      }
    }
    return out.append(text, last, text.length()).toString();
  }
}
