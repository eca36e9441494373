package io.github.gamesdk.openapi.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.HttpErrors;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.http.ResponseHandler;
import io.github.gamesdk.core.http.WireRequest;
import io.github.gamesdk.core.http.WireResponse;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.core.log.Redaction;
import io.github.gamesdk.core.sign.OpenApiV3Signer;
import io.github.gamesdk.core.sign.SignatureResult;
import io.github.gamesdk.openapi.OpenApiErrorCode;
import io.github.gamesdk.openapi.model.CommonParams;
import io.github.gamesdk.openapi.model.CommonResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.MediaType;

/**
 * The wire form of OpenAPI V3 calls: the common parameters, {@code sig}, the query string or form
 * body, and reading the answers, decoded in the charset they came in. Not public API.
 */
public final class OpenApiWire {
  /** {@code format}: always {@code json} (seed 002 line 25; "json、xml为小写"). */
  public static final String FORMAT = "json";

  /** {@code charset}: {@code utf-8} (seed 002 line 29; the server's default is gbk). */
  public static final String CHARSET = "utf-8";

  /** The media type of a POST body. */
  public static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";

  private static final Charset GBK = lookUp("GBK");

  private final String appId;
  private final OpenApiV3Signer signer;
  private final HttpUrl baseUrl;
  private final boolean sendCharset;

  /**
   * Creates the wire mapping of one client.
   *
   * @param appId {@code appid}
   * @param appKey the key of {@code sig}
   * @param baseUrl scheme, host and port
   * @param sendCharset whether to send {@code charset=utf-8}; without it the server answers gbk
   */
  public OpenApiWire(String appId, Secret appKey, HttpUrl baseUrl, boolean sendCharset) {
    this.appId = Objects.requireNonNull(appId, "appId");
    this.signer = OpenApiV3Signer.of(appKey);
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.sendCharset = sendCharset;
  }

  /**
   * The charset answers are expected in when their {@code Content-Type} names none: UTF-8 when
   * {@code charset=utf-8} is sent, else the server's default gbk (seed 002 line 29).
   *
   * @return the charset
   */
  public Charset expectedCharset() {
    return sendCharset || GBK == null ? StandardCharsets.UTF_8 : GBK;
  }

  /**
   * Every parameter of a call, {@code sig} included, sorted by name: the call's own, then {@code
   * openid}, {@code openkey}, {@code appid}, {@code pf}, {@code format}, {@code userip}, {@code
   * charset} (seed 002 §1.3) and {@code sig} over all the others (PROTOCOLS.md §6).
   *
   * @param method the HTTP method the request is sent with
   * @param path the path, for example {@code /v3/user/get_info}
   * @param common the common parameters
   * @param callParams the call's own parameters
   * @return the signed parameters
   */
  public Map<String, String> signedParams(
      HttpMethod method, String path, CommonParams common, Map<String, String> callParams) {
    Map<String, String> p = unsignedParams(common, callParams);
    p.put("sig", sign(method, path, p).signature());
    return p;
  }

  /**
   * The {@code sig} of a call and the source string it was computed from (PROTOCOLS.md §6), for
   * troubleshooting: the source holds the openkey but not the appkey.
   *
   * @param method the HTTP method the request is sent with
   * @param path the path
   * @param params every parameter but {@code sig}
   * @return the source and the signature
   */
  public SignatureResult sign(HttpMethod method, String path, Map<String, String> params) {
    return signer.sign(method.name(), path, params);
  }

  /**
   * Every parameter of a call but {@code sig}, sorted by name.
   *
   * @param common the common parameters
   * @param callParams the call's own parameters
   * @return the parameters to sign
   */
  public Map<String, String> unsignedParams(CommonParams common, Map<String, String> callParams) {
    Map<String, String> p = new TreeMap<>(callParams);
    p.put("openid", common.openid());
    p.put("openkey", common.openkey().reveal());
    p.put("appid", appId);
    p.put("pf", common.pf());
    p.put("format", FORMAT);
    p.put("userip", common.userip());
    if (sendCharset) {
      p.put("charset", CHARSET);
    }
    p.remove("sig");
    return p;
  }

  /**
   * A signed request: for GET every parameter in the query string, for POST every parameter
   * form-encoded in the body and none in the URL (the way Tencent's own V3 SDKs post). Names and
   * values are encoded as in the signature (PROTOCOLS.md §6: {@code A-Z a-z 0-9 - _ .} kept,
   * every other UTF-8 byte {@code %XX}), so {@code sig}'s {@code +}, {@code /} and {@code =}
   * arrive intact.
   *
   * @param method the HTTP method
   * @param path the path, for example {@code /v3/user/get_info}
   * @param common the common parameters
   * @param callParams the call's own parameters
   * @return the request
   */
  public WireRequest request(
      HttpMethod method, String path, CommonParams common, Map<String, String> callParams) {
    String encoded = formEncode(signedParams(method, path, common, callParams));
    HttpUrl url = baseUrl.resolve(path);
    if (url == null) {
      throw new IllegalArgumentException("path cannot be resolved against the base URL");
    }
    if (method == HttpMethod.GET) {
      return WireRequest.get(url.newBuilder().encodedQuery(encoded).build());
    }
    return WireRequest.post(url, encoded.getBytes(StandardCharsets.US_ASCII), FORM_CONTENT_TYPE);
  }

