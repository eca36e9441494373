package io.github.gamesdk.testkit.qos;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.log.Redaction;
import io.github.gamesdk.testkit.Fault;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request that reached a {@link FakeQosServer}, with the fake's verdict on it. Immutable.
 *
 * <p>{@link #params()} holds the query parameters URL-decoded once, as the fake verified the
 * {@code Signature} over them. Its {@link #toString()} never shows the {@code Signature} and masks
 * {@code PhoneNO}.
 */
public final class RecordedQosRequest {
  private final int sequence;
  private final String method;
  private final String path;
  private final String host;
  private final String rawQuery;
  private final Map<String, String> params;
  private final Map<String, String> headers;
  private final boolean signatureValid;
  private final String violation;
  private final Fault fault;
  private final int answerStatus;
  private final String answerBody;

  RecordedQosRequest(
      int sequence,
      String method,
      String path,
      String host,
      @Nullable String rawQuery,
      Map<String, String> params,
      Map<String, String> headers,
      boolean signatureValid,
      @Nullable String violation,
      @Nullable Fault fault,
      int answerStatus,
      String answerBody) {
    this.sequence = sequence;
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.host = Objects.requireNonNull(host, "host");
    this.rawQuery = rawQuery == null ? "" : rawQuery;
    this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.signatureValid = signatureValid;
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
   * The HTTP method; QoS accepts only {@code GET} (seed 000 line 9).
   *
   * @return for example {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The path: {@code /qos} for the actions (seed 000 line 7), {@link FakeQosServer#MOBILE_PATH}
   * for the fake's phone-id lookup.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The {@code Host} header, which the {@code Signature} must cover (PROTOCOLS.md §5).
   *
   * @return for example {@code 127.0.0.1:54321}
   */
  public String host() {
    return host;
  }

  /**
   * The query string exactly as sent, still URL-encoded. It holds the {@code Signature}: do not
   * log it.
   *
   * @return the raw query, empty when there was none
   */
  public String rawQuery() {
    return rawQuery;
  }

  /**
   * Every query parameter, URL-decoded once, in the order sent; a name sent twice keeps its first
   * value.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> params() {
    return params;
  }

  /**
   * One query parameter.
   *
   * @param name the vendor's name, for example {@code PrivateIP}
   * @return its decoded value, or {@code null} when it was not sent
   */
  @Nullable
  public String param(String name) {
    return params.get(name);
  }

  /**
   * The {@code Action}: {@code geturl}, {@code open} or {@code close}.
   *
   * @return the action, or {@code null} for the lookup and requests without one
   */
  @Nullable
  public String action() {
    return params.get("Action");
  }

  /**
   * One request header.
   *
   * @param name the header name, case-insensitive
   * @return its value, or {@code null}
   */
  @Nullable
  public String header(String name) {
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * Whether the {@code Signature} was present and equal to the one the fake recomputed over the
   * other parameters, the {@code Host} header and {@code /qos} with the key it expects
   * (PROTOCOLS.md §5).
   *
   * @return whether the signature verified; {@code false} for the lookup
   */
  public boolean signatureValid() {
    return signatureValid;
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
   * The body the fake answered with.
   *
   * @return the body, empty for {@link Fault#TIMEOUT} and {@link Fault#RESET}
   */
  public String answerBody() {
    return answerBody;
  }

  /**
   * The request without its secrets: {@code Signature} shown as {@code ****}, {@code PhoneNO}
   * masked.
   *
   * @return for example {@code #0 GET /qos {Action=open, PhoneNO=****dx, Signature=****, ...}}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RecordedQosRequest{#").append(sequence).append(' ');
    sb.append(method).append(' ').append(path).append(" {");
    boolean first = true;
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      sb.append(e.getKey()).append('=');
      if (Redaction.isSecretName(e.getKey())) {
        sb.append(Redaction.MASK);
      } else if (e.getKey().equals("PhoneNO")) {
        sb.append(Redaction.maskPhone(e.getValue()));
      } else {
        sb.append(e.getValue());
      }
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
