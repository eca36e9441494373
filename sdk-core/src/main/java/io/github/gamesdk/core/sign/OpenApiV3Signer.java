package io.github.gamesdk.core.sign;

import io.github.gamesdk.core.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code sig} parameter of the Tencent Open Platform OpenAPI V3 (PROTOCOLS.md §6; seed 002,
 * common parameter {@code sig}: "请求串的签名,以appkey作为密钥"):
 *
 * <pre>
 * source = METHOD + "&amp;" + enc(path) + "&amp;" + enc("k1=v1&amp;k2=v2...")
 * sig    = base64(HMAC-SHA1(appkey + "&amp;", source))
 * </pre>
 *
 * <p>over every parameter except {@code sig}, sorted by name, raw values joined and the whole
 * string encoded once with {@link #encode(String)}. The source holds no key and is {@link
 * SignatureResult#canonical()} exactly. The request sends {@code sig} URL-encoded.
 *
 * <p>Immutable and thread-safe: each thread keeps one initialised {@code Mac} (DESIGN.md §7).
 */
public final class OpenApiV3Signer {
  /** The request parameter that carries the signature and is itself never signed. */
  private static final String SIG = "sig";

  private static final char[] UPPER = "0123456789ABCDEF".toCharArray();

  /** ASCII characters {@link #encode(String)} keeps: {@code A-Z a-z 0-9 - _ .}. */
  private static final boolean[] KEEP = new boolean[128];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      KEEP[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      KEEP[c] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      KEEP[c] = true;
    }
    KEEP['-'] = true;
    KEEP['_'] = true;
    KEEP['.'] = true;
  }

  private final ThreadLocalMac mac;

  private OpenApiV3Signer(byte[] macKey) {
    this.mac = new ThreadLocalMac("HmacSHA1", macKey);
  }

  /**
   * Creates a signer for one {@code appkey} (PROTOCOLS.md §6; seed 002, {@code sig}: "以appkey作为密钥");
   * the HMAC key is {@code appkey + "&"}.
   *
   * <p>Create one signer per key and keep it: each thread that uses it initialises its own {@code
   * Mac} once.
   *
   * @param appkey the application's appkey
   * @return the signer
   * @throws NullPointerException if {@code appkey} is {@code null}
   */
  public static OpenApiV3Signer of(Secret appkey) {
    Objects.requireNonNull(appkey, "appkey");
    byte[] k = appkey.revealBytes();
    byte[] macKey = new byte[k.length + 1];
    System.arraycopy(k, 0, macKey, 0, k.length);
    macKey[k.length] = '&';
    Arrays.fill(k, (byte) 0);
    return new OpenApiV3Signer(macKey);
  }

  /**
   * Computes the {@code sig} parameter (PROTOCOLS.md §6).
   *
   * @param httpMethod {@code GET} or {@code POST}, the method the request is sent with
   * @param path the request path, for example {@code /v3/user/get_info}
   * @param params every request parameter ({@code openid}, {@code openkey}, {@code appid}, {@code
   *     pf}, {@code format}, {@code userip}, ...); a {@code sig} entry is ignored
   * @return the base64 HMAC-SHA1 and the source string, for example {@code
   *     GET&%2Fv3%2Fuser%2Fget_info&appid%3D123456%26format%3Djson...}
   * @throws NullPointerException if {@code path} or {@code params} is {@code null}
   * @throws IllegalArgumentException if {@code httpMethod} is not {@code GET} or {@code POST}, or
   *     a parameter name or value is {@code null}
   */
  public SignatureResult sign(String httpMethod, String path, Map<String, String> params) {
    Params.httpMethod(httpMethod);
    Objects.requireNonNull(path, "path");
    Iterable<Map.Entry<String, String>> sorted = Params.sorted(params, SIG);
    StringBuilder sb = new StringBuilder(8 + 2 * path.length() + 48 * params.size());
    sb.append(httpMethod).append('&');
    appendEncoded(sb, path);
    sb.append('&');
    // enc works byte by byte, so enc("k1=v1&k2=v2") is enc(k1) %3D enc(v1) %26 enc(k2) ...
    boolean first = true;
    for (Map.Entry<String, String> e : sorted) {
      if (!first) {
        sb.append("%26");
      }
      first = false;
      appendEncoded(sb, e.getKey());
      sb.append("%3D");
      appendEncoded(sb, Params.value(e));
    }
    String source = sb.toString();
    // The source is all ASCII after encoding.
    byte[] hmac = mac.get().doFinal(source.getBytes(StandardCharsets.US_ASCII));
    return new SignatureResult(source, Base64.getEncoder().encodeToString(hmac));
  }

  /**
   * The encoding of the OpenAPI V3 source string (PROTOCOLS.md §6, "enc"): keeps {@code A-Z a-z
   * 0-9 - _ .} and writes every other UTF-8 byte as {@code %XX} with upper-case hex. So {@code ~}
   * is {@code %7E}, {@code *} is {@code %2A} and a space is {@code %20}, as in Tencent's official
   * SDKs (a textbook RFC 3986 encoder keeps {@code ~}). An unpaired surrogate is encoded as {@code
   * ?} ({@code %3F}), as {@link String#getBytes(java.nio.charset.Charset)} does.
   *
   * @param s the text
   * @return the encoded text
   * @throws NullPointerException if {@code s} is {@code null}
   */
  public static String encode(String s) {
    Objects.requireNonNull(s, "s");
    int n = s.length();
    int i = 0;
    while (i < n && keep(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n + 16);
    appendEncoded(sb, s);
    return sb.toString();
  }

  private static boolean keep(char c) {
    return c < 128 && KEEP[c];
  }

  private static void appendEncoded(StringBuilder sb, String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (KEEP[c]) {
          sb.append(c);
        } else {
          percent(sb, c);
        }
      } else if (c < 0x800) {
        percent(sb, 0xC0 | (c >> 6));
        percent(sb, 0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        percent(sb, 0xF0 | (cp >> 18));
        percent(sb, 0x80 | ((cp >> 12) & 0x3F));
        percent(sb, 0x80 | ((cp >> 6) & 0x3F));
        percent(sb, 0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        percent(sb, '?');
      } else {
        percent(sb, 0xE0 | (c >> 12));
        percent(sb, 0x80 | ((c >> 6) & 0x3F));
        percent(sb, 0x80 | (c & 0x3F));
      }
    }
  }

  private static void percent(StringBuilder sb, int b) {
    sb.append('%').append(UPPER[(b >> 4) & 0xF]).append(UPPER[b & 0xF]);
  }

  /**
   * Never shows the key.
   *
   * @return {@code OpenApiV3Signer[appkey=****]}
   */
  @Override
  public String toString() {
    return "OpenApiV3Signer[appkey=****]";
  }
}
