package io.github.gamesdk.testkit.msdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.core.log.Redaction;
import io.github.gamesdk.testkit.Fault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request that reached a {@link FakeMsdkServer}, with the fake's verdict on it. Immutable.
 *
 * <p>{@link #params()} holds the query parameters, URL-decoded; {@link #body()} the JSON body as
 * text, decrypted when it came with {@code Content-Encrypt: msdktea}. Its {@link #toString()}
 * never shows {@code sig}, a token or the body.
 */
public final class RecordedMsdkRequest {
  private final int sequence;
  private final String method;
  private final String path;
  private final String call;
  private final Map<String, String> params;
  private final byte[] body;
  private final byte[] rawBody;
  private final boolean contentEncrypted;
  private final boolean acceptEncrypted;
  private final boolean sigValid;
  private final String violation;
  private final Fault fault;
  private final int answerStatus;
  private final String answerBody;
  private final boolean answerEncrypted;

  RecordedMsdkRequest(
      int sequence,
      String method,
      String path,
      @Nullable String call,
      Map<String, String> params,
      @Nullable byte[] body,
      byte[] rawBody,
      boolean contentEncrypted,
      boolean acceptEncrypted,
      boolean sigValid,
      @Nullable String violation,
      @Nullable Fault fault,
      int answerStatus,
      String answerBody,
      boolean answerEncrypted) {
    this.sequence = sequence;
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.call = call;
    this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    this.body = body == null ? null : body.clone();
    this.rawBody = rawBody.clone();
    this.contentEncrypted = contentEncrypted;
    this.acceptEncrypted = acceptEncrypted;
    this.sigValid = sigValid;
    this.violation = violation;
    this.fault = fault;
    this.answerStatus = answerStatus;
    this.answerBody = Objects.requireNonNull(answerBody, "answerBody");
    this.answerEncrypted = answerEncrypted;
  }

  /**
   * The position of this request among all the fake has received since it started or was reset.
   *
   * @return 0 for the first request
   */
  public int sequence() {
    return sequence;
  }

  /**
   * The HTTP method: {@code POST} for every call but the two GET calls.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * The path as sent, for example {@code /auth/verify_login} or {@code /wxoauth/check_token/}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The call the path names, {@code module/interface} with {@code auth} for {@code wxoauth}.
   *
   * @return the call, or {@code null} when the path names no call the fake knows
   */
  @Nullable
  public String call() {
    return call;
  }

  /**
   * Every query parameter, URL-decoded, in the order sent: the fixed ones ({@code timestamp},
   * {@code appid}, {@code sig}, {@code openid}, {@code encode}, {@code conn}, {@code msdkExtInfo},
   * {@code version}, {@code ishttps}) and those of a GET call.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> params() {
    return params;
  }

  /**
   * One query parameter.
   *
   * @param name the parameter
   * @return its decoded value, or {@code null} when it was not sent
   */
  @Nullable
  public String param(String name) {
    return params.get(name);
  }

  /**
   * The body as UTF-8 text, decrypted when it was encrypted.
   *
   * @return the JSON text, empty for none, or {@code null} when an encrypted body did not decrypt
   */
  @Nullable
  public String body() {
    return body == null ? null : new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The body as a JSON tree, decrypted when it was encrypted.
   *
   * @return the tree, or {@code null} when the body is empty, undecryptable or not JSON
   */
  @Nullable
  public JsonNode json() {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      return GameSdkJson.mapper().readTree(body);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The body bytes exactly as received (ciphertext for an encrypted request).
   *
   * @return a copy of the bytes
   */
  public byte[] rawBody() {
    return rawBody.clone();
  }

  /**
   * Whether the request carried {@code Content-Encrypt: msdktea}.
   *
   * @return whether the body was encrypted
   */
  public boolean contentEncrypted() {
    return contentEncrypted;
  }

  /**
   * Whether the request carried {@code Accept-Encrypt: msdktea}.
   *
   * @return whether an encrypted answer was asked for
   */
  public boolean acceptEncrypted() {
    return acceptEncrypted;
  }

  /**
   * Whether {@code sig} equals {@code md5(key + timestamp)}, lower-case hex, with the key {@code
   * encode} names (seed 004 lines 32-35).
   *
   * @return whether the signature verified
   */
  public boolean sigValid() {
    return sigValid;
  }

  /**
   * Why the fake rejected the request as breaking the vendor contract.
   *
   * @return the problem, or empty when the request kept the contract (or met a fault first)
   */
  public Optional<String> violation() {
    return Optional.ofNullable(violation);
  }

  /**
   * The fault the fake inflicted on this request instead of answering it.
   *
   * @return the fault, or empty when the request was answered
   */
  public Optional<Fault> fault() {
    return Optional.ofNullable(fault);
  }

  /**
   * The HTTP status the fake answered with.
   *
   * @return the status, or 0 for {@link Fault#TIMEOUT} and {@link Fault#RESET}
   */
  public int answerStatus() {
    return answerStatus;
  }

  /**
   * The answer as plain text (before encryption).
   *
   * @return the body, empty for {@link Fault#TIMEOUT} and {@link Fault#RESET}
   */
  public String answerBody() {
    return answerBody;
  }

  /**
   * Whether the answer went out encrypted with {@code msdktea}.
   *
   * @return whether it was encrypted
   */
  public boolean answerEncrypted() {
    return answerEncrypted;
  }

  /**
   * The request without its secrets: {@code sig} and every other secret-named parameter ({@link
   * Redaction#isSecretName(String)}) as {@code ****}; the body is not shown.
   *
   * @return for example {@code RecordedMsdkRequest{#0 POST /auth/verify_login {...}, answered 200}}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RecordedMsdkRequest{#").append(sequence).append(' ');
    sb.append(method).append(' ').append(path).append(" {");
    boolean first = true;
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      sb.append(e.getKey()).append('=');
      sb.append(Redaction.isSecretName(e.getKey()) ? Redaction.MASK : e.getValue());
    }
    sb.append('}');
    if (contentEncrypted) {
      sb.append(", msdktea");
    }
    if (fault != null) {
      sb.append(", fault=").append(fault);
    } else {
      sb.append(", answered ").append(answerStatus);
    }
    if (violation != null) {
      sb.append(", violation=").append(violation);
    }
    return sb.append('}').toString();
  }
}
