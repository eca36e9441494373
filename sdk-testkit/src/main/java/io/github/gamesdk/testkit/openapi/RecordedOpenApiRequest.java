package io.github.gamesdk.testkit.openapi;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.log.Redaction;
import io.github.gamesdk.testkit.Fault;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request that reached a {@link FakeOpenApiServer}, with the fake's verdict on it. Immutable.
 *
 * <p>{@link #params()} holds the parameters where the method puts them (the query string of a GET,
 * the form body of a POST), decoded in the request's {@code charset} (seed 002 line 29). Its
 * {@link #toString()} never shows the value of {@code openkey}, {@code sig} or any other
 * secret-named parameter.
 */
public final class RecordedOpenApiRequest {
  private final int sequence;
  private final String method;
  private final String path;
  private final Map<String, String> params;
  private final String body;
  private final String contentType;
  private final boolean sigValid;
  private final String violation;
  private final Fault fault;
  private final int answerStatus;
  private final String answerBody;

  RecordedOpenApiRequest(
      int sequence,
      String method,
      String path,
      Map<String, String> params,
      String body,
      @Nullable String contentType,
      boolean sigValid,
      @Nullable String violation,
      @Nullable Fault fault,
      int answerStatus,
      String answerBody) {
    this.sequence = sequence;
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.params = Collections.unmodifiableMap(new TreeMap<>(params));
    this.body = Objects.requireNonNull(body, "body");
    this.contentType = contentType;
    this.sigValid = sigValid;
    this.violation = violation;
    this.fault = fault;
    this.answerStatus = answerStatus;
    this.answerBody = Objects.requireNonNull(answerBody, "answerBody");
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
   * The HTTP method.
   *
   * @return {@code GET} or {@code POST} for a well-formed request
   */
  public String method() {
    return method;
  }

  /**
   * The path, the {@code api_name} (seed 002 line 3), for example {@code /v3/user/get_info}.
   *
   * @return the path, starting with {@code /}
   */
  public String path() {
    return path;
  }

  /**
   * Every parameter, decoded, sorted by name: the common ones of seed 002 §1.3 ({@code openid},
   * {@code openkey}, {@code appid}, {@code sig}, {@code pf}, {@code format}, {@code userip},
   * {@code charset}) and the call's own. A name sent twice keeps its first value.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> params() {
    return params;
  }

  /**
   * One parameter.
   *
   * @param name the vendor's parameter name, for example {@code pf}
   * @return its decoded value, or {@code null} when it was not sent
   */
  @Nullable
  public String param(String name) {
    return params.get(name);
  }

  /**
   * The body as received (ISO-8859-1, byte for byte): the form of a POST, empty for a GET.
   *
   * @return the body
   */
  public String body() {
    return body;
  }

  /**
   * The request's {@code Content-Type}.
   *
   * @return the header, or {@code null} when none was sent (a GET)
   */
  @Nullable
  public String contentType() {
    return contentType;
  }

  /**
   * Whether {@code sig} was present and equal to {@code base64(HMAC-SHA1(appkey + "&", source))}
   * over the other parameters with the request's own method and path (PROTOCOLS.md §6), computed
   * with the appkey the fake expects.
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
   * The body the fake answered with, as text (before it was encoded in the answer's charset).
   *
   * @return the body, empty for {@link Fault#TIMEOUT} and {@link Fault#RESET}
   */
  public String answerBody() {
    return answerBody;
  }

  /**
   * The request without its secrets: the values of {@code openkey}, {@code sig} and every other
   * secret-named parameter ({@link Redaction#isSecretName(String)}) are shown as {@code ****}.
   *
   * @return for example {@code #0 POST /v3/user/get_info {appid=123456, openkey=****, ...}}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RecordedOpenApiRequest{#").append(sequence).append(' ');
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
