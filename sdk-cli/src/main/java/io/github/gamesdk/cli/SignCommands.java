package io.github.gamesdk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.core.sign.CloudApiV2Signer;
import io.github.gamesdk.core.sign.MsdkSigner;
import io.github.gamesdk.core.sign.OpenApiV3Signer;
import io.github.gamesdk.core.sign.QqConnectSigner;
import io.github.gamesdk.core.sign.SignatureResult;
import io.github.gamesdk.core.sign.VipCallbackSigner;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code sign} commands: each computes one signature scheme of {@code PROTOCOLS.md} offline
 * with the SDK's own signer and prints one line of JSON, {@code
 * {"canonical":"...","signature":"..."}}, where {@code canonical} is the exact text that was hashed
 * with any key shown as {@code ****}.
 */
final class SignCommands {
  /** The QoS host the SDK sends to unless configured otherwise (DESIGN.md §6, QoS). */
  static final String QOS_DEFAULT_HOST = "qos.api.cloud.tencent.com";

  /** The QoS path (seed 000). */
  static final String QOS_DEFAULT_PATH = "/qos";

  private SignCommands() {}

  /**
   * {@code sign qqconnect --key KEY [NAME=VALUE]...} (PROTOCOLS.md §1).
   *
   * @param a the arguments
   * @param io the streams
   * @return the exit status
   */
  static int qqconnect(Args a, Io io) {
    Secret key = secret(a, io, "key");
    return print(io, QqConnectSigner.of(key).sign(a.params()));
  }

  /**
   * {@code sign vip-callback --appkey KEY --data JSON} (PROTOCOLS.md §2).
   *
   * @param a the arguments
   * @param io the streams
   * @return the exit status
   */
  static int vipCallback(Args a, Io io) {
    Secret appkey = secret(a, io, "appkey");
    String data = a.option("data");
    if (data == null) {
      throw a.usageError("missing option --data");
    }
    return print(io, VipCallbackSigner.of(appkey).sign(data));
  }

  /**
   * {@code sign msdk --key KEY --timestamp TS} (PROTOCOLS.md §3).
   *
   * @param a the arguments
   * @param io the streams
   * @return the exit status
   */
  static int msdk(Args a, Io io) {
    Secret key = secret(a, io, "key");
    String ts = a.required("timestamp");
    long seconds;
    try {
      if (!ts.matches("[0-9]{1,18}")) {
        throw new NumberFormatException();
      }
      seconds = Long.parseLong(ts);
    } catch (NumberFormatException e) {
      throw a.usageError("option --timestamp must be Unix seconds (digits only)");
    }
    return print(io, MsdkSigner.of(key).sign(seconds));
  }

  /**
   * {@code sign qos --secret-key KEY [--method GET] [--host HOST] [--path /qos] [--signature-method
   * HmacSHA256|HmacSHA1|none] [NAME=VALUE]...} (PROTOCOLS.md §5). Unless the signature method is
   * {@code none}, {@code SignatureMethod} is added to the parameters and signed; with {@code none}
   * nothing is added and HMAC-SHA1 is used.
   *
   * @param a the arguments
   * @param io the streams
   * @return the exit status
   */
  static int qos(Args a, Io io) {
    Secret key = secret(a, io, "secret-key");
    String method = httpMethod(a);
    String host = a.option("host", QOS_DEFAULT_HOST);
    if (!host.matches("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?")) {
      throw a.usageError("option --host must be a host name (and port), without scheme or path");
    }
    String path = path(a, QOS_DEFAULT_PATH);
    CloudApiV2Signer.Method signatureMethod;
    try {
      signatureMethod =
          CloudApiV2Signer.Method.fromName(a.option("signature-method", "HmacSHA256"));
    } catch (IllegalArgumentException e) {
      throw a.usageError("option --signature-method must be HmacSHA256, HmacSHA1 or none");
    }
    if (a.params().containsKey("SignatureMethod")) {
      throw a.usageError("set SignatureMethod with --signature-method, not as a parameter");
    }
    Map<String, String> params = new LinkedHashMap<>(a.params());
    if (signatureMethod.parameterValue() != null) {
      params.put("SignatureMethod", signatureMethod.parameterValue());
    }
    return print(io, CloudApiV2Signer.of(key).sign(method, host, path, params));
  }

  /**
   * {@code sign openapi --appkey KEY [--method GET|POST] --path PATH [NAME=VALUE]...} (PROTOCOLS.md
   * §6).
   *
   * @param a the arguments
   * @param io the streams
   * @return the exit status
   */
  static int openapi(Args a, Io io) {
    Secret appkey = secret(a, io, "appkey");
    String method = httpMethod(a);
    if (!a.has("path")) {
      throw a.usageError("missing option --path");
    }
    String path = path(a, null);
    return print(io, OpenApiV3Signer.of(appkey).sign(method, path, a.params()));
  }

  private static Secret secret(Args a, Io io, String option) {
    return Secret.of(io.secret(a.required(option)));
  }

  private static String httpMethod(Args a) {
    String m = a.option("method", "GET").toUpperCase(Locale.ROOT);
    if (!m.equals("GET") && !m.equals("POST")) {
      throw a.usageError("option --method must be GET or POST");
    }
    return m;
  }

  private static String path(Args a, String defaultPath) {
    String p = a.option("path", defaultPath);
    if (p == null || !p.startsWith("/")) {
      throw a.usageError("option --path must start with /");
    }
    return p;
  }

  private static int print(Io io, SignatureResult r) {
    ObjectNode json = GameSdkJson.mapper().createObjectNode();
    json.put("canonical", r.canonical());
    json.put("signature", r.signature());
    io.out().println(GameSdkJson.writeString(json));
    return GamesdkCli.EXIT_OK;
  }
}
