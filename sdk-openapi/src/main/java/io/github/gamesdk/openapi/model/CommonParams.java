package io.github.gamesdk.openapi.model;

import com.google.common.net.InetAddresses;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;

/**
 * The common parameters of every OpenAPI V3 call that belong to the user and the call (seed 002
 * §1.3, lines 17-29): {@code openid} and {@code openkey} identify the user's session, {@code pf}
 * and {@code userip} describe this call. The client adds the others itself: {@code appid}, {@code
 * sig}, {@code format=json} and {@code charset=utf-8}. Every request model carries these four.
 */
public interface CommonParams {
  /**
   * {@code openid} (必须): the user's key for this app, passed to the app on its CanvasURL and sent
   * back as is; different for the same QQ number under different appids (seed 002 line 20).
   *
   * @return the openid, not blank
   */
  String openid();

  /**
   * {@code openkey} (必须): the session key from the CanvasURL (seed 002 line 21). Its length is
   * not fixed and must not be checked; it must not be empty; it expires after two hours unless
   * renewed with {@code v3/user/is_login}. Never printed.
   *
   * @return the openkey
   */
  Secret openkey();

  /**
   * {@code pf} (必须): the platform the user came from, passed on the CanvasURL and sent back as
   * is. The seed asks apps not to build, check or convert it (seed 002 line 24), so the SDK only
   * requires it to be non-blank.
   *
   * @return the pf, for example {@code qzone}
   */
  String pf();

  /**
   * {@code userip}: the user's IP address (seed 002 line 27), from the {@code QVia} header or the
   * standard HTTP request. The seed's table leaves its "required" column empty; gamesdk always
   * sends it, since the platform's security checks use it. It must be an IPv4 or IPv6 literal;
   * no name is looked up.
   *
   * @return the IP, for example {@code 112.90.139.30}
   */
  String userip();

  /**
   * Checks the common parameters.
   *
   * @param p the parameters
   * @throws InvalidRequestException if {@code openid} or {@code pf} is blank, or {@code userip}
   *     is not an IP address
   */
  static void check(CommonParams p) {
    InvalidRequestException.check(!p.openid().trim().isEmpty(), "openid", "must not be empty");
    InvalidRequestException.check(!p.pf().trim().isEmpty(), "pf", "must not be empty");
    InvalidRequestException.check(
        isIpLiteral(p.userip()), "userip", "must be an IPv4 or IPv6 address, e.g. 112.90.139.30");
  }

  /**
   * Whether a text is an IPv4 or IPv6 address literal, without any name lookup.
   *
   * @param ip the text
   * @return whether it is an address literal
   */
  static boolean isIpLiteral(String ip) {
    return ip != null && !ip.isEmpty() && ip.indexOf('%') < 0 && InetAddresses.isInetAddress(ip);
  }
}
