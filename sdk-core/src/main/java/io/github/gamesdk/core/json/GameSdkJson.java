package io.github.gamesdk.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.log.Redaction;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The one configured Jackson mapper of gamesdk (DESIGN.md §3 "JSON"), and lenient reading of
 * vendor answers.
 *
 * <p>Answers are read leniently because the vendor documents are: unquoted field names (seed 001),
 * single quotes, trailing commas, numbers that arrive as strings and strings that arrive as numbers
 * (seed 004 {@code appid}, {@code is_lost}), and JSONP wrappers ({@code callback( {...} );}, seed
 * 003 {@code format=jsonp}) are all accepted. Unknown fields are never an error: every response
 * model keeps them in its {@code extra()} map. Requests are written with exactly the types of the
 * model, and absent optional fields are left out.
 */
public final class GameSdkJson {
  private static final int EXCERPT_CHARS = 160;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
          .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .build();

  private GameSdkJson() {}

  /**
   * The shared, configured mapper. Do not reconfigure it; {@link ObjectMapper#copy()} it instead.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Writes a value as compact JSON in UTF-8.
   *
   * @param value a request model or any Jackson-serializable value
   * @return the JSON bytes
   * @throws IllegalArgumentException if the value cannot be serialized (a programming error)
   */
  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot serialize " + value.getClass().getName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes a value as compact JSON text.
   *
   * @param value a request model or any Jackson-serializable value
   * @return the JSON text
   * @throws IllegalArgumentException if the value cannot be serialized (a programming error)
   */
  public static String writeString(Object value) {
    return new String(write(value), StandardCharsets.UTF_8);
  }

