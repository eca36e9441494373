package io.github.gamesdk.qos.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.core.log.Redaction;
import io.github.gamesdk.qos.QosEndpoints;
import io.github.gamesdk.qos.QosErrorCode;
import io.github.gamesdk.qos.model.MobileUrlAnswer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reading QoS answers: the lenient JSON of the seed's copies, the optional {@code Response}
 * wrapper, and the codes. Not public API.
 */
public final class QosJson {
  /** The field that wraps the {@code geturl} example's answer (seed 000 line 79). */
  static final String RESPONSE = "Response";

  private static final int EXCERPT_CHARS = 160;

  /** {@code "errno"} in UTF-8: the first key of every flat answer of the seed (lines 197, 284). */
  private static final byte[] ERRNO_KEY = {'"', 'e', 'r', 'r', 'n', 'o', '"'};

  private QosJson() {}

  /**
   * Reads an answer as a JSON object. Every example answer in seed 000 separates names from values
   * with a full-width colon {@code ：} (U+FF1A, lines 80-83, 197-200, 284-285); outside string
   * values it is read as {@code :}, so that the documented examples parse as they are printed.
   *
   * @param body the body bytes
   * @param charset their charset
   * @param endpoint the vendor's name of the call, for exceptions
   * @param httpStatus the HTTP status, for exceptions (0 when not received over HTTP)
   * @return the JSON object
   * @throws ResponseFormatException if the body is not a JSON object
   */
  public static JsonNode readTree(byte[] body, Charset charset, String endpoint, int httpStatus) {
    byte[] bytes = body;
    Charset cs = charset;
    if (hasFullWidthColon(bytes, cs)) {
      bytes = normalizeColons(new String(bytes, cs)).getBytes(StandardCharsets.UTF_8);
      cs = StandardCharsets.UTF_8;
    }
    return GameSdkJson.readTree(bytes, cs, QosEndpoints.VENDOR, endpoint, httpStatus);
  }

  /**
   * Reads the common case cheaply: a flat answer of the documented shape, read straight into its
   * type with no intermediate tree. Anything else (the {@code Response} wrapper, full-width colons,
   * an error answer lacking the call's fields, a missing {@code errno}, a broken body) gives {@code
   * null}, and the caller reads the answer the general way, which reports the problem exactly.
   *
   * @param <T> the response type
   * @param body the body bytes
   * @param charset their charset
   * @param type the response class
   * @param endpoint the vendor's name of the call
   * @param httpStatus the HTTP status
   * @return the response, or {@code null}
   */
  @Nullable
  public static <T extends io.github.gamesdk.qos.model.QosResponse> T readFlat(
      byte[] body, Charset charset, Class<T> type, String endpoint, int httpStatus) {
    if (!StandardCharsets.UTF_8.equals(charset)
        || !startsWithErrno(body)
        || hasFullWidthColon(body, charset)) {
      return null;
    }
    try {
      return GameSdkJson.read(body, type, QosEndpoints.VENDOR, endpoint, httpStatus);
    } catch (ResponseFormatException notFlat) {
      return null;
    }
  }

