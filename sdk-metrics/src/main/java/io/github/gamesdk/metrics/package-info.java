/**
 * Micrometer metrics of gamesdk vendor calls: {@link io.github.gamesdk.metrics.MicrometerRequestListener},
 * a {@link io.github.gamesdk.core.http.RequestListener} that times calls per vendor, endpoint and
 * outcome, counts retries and gauges calls in flight, with tags that never carry a secret, token,
 * openid or phone number (docs/metrics.md).
 */
package io.github.gamesdk.metrics;
