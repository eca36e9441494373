package io.github.gamesdk.cli;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.core.sign.CloudApiV2Signer;
import io.github.gamesdk.qos.QosClient;
import io.github.gamesdk.qos.model.CloseRequest;
import io.github.gamesdk.qos.model.GetUrlRequest;
import io.github.gamesdk.qos.model.ImmutableCloseRequest;
import io.github.gamesdk.qos.model.ImmutableGetUrlRequest;
import io.github.gamesdk.qos.model.ImmutableOpenRequest;
import io.github.gamesdk.qos.model.OpenRequest;
import io.github.gamesdk.qos.model.ReqType;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code call qos ACTION [--signature-method M] [NAME=VALUE]...}: one QoS call (seed 000) through
 * {@link QosClient}, printing the typed answer as one line of JSON.
 *
 * <p>ACTION is {@code geturl}, {@code open} or {@code close}; the parameters keep the vendor's
 * names ({@code ReqType}, {@code VersionId}, {@code PrivateIP}, {@code PublicIP}, {@code
 * DeviceCode}, and for open/close {@code PhoneNO} and {@code DstIP}, a comma-separated list) and
 * become the typed request, so that the SDK checks every documented rule before anything is sent.
 *
 * <p>{@code GameId}, {@code SecretId}, the key and the base URL come from the environment ({@link
 * #ENV_GAME_ID}, {@link #ENV_SECRET_ID}, {@link #ENV_SECRET_KEY}, {@link #ENV_BASE_URL}); the key
 * is never printed.
 */
final class CallQos {
  /** {@code GameId}; required. */
  static final String ENV_GAME_ID = "GAMESDK_QOS_GAME_ID";

  /** {@code SecretId}; required. */
  static final String ENV_SECRET_ID = "GAMESDK_QOS_SECRET_ID";

  /** The SecretKey {@code Signature} is computed with; required. */
  static final String ENV_SECRET_KEY = "GAMESDK_QOS_SECRET_KEY";

  /** Scheme, host and port to use instead of {@code https://qos.api.cloud.tencent.com}; optional. */
  static final String ENV_BASE_URL = "GAMESDK_QOS_BASE_URL";

  /** Parameters the client sets itself and a caller must not pass. */
  private static final Set<String> RESERVED =
      set("Action", "GameId", "SecretId", "Timestamp", "Nonce", "Signature", "SignatureMethod");

  private static final Set<String> GETURL_PARAMS =
      set("ReqType", "VersionId", "PrivateIP", "PublicIP", "DeviceCode");

  private static final Set<String> SESSION_PARAMS =
      set("ReqType", "VersionId", "PrivateIP", "PublicIP", "DeviceCode", "PhoneNO", "DstIP");

  private CallQos() {}

  /**
   * Runs the command.
   *
   * @param a the arguments; the one positional argument is the action
   * @param io the streams and environment
   * @return the exit status
   */
  static int run(Args a, Io io) {
    String action = a.positionals().get(0);
    if (!action.equals("geturl") && !action.equals("open") && !action.equals("close")) {
      throw a.usageError("unknown action; it must be geturl, open or close");
    }
    CloudApiV2Signer.Method method = CloudApiV2Signer.Method.HMAC_SHA256;
    if (a.has("signature-method")) {
      try {
        method = CloudApiV2Signer.Method.fromName(a.option("signature-method"));
      } catch (IllegalArgumentException e) {
        throw a.usageError("--signature-method must be HmacSHA256, HmacSHA1 or none");
      }
    }
    Map<String, String> p = a.params();
    for (String name : p.keySet()) {
      if (RESERVED.contains(name)) {
        throw a.usageError(
            "parameter " + name + " is set by the tool (from ACTION, --signature-method and the environment)");
      }
    }

    String gameId = io.env(ENV_GAME_ID);
    String secretId = io.env(ENV_SECRET_ID);
    String secretKey = io.secret(io.env(ENV_SECRET_KEY));
    String baseUrl = io.env(ENV_BASE_URL);
    if (gameId == null) {
      throw a.usageError("environment variable " + ENV_GAME_ID + " is not set");
    }
    if (secretId == null) {
      throw a.usageError("environment variable " + ENV_SECRET_ID + " is not set");
    }
    if (secretKey == null) {
      throw a.usageError("environment variable " + ENV_SECRET_KEY + " is not set");
    }

    // Build and validate the request before any network resource exists.
    Call call;
    switch (action) {
      case "geturl":
        call = geturlCall(p);
        break;
      case "open":
        call = openCall(p);
        break;
      default:
        call = closeCall(p);
        break;
    }

    QosClient.Builder b;
    try {
      b = QosClient.builder().gameId(gameId).secretId(secretId).secretKey(Secret.of(secretKey));
    } catch (InvalidRequestException e) {
      throw a.usageError(
          "environment variable " + (e.field().equals("GameId") ? ENV_GAME_ID : ENV_SECRET_ID) + ": " + e.rule());
    }
    b.signatureMethod(method);
    if (baseUrl != null) {
      try {
        b.baseUrl(baseUrl);
      } catch (InvalidRequestException e) {
        throw a.usageError(
            "environment variable "
                + ENV_BASE_URL
                + " must be scheme, host and port only, e.g. http://127.0.0.1:8080");
      }
    }
    try (GameSdkHttp http = GameSdkHttp.builder().build()) {
      Object response = call.execute(b.http(http).build());
      io.out().println(io.scrub(GameSdkJson.writeString(response)));
    }
    return GamesdkCli.EXIT_OK;
  }

  /** A validated request, ready to be sent with a client. */
  private interface Call {
    Object execute(QosClient client);
  }

  private static Call geturlCall(Map<String, String> p) {
    checkKnown("geturl", p, GETURL_PARAMS);
    ImmutableGetUrlRequest.Builder b = GetUrlRequest.builder().reqType(reqType(p));
    b.privateIp(required(p, "PrivateIP"));
    b.publicIp(p.get("PublicIP"));
    b.versionId(p.get("VersionId"));
    b.deviceCode(p.get("DeviceCode"));
    GetUrlRequest r = b.build();
    return client -> client.geturl(r);
  }

  private static Call openCall(Map<String, String> p) {
    checkKnown("open", p, SESSION_PARAMS);
    ImmutableOpenRequest.Builder b = OpenRequest.builder().reqType(reqType(p));
    b.privateIp(required(p, "PrivateIP"));
    b.publicIp(p.get("PublicIP"));
    b.versionId(p.get("VersionId"));
    b.deviceCode(p.get("DeviceCode"));
    b.phoneNo(required(p, "PhoneNO"));
    b.dstIps(dstIps(required(p, "DstIP")));
    OpenRequest r = b.build();
    return client -> client.open(r);
  }

  private static Call closeCall(Map<String, String> p) {
    checkKnown("close", p, SESSION_PARAMS);
    ImmutableCloseRequest.Builder b = CloseRequest.builder().reqType(reqType(p));
    b.privateIp(required(p, "PrivateIP"));
    b.publicIp(p.get("PublicIP"));
    b.versionId(p.get("VersionId"));
    b.deviceCode(p.get("DeviceCode"));
    b.phoneNo(required(p, "PhoneNO"));
    b.dstIps(dstIps(required(p, "DstIP")));
    CloseRequest r = b.build();
    return client -> client.close(r);
  }

  /** {@code ReqType}: 0 or 1, 1 (server) when not given, as the SDK's default. */
  private static ReqType reqType(Map<String, String> p) {
    String v = p.get("ReqType");
    if (v == null) {
      return ReqType.SERVER;
    }
    InvalidRequestException.check(v.equals("0") || v.equals("1"), "ReqType", "must be 0 (client) or 1 (server)");
    return ReqType.of(Integer.parseInt(v));
  }

  /** {@code DstIP} as on the wire: comma-separated (seed 000 line 148, {@code 1.1.1.1,2.2.2.2}). */
  private static List<String> dstIps(String v) {
    return Arrays.asList(v.split(",", -1));
  }

  private static void checkKnown(String action, Map<String, String> p, Set<String> allowed) {
    for (String name : p.keySet()) {
      if (!allowed.contains(name)) {
        throw new InvalidRequestException(
            name.matches("[A-Za-z0-9_.]{1,40}") ? name : "parameter",
            "not a parameter of " + action + "; it takes " + String.join(", ", allowed));
      }
    }
  }

  private static String required(Map<String, String> p, String name) {
    String v = p.get(name);
    InvalidRequestException.check(v != null, name, "required");
    return v;
  }

  private static Set<String> set(String... names) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names)));
  }
}
