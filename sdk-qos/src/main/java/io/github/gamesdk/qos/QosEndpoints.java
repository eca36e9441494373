package io.github.gamesdk.qos;

import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.HttpMethod;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Every QoS call the SDK makes, as data (the QoS rows of {@code ENDPOINTS.md}). The three actions
 * go to {@code GET /qos} with {@code Action=} naming the call (seed 000 lines 7-9, 124-126,
 * 213-215). The phone-id lookup goes to whatever {@code mobileUrl} {@code geturl} answered.
 *
 * <p>Retries: {@code geturl} and the lookup only read, so they are retried on timeouts, HTTP 5xx
 * and code 4500 (each attempt with a fresh {@code Timestamp} and {@code Nonce}). {@code open} and
 * {@code close} change the phone's acceleration and are never retried once the request may have
 * reached the server. {@code close} is treated so too, although closing twice is probably
 * harmless: the seed does not say what a second {@code close} answers, and an error answered to a
 * retry would hide the success of the first attempt. A caller that saw a {@code close} time out may
 * send it again itself.
 */
public final class QosEndpoints {
  /** The vendor name used in exceptions, logs and metrics. */
  public static final String VENDOR = "qos";

  /** The path of the three actions (seed 000 line 7: {@code https://qos.api.cloud.tencent.com/qos}). */
  public static final String PATH = "/qos";

  /** {@code Action=geturl} (seed 000 line 15): reads the phone-id lookup URL. */
  public static final Endpoint GETURL = Endpoint.query(VENDOR, "geturl", HttpMethod.GET, PATH);

  /** {@code GET {mobileUrl}} (seed 000 line 96): reads the phone's encrypted number. */
  public static final Endpoint MOBILE_URL =
      Endpoint.query(VENDOR, "mobileUrl", HttpMethod.GET, "{mobileUrl}");

  /** {@code Action=open} (seed 000 line 132): starts acceleration. */
  public static final Endpoint OPEN = Endpoint.mutation(VENDOR, "open", HttpMethod.GET, PATH);

  /** {@code Action=close} (seed 000 line 221): stops acceleration. */
  public static final Endpoint CLOSE = Endpoint.mutation(VENDOR, "close", HttpMethod.GET, PATH);

  /** All of them, in the order of {@code ENDPOINTS.md}. */
  public static final List<Endpoint> ALL =
      Collections.unmodifiableList(Arrays.asList(GETURL, MOBILE_URL, OPEN, CLOSE));

  private QosEndpoints() {}
}
