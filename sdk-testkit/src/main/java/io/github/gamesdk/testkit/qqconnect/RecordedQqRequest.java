package io.github.gamesdk.testkit.qqconnect;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.log.Redaction;
import io.github.gamesdk.testkit.Fault;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request that reached a {@link FakeQqConnectServer}, with the fake's verdict on it. Immutable.
 *
 * <p>{@link #params()} holds the query parameters (seed 003 line 1604: "所有参数都是放在 QUREY_STRING
 * 中"), URL-decoded, with the values exactly as the fake signed them. Its {@link #toString()} never
 * shows the value of {@code access_token}, {@code sign} or any other secret-named parameter.
 */
public final class RecordedQqRequest {
  private final int sequence;
  private final String method;
  private final String path;
  private final Map<String, String> params;
  private final String body;
  private final boolean signValid;
  private final String violation;
  private final Fault fault;
  private final int answerStatus;
  private final String answerBody;

  RecordedQqRequest(
      int sequence,
      String method,
      String path,
      Map<String, String> params,
      String body,
      boolean signValid,
      @Nullable String violation,
      @Nullable Fault fault,
      int answerStatus,
      String answerBody) {
    this.sequence = sequence;
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    this.body = Objects.requireNonNull(body, "body");
    this.signValid = signValid;
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
   * The HTTP method; the transfer CGI accepts only {@code GET} (seed 003 line 1604).
   *
   * @return for example {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The path, {@code /cgi-bin/QQConnect.fcgi} (seed 003 line 1571) or {@code /oauth2.0/me} (line
   * 1583) for a well-aimed request.
   *
   * @return the path, starting with {@code /}
   */
  public String path() {
    return path;
  }

  /**
   * Every query parameter, URL-decoded, in the order sent; a name sent twice keeps its first value.
   * For the transfer CGI: the common parameters {@code oauth_consumer_key}, {@code openid}, {@code
   * access_token}, {@code cmd}, {@code sign}, {@code format}, {@code callback} (seed 003 lines
   * 1575-1600) and the call's own ({@code fopenids}, {@code param}, {@code card_id}, ...).
   *
   * @return an unmodifiable map
   */
  public Map<String, String> params() {
    return params;
  }

  /**
   * One query parameter.
   *
   * @param name the vendor's parameter name, for example {@code fopenids}
   * @return its decoded value, or {@code null} when it was not sent
   */
  @Nullable
  public String param(String name) {
    return params.get(name);
  }

  /**
   * The transfer CGI's {@code cmd} (seed 003 line 1590), which names the call.
   *
   * @return the {@code cmd}, or {@code null} for {@code /oauth2.0/me} and requests without one
   */
  @Nullable
  public String cmd() {
    return params.get("cmd");
  }

  /**
   * The request body as UTF-8 text; the vendor's calls have none (everything is in the query).
   *
   * @return the body, empty when there was none
   */
  public String body() {
    return body;
  }

  /**
   * Whether the {@code sign} parameter was present and equal to the one the fake recomputed from
   * the other parameters and the appkey it expects: {@code md5(appkey + "$k1$v1..." + appkey)},
   * names sorted, lower-case hex (seed 003 lines 1620-1665, PROTOCOLS.md §1).
   *
   * @return whether the signature verified; {@code false} for {@code /oauth2.0/me}
   */
  public boolean signValid() {
    return signValid;
  }

  /**
   * Why the fake rejected the request as breaking the vendor contract (wrong method or path, a
   * missing or malformed parameter, a wrong appid or sign, an unknown {@code cmd}).
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
   * @return the status, or 0 for {@link Fault#TIMEOUT} and {@link Fault#RESET}, which answer nothing
   */
  public int answerStatus() {
    return answerStatus;
  }

  /**
   * The body the fake answered with (JSON, JSONP, or a fault's page).
   *
   * @return the body, empty for {@link Fault#TIMEOUT} and {@link Fault#RESET}
   */
  public String answerBody() {
    return answerBody;
  }

  /**
   * The request without its secrets: the values of {@code access_token}, {@code sign} and every
   * other secret-named parameter ({@link Redaction#isSecretName(String)}) are shown as {@code
   * ****}; the body is not shown.
   *
   * @return for example {@code #0 GET /cgi-bin/QQConnect.fcgi {cmd=..., access_token=****, ...}}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RecordedQqRequest{#").append(sequence).append(' ');
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
