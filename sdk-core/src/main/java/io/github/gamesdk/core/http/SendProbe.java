package io.github.gamesdk.core.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Tells whether a request may have reached the server. It rides on the OkHttp request as a tag;
 * a network interceptor marks it once a connection is established and the request is about to be
 * written. A failure before that point (DNS, connection refused, connect timeout, TLS handshake)
 * means the server cannot have seen the request, so even a state-changing call may be sent again.
 */
final class SendProbe {
  /** The network interceptor that marks the probe. */
  static final Interceptor INTERCEPTOR = new Marker();

  private volatile boolean reachedNetwork;

  boolean mayHaveBeenSent() {
    return reachedNetwork;
  }

  private static final class Marker implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      SendProbe probe = chain.request().tag(SendProbe.class);
      if (probe != null) {
        probe.reachedNetwork = true;
      }
      return chain.proceed(chain.request());
    }
  }
}
