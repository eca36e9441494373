package io.github.gamesdk.phonecheck;

import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.HttpMethod;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Every PhoneCheck call the SDK makes, as data (the PhoneCheck row of {@code ENDPOINTS.md}): the
 * one query {@code /ssPhone_Privacy} of seed 001 (line 58), by POST (the seed's advice, line 64,
 * and the client's default) or GET.
 *
 * <p><b>Billed, so not retried once sent.</b> The check only reads, but every query is paid for
 * out of the account's balance: code -5 reads "当前余额不足发起本次查询请求" ("the balance does not cover
 * this query", line 129), and the document lists a balance query (its table of contents, lines
 * 24-27). Sending a query again after a timeout or an HTTP 5xx, when the first one may have
 * been looked up and billed, could charge twice for one answer. Both endpoints are therefore
 * declared with {@link Endpoint#mutation} semantics: retried only when the request certainly did
 * not reach the server (connection refused, DNS failure, connect timeout). {@code
 * PhoneCheckClient.Builder.retryAfterSend(true)} opts into {@link #check(HttpMethod, boolean)
 * query} semantics for callers who prefer an answer to a possible second charge.
 *
 * <p>The document's balance query (table of contents, line 24: "2. 余额查询接口") has no body in the seed:
 * neither path nor parameters nor answer. The SDK does not invent one.
 */
public final class PhoneCheckEndpoints {
  /** The vendor name used in exceptions, logs and metrics. */
  public static final String VENDOR = "phonecheck";

  /**
   * The query's path, as the request addresses spell it (seed 001 lines 60-62). The seed's own
   * example URLs write it {@code /ssphone_privacy} (lines 77 and 95); the SDK sends this spelling.
   */
  public static final String PATH = "/ssPhone_Privacy";

  /** The call's name in exceptions, logs and metrics. */
  public static final String NAME = "ssPhone_Privacy";

  /** POST {@code /ssPhone_Privacy}, form-encoded body (line 64: "建议采用 POST 方式"); billed. */
  public static final Endpoint CHECK_POST = Endpoint.mutation(VENDOR, NAME, HttpMethod.POST, PATH);

  /** GET {@code /ssPhone_Privacy?apikey=...&mobile=...} (line 77); billed. */
  public static final Endpoint CHECK_GET = Endpoint.mutation(VENDOR, NAME, HttpMethod.GET, PATH);

  /** All of them, the default (POST) first. */
  public static final List<Endpoint> ALL =
      Collections.unmodifiableList(Arrays.asList(CHECK_POST, CHECK_GET));

  private PhoneCheckEndpoints() {}

  /**
   * The endpoint of a check.
   *
   * @param method POST or GET
   * @param retryAfterSend {@code false} (the default): billed, retried only when certainly not
   *     sent ({@link #CHECK_POST}, {@link #CHECK_GET}); {@code true}: treated as an idempotent
   *     query, also retried after timeouts, HTTP 5xx and code -8, at the risk of paying twice
   * @return the endpoint
   */
  public static Endpoint check(HttpMethod method, boolean retryAfterSend) {
    if (retryAfterSend) {
      return Endpoint.query(VENDOR, NAME, method, PATH);
    }
    return method == HttpMethod.GET ? CHECK_GET : CHECK_POST;
  }
}
