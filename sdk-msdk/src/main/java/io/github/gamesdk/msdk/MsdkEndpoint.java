package io.github.gamesdk.msdk;

import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.msdk.model.MsdkRequest;
import io.github.gamesdk.msdk.model.MsdkResponse;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One MSDK call as data: its module and interface name ({@code /modulename/interfacename}, seed 004
 * line 14), HTTP method, whether it only reads, its request and response models, the seed line
 * where it is documented, and which body fields travel in the query string. {@link MsdkEndpoints}
 * holds all of them; {@link MsdkClient#call} runs any of them.
 *
 * <p>A POST call sends its request model as the JSON body. A GET call ({@code
 * /profile/get_xinyue_super}, {@code /profile/get_wx_xinyue_vip}) sends every field of its model as
 * a query parameter instead. {@link #queryOnly} fields go in the query string and not in the body
 * ({@code access_token} of {@code /relation/wx_mini_send_msg}, seed line 1318); {@link #alsoInQuery}
 * fields go in both ({@code ip} of {@code /freeflow/get_ccinfo}, whose example sends it in the URL,
 * line 2344).
 *
 * @param <Q> the request model
 * @param <R> the response model
 */
public final class MsdkEndpoint<Q extends MsdkRequest, R extends MsdkResponse> {
  /** The vendor name used in exceptions, logs and metrics. */
  public static final String VENDOR = "msdk";

  private final String module;
  private final String interfaceName;
  private final HttpMethod method;
  private final boolean readOnly;
  private final Class<Q> requestType;
  private final Class<R> responseType;
  private final int seedLine;
  private final Set<String> queryOnly;
  private final Set<String> alsoInQuery;
  private final Endpoint endpoint;

  private MsdkEndpoint(
      String module,
      String interfaceName,
      HttpMethod method,
      boolean readOnly,
      Class<Q> requestType,
      Class<R> responseType,
      int seedLine,
      Set<String> queryOnly,
      Set<String> alsoInQuery) {
    if (!module.matches("[a-z]+") || !interfaceName.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("bad MSDK path /" + module + "/" + interfaceName);
    }
    this.module = module;
    this.interfaceName = interfaceName;
    this.method = method;
    this.readOnly = readOnly;
    this.requestType = Objects.requireNonNull(requestType, "requestType");
    this.responseType = Objects.requireNonNull(responseType, "responseType");
    this.seedLine = seedLine;
    this.queryOnly = queryOnly;
    this.alsoInQuery = alsoInQuery;
    String name = module + "/" + interfaceName;
    this.endpoint =
        readOnly
            ? Endpoint.query(VENDOR, name, method, "/" + name)
            : Endpoint.mutation(VENDOR, name, method, "/" + name);
  }

  /**
   * A POST call that only reads (a query, a check): retried on timeouts, 5xx and retryable codes.
   *
   * @param <Q> the request model
   * @param <R> the response model
   * @param module the module, for example {@code auth}
   * @param interfaceName the interface, for example {@code verify_login}
   * @param seedLine where seed 004 documents it
   * @param requestType the request model
   * @param responseType the response model
   * @return the endpoint
   */
  public static <Q extends MsdkRequest, R extends MsdkResponse> MsdkEndpoint<Q, R> query(
      String module, String interfaceName, int seedLine, Class<Q> requestType, Class<R> responseType) {
    return new MsdkEndpoint<>(
        module, interfaceName, HttpMethod.POST, true, requestType, responseType, seedLine,
        Collections.<String>emptySet(), Collections.<String>emptySet());
  }

  /**
   * A POST call that changes state (sends, shares, pushes, binds, reports): never retried once the
   * request may have reached the server.
   *
   * @param <Q> the request model
   * @param <R> the response model
   * @param module the module, for example {@code share}
   * @param interfaceName the interface, for example {@code qq}
   * @param seedLine where seed 004 documents it
   * @param requestType the request model
   * @param responseType the response model
   * @return the endpoint
   */
  public static <Q extends MsdkRequest, R extends MsdkResponse> MsdkEndpoint<Q, R> mutation(
      String module, String interfaceName, int seedLine, Class<Q> requestType, Class<R> responseType) {
    return new MsdkEndpoint<>(
        module, interfaceName, HttpMethod.POST, false, requestType, responseType, seedLine,
        Collections.<String>emptySet(), Collections.<String>emptySet());
  }

  /**
   * A GET call that only reads, with every request field in the query string.
   *
   * @param <Q> the request model
   * @param <R> the response model
   * @param module the module, for example {@code profile}
   * @param interfaceName the interface, for example {@code get_xinyue_super}
   * @param seedLine where seed 004 documents it
   * @param requestType the request model
   * @param responseType the response model
   * @return the endpoint
   */
  public static <Q extends MsdkRequest, R extends MsdkResponse> MsdkEndpoint<Q, R> get(
      String module, String interfaceName, int seedLine, Class<Q> requestType, Class<R> responseType) {
    return new MsdkEndpoint<>(
        module, interfaceName, HttpMethod.GET, true, requestType, responseType, seedLine,
        Collections.<String>emptySet(), Collections.<String>emptySet());
  }

  /**
   * The same call with some body fields sent in the query string instead of the body.
   *
   * @param fields the vendor's field names
   * @return a new endpoint
   */
  public MsdkEndpoint<Q, R> queryOnly(String... fields) {
    return new MsdkEndpoint<>(
        module, interfaceName, method, readOnly, requestType, responseType, seedLine,
        union(queryOnly, fields), alsoInQuery);
  }

  /**
   * The same call with some body fields sent in the query string as well as in the body.
   *
   * @param fields the vendor's field names
   * @return a new endpoint
   */
  public MsdkEndpoint<Q, R> alsoInQuery(String... fields) {
    return new MsdkEndpoint<>(
        module, interfaceName, method, readOnly, requestType, responseType, seedLine,
        queryOnly, union(alsoInQuery, fields));
  }

  private static Set<String> union(Set<String> a, String... b) {
    Set<String> s = new LinkedHashSet<>(a);
    s.addAll(Arrays.asList(b));
    return Collections.unmodifiableSet(s);
  }

  /**
   * The module ({@code modulename}): {@code auth}, {@code relation}, {@code profile}, {@code share}
   * or {@code freeflow}.
   *
   * @return the module
   */
  public String module() {
    return module;
  }

  /**
   * The interface ({@code interfacename}).
   *
   * @return for example {@code verify_login}
   */
  public String interfaceName() {
    return interfaceName;
  }

  /**
   * {@code module/interface}, the name in exceptions, logs and {@link MsdkEndpoints#find}.
   *
   * @return for example {@code auth/verify_login}
   */
  public String name() {
    return endpoint.name();
  }

  /**
   * The path as the seed writes it.
   *
   * @return for example {@code /auth/verify_login}
   */
  public String path() {
    return endpoint.path();
  }

  /**
   * The path with the login module spelled as configured ({@code auth} and {@code wxoauth} are
   * interchangeable, seed 004 line 61).
   *
   * @param authModule the spelling of the login module
   * @return the path
   */
  public String path(MsdkAuthModule authModule) {
    return module.equals("auth") ? "/" + authModule.pathName() + "/" + interfaceName : path();
  }

  /**
   * The HTTP method.
   *
   * @return POST, or GET for the two GET calls
   */
  public HttpMethod method() {
    return method;
  }

  /**
   * Whether the call only reads, so that it may be retried after it may have reached the server.
   *
   * @return whether it is read-only
   */
  public boolean readOnly() {
    return readOnly;
  }

  /**
   * The request model.
   *
   * @return its class
   */
  public Class<Q> requestType() {
    return requestType;
  }

  /**
   * The response model.
   *
   * @return its class
   */
  public Class<R> responseType() {
    return responseType;
  }

  /**
   * Where seed 004 ({@code 004_a22ae9e2991625ee.txt}) documents the call.
   *
   * @return the line number, as in {@code ENDPOINTS.md}
   */
  public int seedLine() {
    return seedLine;
  }

  /**
   * Body fields sent in the query string instead of the body.
   *
   * @return the vendor's field names
   */
  public Set<String> queryOnlyFields() {
    return queryOnly;
  }

  /**
   * Body fields sent in the query string as well as in the body.
   *
   * @return the vendor's field names
   */
  public Set<String> alsoInQueryFields() {
    return alsoInQuery;
  }

  /**
   * The core endpoint the executor, the retry policy and the listeners see.
   *
   * @return the endpoint
   */
  public Endpoint endpoint() {
    return endpoint;
  }

  @Override
  public String toString() {
    return "MsdkEndpoint{" + method + " " + path() + (readOnly ? "" : ", mutation") + ", seed line "
        + seedLine + "}";
  }
}
