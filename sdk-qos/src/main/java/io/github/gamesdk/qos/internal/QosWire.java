package io.github.gamesdk.qos.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.HttpErrors;
import io.github.gamesdk.core.http.ResponseHandler;
import io.github.gamesdk.core.http.WireRequest;
import io.github.gamesdk.core.http.WireResponse;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.core.sign.CloudApiV2Signer;
import io.github.gamesdk.qos.NonceSource;
import io.github.gamesdk.qos.QosEndpoints;
import io.github.gamesdk.qos.model.MobileUrlAnswer;
import io.github.gamesdk.qos.model.MobileUrlError;
import io.github.gamesdk.qos.model.MobileUrlRequest;
import io.github.gamesdk.qos.model.QosRequest;
import io.github.gamesdk.qos.model.QosResponse;
import io.github.gamesdk.qos.model.SessionRequest;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import okhttp3.HttpUrl;

/**
 * The wire form of QoS calls: query parameters, {@code Signature}, URLs, and reading the answers.
 * Not public API.
 *
 * <p>The host that is signed is the host the request goes to (PROTOCOLS.md §5), written exactly as
 * the {@code Host} header carries it: the base URL's host, with {@code :port} when the port is not
 * the scheme's default. For the documented {@code https://qos.api.cloud.tencent.com} that is
 * {@code qos.api.cloud.tencent.com}; for a local fake {@code 127.0.0.1:PORT}.
 */
public final class QosWire {
  /** {@code Content-Type} of the lookup (seed 000 lines 102-105: "application/x-www-form-urlencoded UTF-8"). */
  static final String MOBILE_URL_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";

  /**
   * {@code Accept} of the lookup (seed 000 line 107), with the {@code *}{@code /*} that the PDF
   * extraction turned into {@code /} restored.
   */
  static final String MOBILE_URL_ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8,UC/145,plugin/1,alipay/u";

  private final String gameId;
  private final String secretId;
  private final CloudApiV2Signer signer;
  private final CloudApiV2Signer.Method signatureMethod;
  private final HttpUrl url;
  private final String signedHost;
  private final Clock clock;
  private final NonceSource nonces;

  /**
   * Creates the wire mapping of one client.
   *
   * @param gameId {@code GameId}
   * @param secretId {@code SecretId}
   * @param secretKey the key of {@code Signature}
   * @param baseUrl scheme, host and port
   * @param signatureMethod what to send as {@code SignatureMethod}, and so which HMAC
   * @param clock the source of {@code Timestamp}
   * @param nonces the source of {@code Nonce}
   */
  public QosWire(
      String gameId,
      String secretId,
      Secret secretKey,
      HttpUrl baseUrl,
      CloudApiV2Signer.Method signatureMethod,
      Clock clock,
      NonceSource nonces) {
    this.gameId = Objects.requireNonNull(gameId, "gameId");
    this.secretId = Objects.requireNonNull(secretId, "secretId");
    this.signer = CloudApiV2Signer.of(secretKey);
    this.signatureMethod = Objects.requireNonNull(signatureMethod, "signatureMethod");
    this.url = baseUrl.resolve(QosEndpoints.PATH);
    this.signedHost = hostHeader(baseUrl);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.nonces = Objects.requireNonNull(nonces, "nonces");
  }

  /**
   * The host as the {@code Host} header carries it: {@code host} or {@code host:port}, IPv6
   * literals in brackets.
   *
   * @param url a URL
   * @return the host to sign
   */
  public static String hostHeader(HttpUrl url) {
    String host = url.host().indexOf(':') >= 0 ? "[" + url.host() + "]" : url.host();
    return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
  }

  /**
   * The host that is signed.
   *
   * @return for example {@code qos.api.cloud.tencent.com}
   */
  public String signedHost() {
    return signedHost;
  }

