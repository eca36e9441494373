package io.github.gamesdk.core.http;

import java.util.Objects;

/**
 * One call, ready to run blocking or async: the endpoint, how to build each attempt's request, and
 * how to read the answer. Vendor clients build one per method and hand it to {@link
 * CallExecutor#execute(PreparedCall)} or {@link CallExecutor#executeAsync(PreparedCall)}, so that
 * the blocking and async forms of a call cannot drift apart.
 *
 * @param <T> the typed result
 */
public final class PreparedCall<T> {
  private final Endpoint endpoint;
  private final RequestFactory factory;
  private final ResponseHandler<T> handler;

  private PreparedCall(Endpoint endpoint, RequestFactory factory, ResponseHandler<T> handler) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.factory = Objects.requireNonNull(factory, "factory");
    this.handler = Objects.requireNonNull(handler, "handler");
  }

  /**
   * Prepares a call.
   *
   * @param <T> the typed result
   * @param endpoint the endpoint called
   * @param factory builds (and signs) the request of each attempt
   * @param handler reads the answer
   * @return the call
   */
  public static <T> PreparedCall<T> of(
      Endpoint endpoint, RequestFactory factory, ResponseHandler<T> handler) {
    return new PreparedCall<>(endpoint, factory, handler);
  }

  /**
   * The endpoint called.
   *
   * @return the endpoint
   */
  public Endpoint endpoint() {
    return endpoint;
  }

  /**
   * Builds the request of each attempt.
   *
   * @return the factory
   */
  public RequestFactory factory() {
    return factory;
  }

  /**
   * Reads the answer.
   *
   * @return the handler
   */
  public ResponseHandler<T> handler() {
    return handler;
  }
}
