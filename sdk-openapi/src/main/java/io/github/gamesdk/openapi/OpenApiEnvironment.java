package io.github.gamesdk.openapi;

/**
 * The two hosts seed 002 documents (lines 4-8): "正式环境下使用域名:openapi.tencentyun.com。测试环境下使用IP:
 * 119.147.19.43". The seed writes its URLs without a scheme ({@code
 * //openapi.tencentyun.com/v3/user/get_info}); production defaults to HTTPS, which keeps the
 * openkey off the wire in clear text (some APIs answer -7, PROTOCAL_INVALID, over HTTP). The test
 * IP is reached over HTTP: an IP address has no certificate to present. Any other server is set
 * with {@link OpenApiClient.Builder#baseUrl(String)}.
 */
public enum OpenApiEnvironment {
  /** {@code https://openapi.tencentyun.com}, the production domain (seed 002 line 4). */
  PRODUCTION("https://openapi.tencentyun.com"),
  /**
   * {@code http://119.147.19.43}, the test IP (seed 002 line 4). "测试IP只能用于应用测试环境" (line 5):
   * switch to {@link #PRODUCTION} before the app goes live.
   */
  TEST("http://119.147.19.43");

  private final String baseUrl;

  OpenApiEnvironment(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The base URL: scheme and host; the SDK appends the documented path.
   *
   * @return for example {@code https://openapi.tencentyun.com}
   */
  public String baseUrl() {
    return baseUrl;
  }
}