  /**
   * Every parameter of a call but {@code Signature}, sorted by name: the call's own, {@code
   * Action}, {@code GameId}, {@code SecretId}, {@code Timestamp}, {@code Nonce} and, unless the
   * method is {@code NONE}, {@code SignatureMethod}.
   *
   * @param action {@code geturl}, {@code open} or {@code close}
   * @param r the request
   * @param timestamp {@code Timestamp}, Unix seconds
   * @param nonce {@code Nonce}
   * @return the parameters to sign
   */
  public Map<String, String> unsignedParams(String action, QosRequest r, long timestamp, int nonce) {
    Map<String, String> p = new TreeMap<>();
    p.put("Action", action);
    p.put("ReqType", Integer.toString(r.reqType().value()));
    p.put("GameId", gameId);
    p.put("SecretId", secretId);
    putIfPresent(p, "VersionId", r.versionId());
    p.put("PrivateIP", r.privateIp());
    putIfPresent(p, "PublicIP", r.publicIp());
    putIfPresent(p, "DeviceCode", r.deviceCode());
    if (r instanceof SessionRequest) {
      SessionRequest s = (SessionRequest) r;
      p.put("PhoneNO", s.phoneNo());
      p.put("DstIP", String.join(",", s.dstIps()));
    }
    p.put("Timestamp", Long.toString(timestamp));
    p.put("Nonce", Integer.toString(nonce));
    if (signatureMethod.parameterValue() != null) {
      p.put("SignatureMethod", signatureMethod.parameterValue());
    }
    return p;
  }

  /**
   * A signed request with the given {@code Timestamp} and {@code Nonce}.
   *
   * @param action {@code geturl}, {@code open} or {@code close}
   * @param r the request
   * @param timestamp {@code Timestamp}, Unix seconds
   * @param nonce {@code Nonce}
   * @return the GET request; every value URL-encoded once
   */
  public WireRequest request(String action, QosRequest r, long timestamp, int nonce) {
    Map<String, String> p = unsignedParams(action, r, timestamp, nonce);
    String signature = signer.sign("GET", signedHost, QosEndpoints.PATH, p).signature();
    HttpUrl.Builder b = url.newBuilder();
    for (Map.Entry<String, String> e : p.entrySet()) {
      b.addQueryParameter(e.getKey(), e.getValue());
    }
    b.addQueryParameter("Signature", signature);
    return WireRequest.get(b.build());
  }

  /**
   * A signed request with a fresh {@code Timestamp} (from the clock) and {@code Nonce}: called
   * for every attempt, so that a retry is never refused as a replay (code 4500).
   *
   * @param action {@code geturl}, {@code open} or {@code close}
   * @param r the request
   * @return the GET request
   * @throws InvalidRequestException if the nonce source gives a value that is not positive
   */
  public WireRequest request(String action, QosRequest r) {
    int nonce = nonces.nextNonce();
    InvalidRequestException.check(nonce > 0, "Nonce", "must be a positive integer");
    return request(action, r, clock.instant().getEpochSecond(), nonce);
  }

  /**
   * The GET of a {@code mobileUrl} with the headers of seed 000 lines 100-107.
   *
   * @param r the request
   * @return the GET request
   */
  public static WireRequest mobileUrlRequest(MobileUrlRequest r) {
    return WireRequest.get(HttpUrl.get(r.mobileUrl()))
        .withHeader("Content-Type", MOBILE_URL_CONTENT_TYPE)
        .withHeader("Accept", MOBILE_URL_ACCEPT);
  }

  /**
   * Reads the answer of an action: success only when {@code errno} is 0. {@code errno} (with
   * {@code errmsg}) and the Tencent Cloud API 2.0 {@code code} (with {@code message}, codes
   * 4100-4500) both become an {@link io.github.gamesdk.core.error.ApiException}; the {@code
   * Response} wrapper is accepted on every action.
   *
   * @param <T> the response type
   * @param endpoint the endpoint called
   * @param type the response class
   * @return the handler
   */
  public static <T extends QosResponse> ResponseHandler<T> handler(
      Endpoint endpoint, Class<T> type) {
    String name = endpoint.name();
    return resp -> {
      if (!resp.isSuccessful()) {
        throw statusError(endpoint, resp);
      }
      T direct = QosJson.readFlat(resp.body(), resp.charset(), type, name, resp.status());
      if (direct != null) {
        return checked(name, direct, resp);
      }
      JsonNode body = QosJson.unwrap(QosJson.readTree(resp.body(), resp.charset(), name, resp.status()));
      RuntimeException error = codeError(name, body, resp);
      if (error != null) {
        throw error;
      }
      if (!body.has("errno")) {
        throw QosJson.formatError(name, resp.status(), "the answer has no errno", resp.body());
      }
      return GameSdkJson.convert(body, type, resp.body(), QosEndpoints.VENDOR, name, resp.status());
    };
  }

