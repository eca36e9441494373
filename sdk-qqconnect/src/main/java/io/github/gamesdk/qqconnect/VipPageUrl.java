package io.github.gamesdk.qqconnect;

import io.github.gamesdk.core.error.InvalidRequestException;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Builds the QQ VIP monthly-subscription page URL that the game opens in its in-app browser (seed
 * 003 lines 726-756 and 1872-1900): {@code
 * https://mq.vip.qq.com/m/connect/open?code=svip&month=1&aid=mvip.p.hz.demo}. All three parameters
 * are required. The page then forwards each order to the game's callback, see {@link
 * io.github.gamesdk.qqconnect.callback.VipOrderCallbackHandler}.
 */
public final class VipPageUrl {
  /** The documented page, {@code https://mq.vip.qq.com/m/connect/open}. */
  public static final String DEFAULT_PAGE = "https://mq.vip.qq.com/m/connect/open";

  private VipPageUrl() {}

  /**
   * Builds the URL on the documented page.
   *
   * @param code {@code code}: {@code svip} or {@code vip}
   * @param months {@code month}: how many months, a whole number of at least 1
   * @param aid {@code aid}: the channel assigned by QQ VIP, non-empty
   * @return the URL
   * @throws InvalidRequestException if a parameter breaks its rule
   */
  public static String build(VipCode code, int months, String aid) {
    return build(DEFAULT_PAGE, code, months, aid);
  }

  /**
   * Builds the URL on another page (a test page, for example).
   *
   * @param page the page URL
   * @param code {@code code}: {@code svip} or {@code vip}
   * @param months {@code month}: a whole number of at least 1
   * @param aid {@code aid}: the channel assigned by QQ VIP, non-empty
   * @return the URL
   * @throws InvalidRequestException if a parameter breaks its rule
   */
  public static String build(String page, VipCode code, int months, String aid) {
    HttpUrl base = HttpUrl.parse(Objects.requireNonNull(page, "page"));
    InvalidRequestException.check(base != null, "page", "must be an http(s) URL");
    InvalidRequestException.check(code != null, "code", "required: svip or vip");
    InvalidRequestException.check(months >= 1, "month", "must be a whole number of at least 1");
    InvalidRequestException.check(
        aid != null && !aid.trim().isEmpty(), "aid", "required: the channel assigned by QQ VIP");
    return base.newBuilder()
        .addQueryParameter("code", code.wireValue())
        .addQueryParameter("month", Integer.toString(months))
        .addQueryParameter("aid", aid)
        .build()
        .toString();
  }
}