  /** Whether the body is a JSON object whose first field is {@code "errno"}, as every seed answer's. */
  private static boolean startsWithErrno(byte[] body) {
    int i = 0;
    while (i < body.length && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
      i++;
    }
    if (i >= body.length || body[i] != '{') {
      return false;
    }
    i++;
    while (i < body.length && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
      i++;
    }
    if (i + ERRNO_KEY.length > body.length) {
      return false;
    }
    for (int k = 0; k < ERRNO_KEY.length; k++) {
      if (body[i + k] != ERRNO_KEY[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The answer inside a {@code {"Response":{...}}} wrapper (seed 000 lines 78-85), or the answer
   * itself when it is flat (lines 196-201). Fields beside {@code Response} are kept unless the
   * inner answer has a field of the same name.
   *
   * @param root the answer
   * @return the object holding {@code errno}
   */
  public static JsonNode unwrap(JsonNode root) {
    JsonNode inner = root.get(RESPONSE);
    if (inner == null || !inner.isObject() || root.has("errno") || root.has("code")) {
      return root;
    }
    if (root.size() == 1) {
      return inner;
    }
    ObjectNode merged = ((ObjectNode) inner).deepCopy();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (!e.getKey().equals(RESPONSE) && !merged.has(e.getKey())) {
        merged.set(e.getKey(), e.getValue());
      }
    }
    return merged;
  }

  /**
   * A code field as a number: an integral JSON number, or a string of digits ({@code "4002"},
   * seed 000 line 116).
   *
   * @param node the field, or {@code null}
   * @return the code, or {@code null} when the field is absent or JSON {@code null}
   * @throws NumberFormatException when the field is present but not an integer
   */
  @Nullable
  static Long code(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isTextual()) {
      String s = node.asText().trim();
      if (s.matches("-?[0-9]{1,18}")) {
        return Long.parseLong(s);
      }
    }
    throw new NumberFormatException("not an integer");
  }

  /**
   * The exception for a vendor code.
   *
   * @param endpoint the vendor's name of the call
   * @param code the code
   * @param message the vendor's message
   * @param httpStatus the HTTP status
   * @return the exception
   */
  static ApiException apiError(String endpoint, long code, String message, int httpStatus) {
    return new ApiException(
        QosEndpoints.VENDOR,
        endpoint,
        code,
        Redaction.redact(message),
        QosErrorCode.of(code),
        httpStatus);
  }

  /**
   * The exception for an answer of the wrong shape.
   *
   * @param endpoint the vendor's name of the call
   * @param httpStatus the HTTP status
   * @param problem what is wrong
   * @param body the body, for the excerpt
   * @return the exception
   */
  static ResponseFormatException formatError(
      String endpoint, int httpStatus, String problem, byte[] body) {
    return new ResponseFormatException(
        QosEndpoints.VENDOR,
        endpoint,
        httpStatus,
        problem,
        Redaction.excerpt(body, EXCERPT_CHARS),
        null);
  }

  /**
   * Reads the answer of the phone-id lookup as the phone relayed it (see {@link
   * MobileUrlAnswer#parse(String)}).
   *
   * @param json the JSON text
   * @return the answer
   * @throws ResponseFormatException if it is not JSON or holds neither {@code result} nor {@code
   *     error}
   */
  public static MobileUrlAnswer parseMobileUrlAnswer(@Nullable String json) {
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    return mobileUrlAnswer(body, StandardCharsets.UTF_8, 0);
  }

  /**
   * Reads the answer of the phone-id lookup.
   *
   * @param body the body bytes
   * @param charset their charset
   * @param httpStatus the HTTP status, 0 for a relayed answer
   * @return the answer
   * @throws ResponseFormatException if it is not JSON or holds neither {@code result} nor {@code
   *     error}
   */
  static MobileUrlAnswer mobileUrlAnswer(byte[] body, Charset charset, int httpStatus) {
    String endpoint = QosEndpoints.MOBILE_URL.name();
    JsonNode tree = unwrap(readTree(body, charset, endpoint, httpStatus));
    JsonNode error = tree.get("error");
    if (error != null && !error.isNull() && !error.isObject()) {
      throw formatError(endpoint, httpStatus, "error is not an object", body);
    }
    if ((error == null || error.isNull()) && (tree.get("result") == null || tree.get("result").isNull())) {
      throw formatError(endpoint, httpStatus, "the answer holds neither result nor error", body);
    }
    return GameSdkJson.convert(
        tree, MobileUrlAnswer.class, body, QosEndpoints.VENDOR, endpoint, httpStatus);
  }

  private static boolean hasFullWidthColon(byte[] body, Charset charset) {
    if (body == null) {
      return false;
    }
    if (StandardCharsets.UTF_8.equals(charset)) {
      // U+FF1A in UTF-8: EF BC 9A.
      for (int i = 0; i + 2 < body.length; i++) {
        if (body[i] == (byte) 0xEF && body[i + 1] == (byte) 0xBC && body[i + 2] == (byte) 0x9A) {
          return true;
        }
      }
      return false;
    }
    return new String(body, charset).indexOf('\uFF1A') >= 0;
  }

  /** Replaces U+FF1A with {@code :} outside string literals (double- or single-quoted). */
  static String normalizeColons(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    char quote = 0;
    boolean escaped = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == quote) {
          quote = 0;
        }
        sb.append(c);
      } else if (c == '"' || c == '\'') {
        quote = c;
        sb.append(c);
      } else {
        sb.append(c == '\uFF1A' ? ':' : c);
      }
    }
    return sb.toString();
  }
}