  /**
   * Reads the answer of the phone-id lookup; an {@code error} becomes an {@link
   * io.github.gamesdk.core.error.ApiException} (for example 4002, "Not supported!").
   *
   * @return the handler
   */
  public static ResponseHandler<MobileUrlAnswer> mobileUrlHandler() {
    Endpoint ep = QosEndpoints.MOBILE_URL;
    return resp -> {
      if (!resp.isSuccessful()) {
        throw HttpErrors.statusFailure(ep, resp);
      }
      MobileUrlAnswer a = QosJson.mobileUrlAnswer(resp.body(), resp.charset(), resp.status());
      MobileUrlError e = a.error();
      if (e != null) {
        Long code = e.numericCode();
        if (code == null) {
          throw QosJson.formatError(ep.name(), resp.status(), "error.code is not a number", resp.body());
        }
        throw QosJson.apiError(ep.name(), code, e.message(), resp.status());
      }
      return a;
    };
  }

  /**
   * A response read directly: {@code errno} is known to be present; a non-zero {@code errno}, or
   * a non-zero {@code code} among the undocumented fields, is the vendor's error.
   */
  private static <T extends QosResponse> T checked(String name, T r, WireResponse resp) {
    if (r.errno() != 0) {
      throw QosJson.apiError(name, r.errno(), r.errmsg(), resp.status());
    }
    Object code = r.extra().get("code");
    if (code != null) {
      Long c;
      try {
        c = QosJson.code(GameSdkJson.mapper().valueToTree(code));
      } catch (NumberFormatException e) {
        throw QosJson.formatError(name, resp.status(), "code is not an integer", resp.body());
      }
      if (c != null && c != 0) {
        Object message = r.extra().get("message");
        throw QosJson.apiError(name, c, message == null ? "" : message.toString(), resp.status());
      }
    }
    return r;
  }

  /** The vendor error in an answer, or {@code null}: a non-zero {@code errno}, else a non-zero {@code code}. */
  private static RuntimeException codeError(String name, JsonNode body, WireResponse resp) {
    Long errno;
    Long code;
    try {
      errno = QosJson.code(body.get("errno"));
    } catch (NumberFormatException e) {
      return QosJson.formatError(name, resp.status(), "errno is not an integer", resp.body());
    }
    if (errno != null && errno != 0) {
      return QosJson.apiError(name, errno, body.path("errmsg").asText(""), resp.status());
    }
    try {
      code = QosJson.code(body.get("code"));
    } catch (NumberFormatException e) {
      return QosJson.formatError(name, resp.status(), "code is not an integer", resp.body());
    }
    if (code != null && code != 0) {
      return QosJson.apiError(name, code, body.path("message").asText(""), resp.status());
    }
    return null;
  }

  private static RuntimeException statusError(Endpoint endpoint, WireResponse resp) {
    return HttpErrors.statusError(
        endpoint,
        resp,
        r -> {
          JsonNode body =
              QosJson.unwrap(QosJson.readTree(r.body(), r.charset(), endpoint.name(), r.status()));
          RuntimeException error = codeError(endpoint.name(), body, r);
          return error instanceof ApiException ? (ApiException) error : null;
        });
  }

  private static void putIfPresent(Map<String, String> p, String name, String value) {
    if (value != null) {
      p.put(name, value);
    }
  }
}