  /**
   * Reads a vendor answer into a type, leniently. JSONP is unwrapped first.
   *
   * @param <T> the model type
   * @param body the body bytes
   * @param charset how the body is encoded (UTF-8 unless the vendor says otherwise)
   * @param type the model type
   * @param vendor the vendor's short name, for the exception
   * @param endpoint the endpoint, for the exception
   * @param httpStatus the HTTP status, for the exception
   * @return the parsed model
   * @throws ResponseFormatException if the body is empty, HTML, truncated, or of the wrong shape
   */
  public static <T> T read(
      byte[] body,
      Charset charset,
      JavaType type,
      String vendor,
      String endpoint,
      int httpStatus) {
    try {
      if (isPlainUtf8Json(body, charset)) {
        // The common case: parse the bytes as they are, without decoding them to a String first.
        return MAPPER.readValue(body, type);
      }
      return MAPPER.readValue(jsonText(body, charset, vendor, endpoint, httpStatus), type);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ResponseFormatException) {
        throw (ResponseFormatException) e;
      }
      throw formatError(body, vendor, endpoint, httpStatus, e);
    }
  }

  /** Whether a body is UTF-8 JSON that needs no unwrapping: it starts with '{' or '['. */
  private static boolean isPlainUtf8Json(byte[] body, Charset charset) {
    if (body == null || !StandardCharsets.UTF_8.equals(charset)) {
      return false;
    }
    for (byte b : body) {
      if (b == '{' || b == '[') {
        return true;
      }
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return false;
  }

  /**
   * Reads a vendor answer into a class, leniently. JSONP is unwrapped first.
   *
   * @param <T> the model type
   * @param body the body bytes (UTF-8)
   * @param type the model class
   * @param vendor the vendor's short name, for the exception
   * @param endpoint the endpoint, for the exception
   * @param httpStatus the HTTP status, for the exception
   * @return the parsed model
   * @throws ResponseFormatException if the body is empty, HTML, truncated, or of the wrong shape
   */
  public static <T> T read(
      byte[] body, Class<T> type, String vendor, String endpoint, int httpStatus) {
    return read(
        body,
        StandardCharsets.UTF_8,
        MAPPER.getTypeFactory().constructType(type),
        vendor,
        endpoint,
        httpStatus);
  }

  /**
   * Reads a vendor answer as a tree, leniently; the answer must be a JSON object.
   *
   * @param body the body bytes
   * @param charset how the body is encoded
   * @param vendor the vendor's short name, for the exception
   * @param endpoint the endpoint, for the exception
   * @param httpStatus the HTTP status, for the exception
   * @return the JSON object
   * @throws ResponseFormatException if the body is not a complete JSON object
   */
  public static JsonNode readTree(
      byte[] body, Charset charset, String vendor, String endpoint, int httpStatus) {
    String text = jsonText(body, charset, vendor, endpoint, httpStatus);
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (IOException | RuntimeException e) {
      throw formatError(body, vendor, endpoint, httpStatus, e);
    }
    if (node == null || !node.isObject()) {
      throw new ResponseFormatException(
          vendor,
          endpoint,
          httpStatus,
          "expected a JSON object",
          Redaction.excerpt(body, EXCERPT_CHARS),
          null);
    }
    return node;
  }

  /**
   * Converts a tree into a model, leniently.
   *
   * @param <T> the model type
   * @param node a JSON tree
   * @param type the model class
   * @param body the original body, for the exception's excerpt
   * @param vendor the vendor's short name, for the exception
   * @param endpoint the endpoint, for the exception
   * @param httpStatus the HTTP status, for the exception
   * @return the model
   * @throws ResponseFormatException if a field has a type that cannot be converted
   */
  public static <T> T convert(
      JsonNode node, Class<T> type, byte[] body, String vendor, String endpoint, int httpStatus) {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (IOException | RuntimeException e) {
      throw formatError(body, vendor, endpoint, httpStatus, e);
    }
  }

  /**
   * Removes a JSONP wrapper such as {@code callback( {...} );} or {@code _Callback({...})}, the
   * answer of a QQ Connect call made with {@code format=jsonp} (seed 003 line ~1598) and of {@code
   * graph.qq.com/oauth2.0/me}. Text that is not wrapped is returned trimmed.
   *
   * @param text the body text
   * @return the JSON inside the wrapper
   */
  public static String unwrapJsonp(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return "";
    }
    char first = text.charAt(start);
    if (first == '{' || first == '[' || !Character.isJavaIdentifierStart(first)) {
      return text.substring(start, end);
    }
    int i = start;
    while (i < end && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.')) {
      i++;
    }
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    if (i >= end || text.charAt(i) != '(') {
      return text.substring(start, end);
    }
    int close = end - 1;
    if (text.charAt(close) == ';') {
      close--;
      while (close > i && isSpace(text.charAt(close))) {
        close--;
      }
    }
    if (text.charAt(close) != ')') {
      return text.substring(start, end);
    }
    return text.substring(i + 1, close).trim();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\uFEFF';
  }

  private static String jsonText(
      byte[] body, Charset charset, String vendor, String endpoint, int httpStatus) {
    if (body == null || body.length == 0) {
      throw new ResponseFormatException(
          vendor, endpoint, httpStatus, "empty body where JSON was expected", "<empty body>", null);
    }
    String text = unwrapJsonp(new String(body, charset));
    if (text.isEmpty()) {
      throw new ResponseFormatException(
          vendor, endpoint, httpStatus, "blank body where JSON was expected", "<blank body>", null);
    }
    if (text.charAt(0) == '<') {
      throw new ResponseFormatException(
          vendor,
          endpoint,
          httpStatus,
          "HTML or XML where JSON was expected",
          Redaction.excerpt(body, EXCERPT_CHARS),
          null);
    }
    return text;
  }

  private static String fieldPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "" : " at field " + path;
  }

  private static ResponseFormatException formatError(
      byte[] body, String vendor, String endpoint, int httpStatus, Exception e) {
    String problem;
    if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
      problem = "truncated JSON";
    } else if (e instanceof com.fasterxml.jackson.core.JsonParseException) {
      problem = "malformed JSON";
    } else if (e instanceof com.fasterxml.jackson.databind.JsonMappingException) {
      problem = "JSON of an unexpected shape" + fieldPath((JsonMappingException) e);
    } else {
      problem = "unreadable JSON";
    }
    // The parser's own message may quote body content; it is not copied, only its kind.
    return new ResponseFormatException(
        vendor, endpoint, httpStatus, problem, Redaction.excerpt(body, EXCERPT_CHARS), null);
  }
}
