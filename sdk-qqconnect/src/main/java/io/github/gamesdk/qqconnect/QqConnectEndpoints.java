package io.github.gamesdk.qqconnect;

import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.HttpMethod;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Every QQ Connect call the SDK makes, as data (the QQ Connect rows of {@code ENDPOINTS.md}). The
 * transfer-CGI calls all go to {@code /cgi-bin/QQConnect.fcgi} with {@code cmd=} naming the call;
 * every parameter goes in the query string, POST is not supported (seed 003 line 1600). The three
 * {@code cmd}s send, report or change state, so they are never retried once sent.
 */
public final class QqConnectEndpoints {
  /** The vendor name used in exceptions, logs and metrics. */
  public static final String VENDOR = "qqconnect";

  /** The transfer CGI's path (seed 003 line 1571). */
  public static final String TRANSFER_PATH = "/cgi-bin/QQConnect.fcgi";

  /** {@code cmd=send_share_for_inner} (seed 003 line 954 and 2161): sends a message. */
  public static final Endpoint SEND_SHARE_FOR_INNER =
      Endpoint.mutation(VENDOR, "send_share_for_inner", HttpMethod.GET, TRANSFER_PATH);

  /** {@code cmd=gc_achieve_report} (seed 003 line 1700): reports player values. */
  public static final Endpoint GC_ACHIEVE_REPORT =
      Endpoint.mutation(VENDOR, "gc_achieve_report", HttpMethod.GET, TRANSFER_PATH);

  /** {@code cmd=qc_set_summary_card} (seed 003 line 1620): changes the profile card. */
  public static final Endpoint QC_SET_SUMMARY_CARD =
      Endpoint.mutation(VENDOR, "qc_set_summary_card", HttpMethod.GET, TRANSFER_PATH);

  /** {@code graph.qq.com/oauth2.0/me} (seed 003 line 1583): reads the openid of a token. */
  public static final Endpoint OAUTH2_ME =
      Endpoint.query(VENDOR, "oauth2.0/me", HttpMethod.GET, "/oauth2.0/me");

  /** All of them, in the order of {@code ENDPOINTS.md}. */
  public static final List<Endpoint> ALL =
      Collections.unmodifiableList(
          Arrays.asList(SEND_SHARE_FOR_INNER, GC_ACHIEVE_REPORT, QC_SET_SUMMARY_CARD, OAUTH2_ME));

  private QqConnectEndpoints() {}

  /**
   * The transfer-CGI endpoint of a {@code cmd}.
   *
   * @param cmd a {@code cmd} value
   * @return the endpoint, or {@code null} if the SDK does not know the {@code cmd}
   */
  public static Endpoint forCmd(String cmd) {
    for (Endpoint e : ALL) {
      if (e.path().equals(TRANSFER_PATH) && e.name().equals(cmd)) {
        return e;
      }
    }
    return null;
  }
}