  /**
   * {@code k1=v1&k2=v2...} in the map's order, names and values encoded with {@link
   * OpenApiV3Signer#encode(String)}: a valid query string and {@code
   * application/x-www-form-urlencoded} body.
   *
   * @param params the parameters
   * @return the encoded text, ASCII only
   */
  public static String formEncode(Map<String, String> params) {
    StringBuilder sb = new StringBuilder(32 * params.size());
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(OpenApiV3Signer.encode(e.getKey()))
          .append('=')
          .append(OpenApiV3Signer.encode(e.getValue()));
    }
    return sb.toString();
  }

  /**
   * The charset an answer is written in: the one its {@code Content-Type} names, if the JVM knows
   * it; otherwise the expected one. An answer expected in UTF-8 whose bytes are not valid UTF-8
   * is read as gbk: a server that ignored {@code charset=utf-8} answers in its default (seed 002
   * line 29).
   *
   * @param resp the answer
   * @param expected the charset asked for
   * @return the charset to decode with
   */
  public static Charset answerCharset(WireResponse resp, Charset expected) {
    Charset declared = declaredCharset(resp.header("Content-Type"));
    if (declared != null) {
      return declared;
    }
    if (expected.equals(StandardCharsets.UTF_8) && GBK != null && !isUtf8(resp.body())) {
      return GBK;
    }
    return expected;
  }

  /**
   * Reads an answer: success only when {@code ret} is 0 (seed 002 line 31); any other {@code ret}
   * is an {@link ApiException} with the code and message as they came. The answer is read into
   * the model directly; only when it does not fit the model (an error answer with other fields,
   * no {@code ret}) is it read again as a tree to find {@code ret}.
   *
   * @param <T> the response type
   * @param endpoint the endpoint called
   * @param type the response class
   * @param expected the charset asked for, used when the answer names none
   * @return the handler
   */
  public static <T extends CommonResponse> ResponseHandler<T> handler(
      Endpoint endpoint, Class<T> type, Charset expected) {
    JavaType javaType = GameSdkJson.mapper().getTypeFactory().constructType(type);
    return resp -> {
      Charset charset = answerCharset(resp, expected);
      if (!resp.isSuccessful()) {
        throw statusError(endpoint, resp, charset);
      }
      T typed;
      try {
        typed =
            GameSdkJson.read(
                resp.body(), charset, javaType, endpoint.vendor(), endpoint.name(), resp.status());
      } catch (ResponseFormatException notTheModel) {
        JsonNode tree =
            GameSdkJson.readTree(
                resp.body(), charset, endpoint.vendor(), endpoint.name(), resp.status());
        long ret = ret(tree, endpoint, resp);
        if (ret != 0) {
          throw apiError(endpoint, ret, tree.path("msg").asText(""), resp.status());
        }
        throw notTheModel;
      }
      if (typed.ret() != 0) {
        String msg = typed.msg();
        throw apiError(endpoint, typed.ret(), msg == null ? "" : msg, resp.status());
      }
      return typed;
    };
  }

  /**
   * The base URL.
   *
   * @return scheme, host and port
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  private static long ret(JsonNode tree, Endpoint endpoint, WireResponse resp) {
    JsonNode ret = tree.get("ret");
    if (ret != null && ret.isIntegralNumber() && ret.canConvertToLong()) {
      return ret.asLong();
    }
    if (ret != null && ret.isTextual() && ret.asText().trim().matches("-?[0-9]{1,18}")) {
      return Long.parseLong(ret.asText().trim());
    }
    throw new ResponseFormatException(
        endpoint.vendor(),
        endpoint.name(),
        resp.status(),
        ret == null ? "answer has no ret field" : "ret is not a whole number",
        Redaction.excerpt(resp.body(), 160),
        null);
  }

  private static RuntimeException statusError(
      Endpoint endpoint, WireResponse resp, Charset charset) {
    return HttpErrors.statusError(
        endpoint,
        resp,
        r -> {
          JsonNode tree =
              GameSdkJson.readTree(r.body(), charset, endpoint.vendor(), endpoint.name(), r.status());
          JsonNode code = tree.get("ret");
          return code != null && code.isIntegralNumber() && code.asLong() != 0
              ? apiError(endpoint, code.asLong(), tree.path("msg").asText(""), r.status())
              : null;
        });
  }

  private static ApiException apiError(Endpoint endpoint, long code, String msg, int status) {
    return new ApiException(
        endpoint.vendor(),
        endpoint.name(),
        code,
        Redaction.redact(msg),
        OpenApiErrorCode.of(code),
        status);
  }

  @Nullable
  private static Charset declaredCharset(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    MediaType media = MediaType.parse(contentType);
    return media == null ? null : media.charset(null);
  }

  private static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Nullable
  private static Charset lookUp(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      // A JRE without the extended charsets: answers are then read as UTF-8.
      return null;
    }
  }
}
