package io.github.gamesdk.testkit.phonecheck;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.log.Redaction;
import io.github.gamesdk.testkit.Fault;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request that reached a {@link FakePhoneCheckServer}, with the fake's verdict on it. Immutable.
 *
 * <p>{@link #params()} holds the parameters wherever they came from (the query string of a GET, the
 * form body or query string of a POST), decoded. Its {@link #toString()} never shows the apikey and
 * masks phone numbers ({@code 184****9135}); the body is not shown.
 */
public final class RecordedPhoneCheckRequest {
  private final int sequence;
  private final String method;
  private final String path;
  private final Map<String, String> params;
  private final String contentType;
  private final String body;
  private final boolean apikeyValid;
  private final String violation;
  private final Fault fault;
  private final boolean billed;
  private final int answerStatus;
  private final String answerBody;

  RecordedPhoneCheckRequest(
      int sequence,
      String method,
      String path,
      Map<String, String> params,
      @Nullable String contentType,
      String body,
      boolean apikeyValid,
      @Nullable String violation,
      @Nullable Fault fault,
      boolean billed,
      int answerStatus,
      String answerBody) {
    this.sequence = sequence;
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    this.contentType = contentType;
    this.body = Objects.requireNonNull(body, "body");
    this.apikeyValid = apikeyValid;
    this.violation = violation;
    this.fault = fault;
    this.billed = billed;
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
   * The HTTP method; GET or POST keep the contract (seed 001 line 64).
   *
   * @return for example {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * The path as sent; {@code /ssPhone_Privacy} (lines 60-62) for a well-aimed request.
   *
   * @return the path, starting with {@code /}
   */
  public String path() {
    return path;
  }

  /**
   * Every parameter, decoded, in the order received (query string first); a name sent twice keeps
   * its first value. {@code apikey} and {@code mobile} for a request that keeps the contract
   * (lines 72-73).
   *
   * @return an unmodifiable map
   */
  public Map<String, String> params() {
    return params;
  }

  /**
   * One parameter.
   *
   * @param name the vendor's parameter name, {@code apikey} or {@code mobile}
   * @return its decoded value, or {@code null} when it was not sent
   */
  @Nullable
  public String param(String name) {
    return params.get(name);
  }

  /**
   * {@code mobile}, the number asked about.
   *
   * @return the number as sent, or {@code null}
   */
  @Nullable
  public String mobile() {
    return params.get("mobile");
  }

  /**
   * The request's {@code Content-Type}.
   *
   * @return for example {@code application/x-www-form-urlencoded; charset=utf-8}; {@code null}
   *     for a GET
   */
  @Nullable
  public String contentType() {
    return contentType;
  }

  /**
   * The request body as UTF-8 text: the form of a POST.
   *
   * @return the body, empty when there was none
   */
  public String body() {
    return body;
  }

  /**
   * Whether {@code apikey} was the key the fake expects.
   *
   * @return whether the apikey was right
   */
  public boolean apikeyValid() {
    return apikeyValid;
  }

  /**
   * Why the fake rejected the request as breaking the vendor contract (wrong method or path, a
   * missing, repeated or malformed parameter, a wrong apikey, a number not of the vendor's form).
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
   * Whether the query was billed: it kept the contract, the balance allowed it, and its answer
   * was (or, under a fault, would have been) a success.
   *
   * @return whether it cost one query of the balance
   */
  public boolean billed() {
    return billed;
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
   * The body the fake answered with.
   *
   * @return the body, empty for {@link Fault#TIMEOUT} and {@link Fault#RESET}
   */
  public String answerBody() {
    return answerBody;
  }

  /**
   * The request without its secrets: the apikey shown as {@code ****}, phone numbers masked, the
   * body not shown.
   *
   * @return for example {@code RecordedPhoneCheckRequest{#0 POST /ssPhone_Privacy {apikey=****,
   *     mobile=184****9135}, answered 200, billed}}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RecordedPhoneCheckRequest{#").append(sequence).append(' ');
    sb.append(method).append(' ').append(path).append(" {");
    boolean first = true;
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      String name = e.getKey();
      sb.append(Redaction.maskPhoneNumbers(name)).append('=');
      if (Redaction.isSecretName(name)) {
        sb.append(Redaction.MASK);
      } else if (name.equals("mobile")) {
        sb.append(Redaction.maskPhone(e.getValue()));
      } else {
        sb.append(Redaction.redact(e.getValue()));
      }
    }
    sb.append('}');
    if (fault != null) {
      sb.append(", fault=").append(fault);
    } else {
      sb.append(", answered ").append(answerStatus);
    }
    if (billed) {
      sb.append(", billed");
    }
    if (violation != null) {
      sb.append(", violation=").append(violation);
    }
    return sb.append('}').toString();
  }
}
