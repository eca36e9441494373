package io.github.gamesdk.msdk.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.http.HttpErrors;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.http.RequestFactory;
import io.github.gamesdk.core.http.ResponseHandler;
import io.github.gamesdk.core.http.WireRequest;
import io.github.gamesdk.core.http.WireResponse;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.core.log.Redaction;
import io.github.gamesdk.core.sign.MsdkSigner;
import io.github.gamesdk.core.tea.MsdkTea;
import io.github.gamesdk.core.tea.MsdkTeaException;
import io.github.gamesdk.core.tea.RandomSource;
import io.github.gamesdk.msdk.MsdkAuthModule;
import io.github.gamesdk.msdk.MsdkEndpoint;
import io.github.gamesdk.msdk.MsdkErrorDetail;
import io.github.gamesdk.msdk.model.MsdkResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * The wire form of MSDK calls (seed 004 lines 1-60; PROTOCOLS.md §3 and §4): the URL with its
 * fixed query parameters and {@code sig}, the JSON body (or the query parameters of a GET call),
 * {@code msdktea} encryption, and reading the answer. One instance per client; immutable and
 * thread-safe. Not public API.
 *
 * <p>Query parameters, in the order of the seed's template (line 14): {@code timestamp} (Unix
 * seconds from the client's clock, fresh for every attempt), {@code appid}, {@code sig = md5(key +
 * timestamp)} ({@code msdkkey} for {@code encode=2}, {@code appkey} for {@code encode=1}), {@code
 * openid} (left out when the call has none), {@code encode}, then {@code conn}, {@code msdkExtInfo},
 * {@code version} and {@code ishttps} when configured, then the call's own query fields.
 *
 * <p>The body is the request model's JSON in UTF-8, sent with {@code Content-Type:
 * application/x-www-form-urlencoded} as every example request of the seed is (e.g. line 85), the
 * body being JSON all the same. With {@code msdktea} the body is the raw ciphertext of those bytes
 * and the request carries {@code Content-Encrypt: msdktea} and {@code Accept-Encrypt: msdktea}
 * (lines 36-38); the answer is decrypted, unless it is plain JSON (error answers may be, PROTOCOLS.md
 * §4). An answer that is neither is a {@link ResponseFormatException}.
 */
public final class MsdkWire {
  /** The request header that says the body is encrypted (seed 004 line 37). */
  public static final String CONTENT_ENCRYPT = "Content-Encrypt";

  /** The request header that asks for an encrypted answer (seed 004 line 38). */
  public static final String ACCEPT_ENCRYPT = "Accept-Encrypt";

  /** The content type of every example request of seed 004 (e.g. line 85). */
  public static final String CONTENT_TYPE = "application/x-www-form-urlencoded";

  private static final int EXCERPT_CHARS = 160;

  /** The headers of an encrypted POST (seed 004 lines 37-38). */
  private static final Map<String, String> ENCRYPTED_POST;

  /** The header of a GET that asks for an encrypted answer. */
  private static final Map<String, String> ENCRYPTED_GET;

  static {
    Map<String, String> post = new LinkedHashMap<>();
    post.put(CONTENT_ENCRYPT, MsdkTea.ENCODING);
    post.put(ACCEPT_ENCRYPT, MsdkTea.ENCODING);
    ENCRYPTED_POST = Collections.unmodifiableMap(post);
    ENCRYPTED_GET = Collections.singletonMap(ACCEPT_ENCRYPT, MsdkTea.ENCODING);
  }

  private final HttpUrl baseUrl;
  private final String appId;
  private final MsdkSigner signer;
  private final String encode;
  private final List<String[]> optionalParams;
  private final boolean encrypt;
  private final MsdkAuthModule authModule;
  private final Clock clock;
  private final MsdkTea tea;
  private final RandomSource random;

  /**
   * Creates the wire mapping of one client.
   *
   * @param baseUrl scheme, host and port
   * @param appId the {@code appid} query parameter
   * @param signer computes {@code sig} with the msdkkey or appkey
   * @param encode 2 (msdkkey) or 1 (appkey)
   * @param conn the {@code conn} query parameter, or {@code null} to leave it out
   * @param msdkExtInfo the {@code msdkExtInfo} query parameter, or {@code null}
   * @param version the {@code version} query parameter, or {@code null}
   * @param ishttps the {@code ishttps} query parameter, or {@code null}
   * @param encrypt whether to encrypt bodies with {@code msdktea}
   * @param authModule how to spell the login module
   * @param clock the source of {@code timestamp}
   * @param random the random bytes of {@code msdktea} frames
   */
  public MsdkWire(
      HttpUrl baseUrl,
      String appId,
      MsdkSigner signer,
      int encode,
      @Nullable Integer conn,
      @Nullable String msdkExtInfo,
      @Nullable String version,
      @Nullable Integer ishttps,
      boolean encrypt,
      MsdkAuthModule authModule,
      Clock clock,
      RandomSource random) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.appId = Objects.requireNonNull(appId, "appId");
    this.signer = Objects.requireNonNull(signer, "signer");
    this.encode = Integer.toString(encode);
    List<String[]> opt = new ArrayList<>();
    if (conn != null) {
      opt.add(new String[] {"conn", conn.toString()});
    }
    if (msdkExtInfo != null) {
      opt.add(new String[] {"msdkExtInfo", msdkExtInfo});
    }
    if (version != null) {
      opt.add(new String[] {"version", version});
    }
    if (ishttps != null) {
      opt.add(new String[] {"ishttps", ishttps.toString()});
    }
    this.optionalParams = Collections.unmodifiableList(opt);
    this.encrypt = encrypt;
    this.authModule = Objects.requireNonNull(authModule, "authModule");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.tea = MsdkTea.withDefaultKey();
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Whether bodies are encrypted with {@code msdktea}.
   *
   * @return whether they are
   */
  public boolean encrypts() {
    return encrypt;
  }

