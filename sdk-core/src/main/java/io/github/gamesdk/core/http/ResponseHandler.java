package io.github.gamesdk.core.http;

/**
 * Turns a raw answer into a typed result, or throws a {@link
 * io.github.gamesdk.core.error.GameSdkException}: {@code ApiException} when the vendor said no,
 * {@code ResponseFormatException} when the answer is not of the documented shape, {@code
 * TransportException} for an HTTP error status without a vendor code. The executor decides from the
 * exception and the endpoint whether to retry.
 *
 * @param <T> the typed result
 */
@FunctionalInterface
public interface ResponseHandler<T> {
  /**
   * Reads the answer.
   *
   * @param response the raw answer
   * @return the typed result
   */
  T handle(WireResponse response);
}
