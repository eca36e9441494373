package io.github.gamesdk.core.sign;

import io.github.gamesdk.core.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code Signature} parameter of Tencent Cloud API 2.0, used by the QoS API {@code
 * qos.api.cloud.tencent.com/qos} (PROTOCOLS.md §5; seed 000, "Signature ... 签名信息"):
 *
 * <ol>
 *   <li>every request parameter except {@code Signature}, sorted by name as sent (byte order);
 *   <li>only then, in each name, {@code _} is written as {@code .} (Tencent's SDK sorts first and
 *       rewrites second); values are raw, not URL-encoded; empty values stay ({@code PhoneNO=});
 *   <li>plain text = method + host + path + {@code ?} + {@code k1=v1&k2=v2...}, for example {@code
 *       GETqos.api.cloud.tencent.com/qos?Action=geturl&...};
 *   <li>{@code Signature = base64(HMAC(secretKey, plainText))}, HMAC-SHA256 when the request's
 *       {@code SignatureMethod} is {@code HmacSHA256}, HMAC-SHA1 otherwise.
 * </ol>
 *
 * <p>The plain text holds no key and is {@link SignatureResult#canonical()} exactly. The request
 * sends every value URL-encoded once, the {@code Signature} included (it holds {@code +}, {@code
 * /} and {@code =}).
 *
 * <p>Immutable and thread-safe: each thread keeps one initialised {@code Mac} per algorithm
 * (DESIGN.md §7).
 */
public final class CloudApiV2Signer {
  /** The request parameter that carries the signature and is itself never signed. */
  private static final String SIGNATURE = "Signature";

  /** The request parameter that selects the HMAC (PROTOCOLS.md §5). */
  private static final String SIGNATURE_METHOD = "SignatureMethod";

  /**
   * The values of the {@code SignatureMethod} request parameter (PROTOCOLS.md §5). The default is
   * {@link #HMAC_SHA256}, which Tencent's official SDK sends and which the seed's 32-byte example
   * signature implies; {@link #HMAC_SHA1} and {@link #NONE} remain as options.
   */
  public enum Method {
    /** Send {@code SignatureMethod=HmacSHA256} and sign with HMAC-SHA256 (the default). */
    HMAC_SHA256("HmacSHA256"),
    /** Send {@code SignatureMethod=HmacSHA1} and sign with HMAC-SHA1. */
    HMAC_SHA1("HmacSHA1"),
    /** Send no {@code SignatureMethod}; the server then expects HMAC-SHA1. */
    NONE(null);

    private final String parameterValue;

    Method(String parameterValue) {
      this.parameterValue = parameterValue;
    }

    /**
     * The value of the {@code SignatureMethod} request parameter (PROTOCOLS.md §5).
     *
     * @return {@code HmacSHA256}, {@code HmacSHA1}, or {@code null} for {@link #NONE}, meaning: do
     *     not send {@code SignatureMethod} (HMAC-SHA1 is then used)
     */
    public String parameterValue() {
      return parameterValue;
    }

    /**
     * Parses a configured name (PROTOCOLS.md §5: HmacSHA256 by default, HmacSHA1 and "omit
     * SignatureMethod" as options).
     *
     * @param name {@code HmacSHA256}, {@code HmacSHA1} or {@code none}, in any case
     * @return the method
     * @throws IllegalArgumentException for any other name, {@code null} included
     */
    public static Method fromName(String name) {
      if (name != null) {
        switch (name.toLowerCase(Locale.ROOT)) {
          case "hmacsha256":
            return HMAC_SHA256;
          case "hmacsha1":
            return HMAC_SHA1;
          case "none":
            return NONE;
          default:
            break;
        }
      }
      throw new IllegalArgumentException(
          "SignatureMethod must be HmacSHA256, HmacSHA1 or none, not " + name);
    }
  }

  private final ThreadLocalMac sha256;
  private final ThreadLocalMac sha1;

  private CloudApiV2Signer(byte[] secretKey) {
    this.sha256 = new ThreadLocalMac("HmacSHA256", secretKey);
    this.sha1 = new ThreadLocalMac("HmacSHA1", secretKey);
  }

  /**
   * Creates a signer for one {@code SecretKey}, the key paired with the {@code SecretId} request
   * parameter (PROTOCOLS.md §5; seed 000, "SecretId ... 密钥 ID").
   *
   * <p>Create one signer per key and keep it: each thread that uses it initialises its own {@code
   * Mac} once.
   *
   * @param secretKey the SecretKey
   * @return the signer
   * @throws NullPointerException if {@code secretKey} is {@code null}
   */
  public static CloudApiV2Signer of(Secret secretKey) {
    Objects.requireNonNull(secretKey, "secretKey");
    return new CloudApiV2Signer(secretKey.revealBytes());
  }

  /**
   * Computes the {@code Signature} parameter (PROTOCOLS.md §5).
   *
   * @param httpMethod {@code GET} (what QoS uses) or {@code POST}, the method the request is sent
   *     with
   * @param host the host the request goes to, without scheme, for example {@code
   *     qos.api.cloud.tencent.com}
   * @param path the path, for example {@code /qos}
   * @param params every request parameter ({@code Action}, {@code SecretId}, {@code Timestamp},
   *     {@code Nonce}, {@code SignatureMethod}, ...); a {@code Signature} entry is ignored
   * @return the base64 HMAC and the plain text it was computed from
   * @throws NullPointerException if {@code host}, {@code path} or {@code params} is {@code null}
   * @throws IllegalArgumentException if {@code httpMethod} is not {@code GET} or {@code POST}, or
   *     a parameter name or value is {@code null}
   */
  public SignatureResult sign(
      String httpMethod, String host, String path, Map<String, String> params) {
    Params.httpMethod(httpMethod);
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(path, "path");
    Iterable<Map.Entry<String, String>> sorted = Params.sorted(params, SIGNATURE);
    StringBuilder sb =
        new StringBuilder(httpMethod.length() + host.length() + path.length() + 32 * params.size());
    sb.append(httpMethod).append(host).append(path).append('?');
    boolean first = true;
    for (Map.Entry<String, String> e : sorted) {
      if (!first) {
        sb.append('&');
      }
      first = false;
      // Sorted by the name as sent; '_' becomes '.' only in the signed text.
      sb.append(e.getKey().replace('_', '.')).append('=').append(Params.value(e));
    }
    String plainText = sb.toString();
    ThreadLocalMac mac =
        Method.HMAC_SHA256.parameterValue().equals(params.get(SIGNATURE_METHOD)) ? sha256 : sha1;
    byte[] hmac = mac.get().doFinal(plainText.getBytes(StandardCharsets.UTF_8));
    return new SignatureResult(plainText, Base64.getEncoder().encodeToString(hmac));
  }

  /**
   * Never shows the key.
   *
   * @return {@code CloudApiV2Signer[secretKey=****]}
   */
  @Override
  public String toString() {
    return "CloudApiV2Signer[secretKey=****]";
  }
}