  /**
   * Prepares the requests of one call: the body (or the GET parameters) is built once, the URL
   * with a fresh {@code timestamp} and {@code sig} for every attempt.
   *
   * @param endpoint the call
   * @param openid the {@code openid} query parameter, or {@code null} to leave it out
   * @param request the request model
   * @return the factory of each attempt's request
   * @throws InvalidRequestException if {@code request} is {@code null} or {@code openid} is blank
   */
  public RequestFactory prepare(MsdkEndpoint<?, ?> endpoint, @Nullable String openid, Object request) {
    InvalidRequestException.check(request != null, "request", "required");
    InvalidRequestException.check(
        openid == null || !openid.trim().isEmpty(), "openid", "must not be blank (or null to leave it out)");
    List<String[]> callQuery = new ArrayList<>();
    byte[] body;
    if (endpoint.method() == HttpMethod.GET) {
      ObjectNode tree = GameSdkJson.mapper().valueToTree(request);
      for (Map.Entry<String, JsonNode> f : tree.properties()) {
        addQuery(callQuery, f.getKey(), f.getValue());
      }
      body = null;
    } else if (endpoint.queryOnlyFields().isEmpty() && endpoint.alsoInQueryFields().isEmpty()) {
      body = GameSdkJson.write(request);
    } else {
      ObjectNode tree = GameSdkJson.mapper().valueToTree(request);
      for (String name : endpoint.alsoInQueryFields()) {
        addQuery(callQuery, name, tree.get(name));
      }
      for (String name : endpoint.queryOnlyFields()) {
        addQuery(callQuery, name, tree.remove(name));
      }
      body = GameSdkJson.write(tree);
    }
    HttpUrl path = baseUrl.newBuilder().encodedPath(endpoint.path(authModule)).build();
    byte[] plainBody = body;
    return attempt -> {
      HttpUrl url = url(path, openid, callQuery);
      if (plainBody == null) {
        WireRequest get = WireRequest.get(url);
        return encrypt ? get.withHeaders(ENCRYPTED_GET) : get;
      }
      if (encrypt) {
        return WireRequest.post(url, tea.encrypt(plainBody, 0, plainBody.length, random), CONTENT_TYPE)
            .withHeaders(ENCRYPTED_POST);
      }
      return WireRequest.post(url, plainBody, CONTENT_TYPE);
    };
  }

