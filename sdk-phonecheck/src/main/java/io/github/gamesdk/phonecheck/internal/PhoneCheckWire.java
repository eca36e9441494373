package io.github.gamesdk.phonecheck.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
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
import io.github.gamesdk.phonecheck.PhoneCheckEndpoints;
import io.github.gamesdk.phonecheck.PhoneCheckErrorCode;
import io.github.gamesdk.phonecheck.model.PhoneCheckRequest;
import io.github.gamesdk.phonecheck.model.PhoneCheckResponse;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The wire form of the PhoneCheck query (seed 001 lines 58-118): the parameters {@code apikey} and
 * {@code mobile}, in a form-encoded POST body or in the query string of a GET, and reading the
 * answer. Not public API.
 *
 * <p>The seed says the query takes POST and GET (line 64) but shows only a GET URL (line 77); how
 * a POST carries its parameters is not written down. The client sends them as an {@code
 * application/x-www-form-urlencoded} body in UTF-8 (line 42: "接口编码方式采用统一的 UTF-8"), the usual
 * form of such an HTTP interface, which also keeps the apikey out of URLs and access logs.
 */
public final class PhoneCheckWire {
  /** The media type of the POST body. */
  public static final String FORM_TYPE = "application/x-www-form-urlencoded; charset=utf-8";

  private static final int EXCERPT_CHARS = 160;
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
  private static final JavaType RESPONSE_TYPE =
      GameSdkJson.mapper().getTypeFactory().constructType(PhoneCheckResponse.class);

  private final HttpUrl checkUrl;
  private final byte[] formPrefix;
  private final Secret apikey;

  /**
   * Creates the wire mapping of one client.
   *
   * @param apikey {@code apikey}, the account's key (line 72)
   * @param baseUrl scheme, host and port; {@link PhoneCheckEndpoints#PATH} is appended
   */
  public PhoneCheckWire(Secret apikey, HttpUrl baseUrl) {
    this.apikey = Objects.requireNonNull(apikey, "apikey");
    this.checkUrl = baseUrl.resolve(PhoneCheckEndpoints.PATH);
    this.formPrefix =
        ("apikey=" + formEncode(apikey.reveal()) + "&mobile=").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The URL queries go to.
   *
   * @return {@code <base>/ssPhone_Privacy}
   */
  public HttpUrl checkUrl() {
    return checkUrl;
  }

  /**
   * The request of one query, in the order of the seed's example URL ({@code apikey}, then {@code
   * mobile}; line 77).
   *
   * @param r the request (its number already normalized)
   * @param method POST (form body) or GET (query string)
   * @return the request
   */
  public WireRequest request(PhoneCheckRequest r, HttpMethod method) {
    if (method == HttpMethod.GET) {
      return WireRequest.get(
          checkUrl
              .newBuilder()
              .addQueryParameter("apikey", apikey.reveal())
              .addQueryParameter("mobile", r.mobile())
              .build());
    }
    // The number is 11 ASCII digits once the request is built: nothing to encode.
    String mobile = r.mobile();
    byte[] form = new byte[formPrefix.length + mobile.length()];
    System.arraycopy(formPrefix, 0, form, 0, formPrefix.length);
    for (int i = 0; i < mobile.length(); i++) {
      form[formPrefix.length + i] = (byte) mobile.charAt(i);
    }
    return WireRequest.post(checkUrl, form, FORM_TYPE);
  }

  /**
   * Reads an answer: {@code code} 0 with a {@code result} is the typed response; any other {@code
   * code} is an {@link ApiException} (the table at lines 120-131); an answer that is not the
   * documented object, or a 0 without {@code result}, is a {@link ResponseFormatException}; an
   * HTTP error status without a code is a {@link io.github.gamesdk.core.error.TransportException}.
   *
   * @param endpoint the endpoint called
   * @return the handler
   */
  public static ResponseHandler<PhoneCheckResponse> handler(Endpoint endpoint) {
    return resp -> {
      if (!resp.isSuccessful()) {
        throw statusError(endpoint, resp);
      }
      PhoneCheckResponse r;
      try {
        // One pass straight into the model: the common case, and the cheapest.
        r =
            GameSdkJson.read(
                resp.body(),
                resp.charset(),
                RESPONSE_TYPE,
                endpoint.vendor(),
                endpoint.name(),
                resp.status());
      } catch (ResponseFormatException notTyped) {
        // Not of the documented shape. An error answer may still carry its code, for example with a
        // "result" of another shape: the code wins over the shape.
        JsonNode tree =
            GameSdkJson.readTree(
                resp.body(), resp.charset(), endpoint.vendor(), endpoint.name(), resp.status());
        Long code = codeOf(tree);
        if (code == null) {
          throw formatError(endpoint, resp, "answer has no numeric code");
        }
        if (code != 0) {
          throw apiError(endpoint, code, tree.path("reason").asText(""), resp.status());
        }
        throw notTyped;
      }
      if (r.code() != 0) {
        throw apiError(endpoint, r.code(), r.reason(), resp.status());
      }
      if (r.result() == null) {
        throw formatError(endpoint, resp, "code 0 without a result");
      }
      return r;
    };
  }

  /**
   * {@code code} of an answer, as a number or a string of digits.
   *
   * @param tree the answer
   * @return the code, or {@code null} when absent or not an integer
   */
  static Long codeOf(JsonNode tree) {
    JsonNode code = tree.get("code");
    if (code == null) {
      return null;
    }
    if (code.isIntegralNumber() && code.canConvertToLong()) {
      return code.asLong();
    }
    if (code.isTextual() && INTEGER.matcher(code.asText().trim()).matches()) {
      return Long.parseLong(code.asText().trim());
    }
    return null;
  }

  private static RuntimeException statusError(Endpoint endpoint, WireResponse resp) {
    return HttpErrors.statusError(
        endpoint,
        resp,
        r -> {
          JsonNode tree =
              GameSdkJson.readTree(
                  r.body(), r.charset(), endpoint.vendor(), endpoint.name(), r.status());
          Long code = codeOf(tree);
          return code != null && code != 0
              ? apiError(endpoint, code, tree.path("reason").asText(""), r.status())
              : null;
        });
  }

  private static ResponseFormatException formatError(
      Endpoint endpoint, WireResponse resp, String problem) {
    return new ResponseFormatException(
        endpoint.vendor(),
        endpoint.name(),
        resp.status(),
        problem,
        Redaction.excerpt(resp.body(), EXCERPT_CHARS),
        null);
  }

  private static ApiException apiError(Endpoint endpoint, long code, String reason, int status) {
    return new ApiException(
        endpoint.vendor(),
        endpoint.name(),
        code,
        Redaction.redact(reason),
        PhoneCheckErrorCode.of(code),
        status);
  }

  private static String formEncode(String value) {
    try {
      return URLEncoder.encode(value, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      // Every Java platform supports UTF-8.
      throw new IllegalStateException(e);
    }
  }
}
