package io.github.gamesdk.qos.model;

import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.error.InvalidRequestException;
import okhttp3.HttpUrl;
import org.immutables.value.Value;

/**
 * Request of the phone-id lookup: a GET of the {@code mobileUrl} that {@code geturl} answered
 * (seed 000 lines 86-107). The seed says it must be made from the phone ("本操作必须要在用户手机客户端执行，
 * 否则无法获得正确结果", line 94): the operator identifies the phone by its mobile connection. A
 * backend therefore normally receives the answer relayed by the phone and reads it with {@link
 * MobileUrlAnswer#parse(String)}.
 */
@Value.Immutable
@GameSdkStyle
public abstract class MobileUrlRequest {
  MobileUrlRequest() {}

  /**
   * A request for a {@code mobileUrl}.
   *
   * @param mobileUrl the {@code mobileUrl} of a {@link GetUrlResponse}
   * @return the request
   * @throws InvalidRequestException if it is {@code "unknown"} or not an http(s) URL
   */
  public static MobileUrlRequest of(String mobileUrl) {
    return ImmutableMobileUrlRequest.builder().mobileUrl(mobileUrl).build();
  }

  /**
   * The URL to fetch, exactly as {@code geturl} answered it ({@code mobileUrl}, seed 000 line 52).
   *
   * @return the URL
   */
  public abstract String mobileUrl();

  @Value.Check
  void check() {
    InvalidRequestException.check(
        !GetUrlResponse.UNKNOWN_MOBILE_URL.equals(mobileUrl()),
        "mobileUrl",
        "is \"unknown\": this user's number cannot be looked up (seed 000 line 52)");
    InvalidRequestException.check(
        HttpUrl.parse(mobileUrl()) != null, "mobileUrl", "must be an http(s) URL");
  }
}