  private static void addQuery(List<String[]> query, String name, @Nullable JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return;
    }
    query.add(new String[] {name, value.isContainerNode() ? value.toString() : value.asText()});
  }

  private HttpUrl url(HttpUrl path, @Nullable String openid, List<String[]> callQuery) {
    long timestamp = clock.millis() / 1000L;
    HttpUrl.Builder b =
        path.newBuilder()
            .addQueryParameter("timestamp", Long.toString(timestamp))
            .addQueryParameter("appid", appId)
            .addQueryParameter("sig", signer.sign(timestamp).signature());
    if (openid != null) {
      b.addQueryParameter("openid", openid);
    }
    b.addQueryParameter("encode", encode);
    for (String[] p : optionalParams) {
      b.addQueryParameter(p[0], p[1]);
    }
    for (String[] p : callQuery) {
      b.addQueryParameter(p[0], p[1]);
    }
    return b.build();
  }

  /**
   * Reads the answers of a call: decrypts them when needed, and returns the typed response when
   * {@code ret} is 0. Any other {@code ret} is an {@link ApiException} carrying an {@link
   * MsdkErrorDetail}; a non-2xx status is a transport failure (MSDK wiki {@code index.md} §1.3).
   *
   * @param <R> the response model
   * @param endpoint the call
   * @return the handler
   */
  public <R extends MsdkResponse> ResponseHandler<R> handler(MsdkEndpoint<?, R> endpoint) {
    JavaType type = GameSdkJson.mapper().getTypeFactory().constructType(endpoint.responseType());
    return resp -> {
      if (!resp.isSuccessful()) {
        throw HttpErrors.statusFailure(endpoint.endpoint(), resp);
      }
      byte[] raw = resp.body();
      boolean cipher = encrypt || MsdkTea.ENCODING.equalsIgnoreCase(resp.header(CONTENT_ENCRYPT));
      boolean plainJson = startsWithBrace(raw);
      byte[] json = cipher && !plainJson ? decrypt(endpoint, resp) : raw;
      try {
        return read(endpoint, type, json, resp.status());
      } catch (ResponseFormatException e) {
        // One ciphertext in 256 starts with '{' by chance: decrypt what did not parse as JSON.
        byte[] decrypted = cipher && plainJson ? tryDecrypt(raw) : null;
        if (decrypted == null) {
          throw e;
        }
        return read(endpoint, type, decrypted, resp.status());
      }
    };
  }

  private static <R extends MsdkResponse> R read(
      MsdkEndpoint<?, R> endpoint, JavaType type, byte[] json, int status) {
    R r;
    try {
      r = GameSdkJson.read(json, StandardCharsets.UTF_8, type, MsdkEndpoint.VENDOR, endpoint.name(), status);
    } catch (ResponseFormatException e) {
      // An error answer need not have the shape of the success model: find its ret first.
      JsonNode tree =
          GameSdkJson.readTree(json, StandardCharsets.UTF_8, MsdkEndpoint.VENDOR, endpoint.name(), status);
      Long ret = integer(tree.get("ret"));
      if (ret != null && ret != 0) {
        JsonNode msg = tree.hasNonNull("msg") ? tree.get("msg") : tree.get("message");
        Long errType = integer(tree.get("err_type"));
        throw apiError(
            endpoint,
            ret,
            msg == null || msg.isNull() ? "" : msg.asText(),
            errType == null ? null : (int) (long) errType,
            platCode(tree),
            status);
      }
      throw e;
    }
    if (r.ret() != 0) {
      // platCode (seed 004 lines 1145, 1266) is a field of two success models only: read it from
      // the answer itself, on the error path alone.
      String platCode;
      try {
        platCode =
            platCode(
                GameSdkJson.readTree(json, StandardCharsets.UTF_8, MsdkEndpoint.VENDOR, endpoint.name(), status));
      } catch (ResponseFormatException e) {
        platCode = null;
      }
      throw apiError(endpoint, r.ret(), r.text(), r.errType(), platCode, status);
    }
    return r;
  }

  /** {@code platCode} of an answer, as text, or {@code null} when it has none. */
  @Nullable
  private static String platCode(JsonNode tree) {
    JsonNode p = tree.get("platCode");
    return p == null || p.isNull() || p.isContainerNode() ? null : p.asText();
  }

  /** A whole number sent as a JSON number or as a string of digits (answers are read leniently). */
  @Nullable
  private static Long integer(@Nullable JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isIntegralNumber() && n.canConvertToLong()) {
      return n.asLong();
    }
    if (n.isTextual() && n.asText().trim().matches("-?[0-9]{1,18}")) {
      return Long.parseLong(n.asText().trim());
    }
    return null;
  }

  private static ApiException apiError(
      MsdkEndpoint<?, ?> endpoint,
      long ret,
      String msg,
      @Nullable Integer errType,
      @Nullable String platCode,
      int status) {
    // Tokens a server might echo in msg are masked before anything keeps the message.
    String safe = Redaction.redact(msg);
    MsdkErrorDetail d = MsdkErrorDetail.of(endpoint.name(), ret, safe, errType, platCode);
    return new ApiException(
        MsdkEndpoint.VENDOR,
        endpoint.name(),
        ret,
        safe,
        d.errorCode(),
        d.category(),
        d,
        status);
  }

  private byte[] decrypt(MsdkEndpoint<?, ?> endpoint, WireResponse resp) {
    byte[] raw = resp.body();
    try {
      return tea.decrypt(raw);
    } catch (MsdkTeaException e) {
      if (raw.length == 0 || firstNonSpace(raw) == '<') {
        // An empty body or an HTML page: let the JSON reader name it.
        GameSdkJson.readTree(raw, StandardCharsets.UTF_8, MsdkEndpoint.VENDOR, endpoint.name(), resp.status());
      }
      throw new ResponseFormatException(
          MsdkEndpoint.VENDOR,
          endpoint.name(),
          resp.status(),
          "answer is neither JSON nor msdktea ciphertext (" + e.getMessage() + ")",
          raw.length + " bytes: " + Redaction.excerpt(raw, EXCERPT_CHARS),
          null);
    }
  }

  @Nullable
  private byte[] tryDecrypt(byte[] raw) {
    if (raw.length < 16 || raw.length % 8 != 0) {
      return null;
    }
    try {
      return tea.decrypt(raw);
    } catch (MsdkTeaException e) {
      return null;
    }
  }

  private static boolean startsWithBrace(byte[] b) {
    return firstNonSpace(b) == '{';
  }

  private static int firstNonSpace(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\r' && x != '\n') {
        return x;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "MsdkWire{baseUrl=" + baseUrl + ", appid=" + appId + ", encode=" + encode
        + ", msdktea=" + encrypt + ", auth module=" + authModule.pathName() + "}";
  }
}
