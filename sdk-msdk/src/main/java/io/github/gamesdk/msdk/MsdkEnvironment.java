package io.github.gamesdk.msdk;

import okhttp3.HttpUrl;

/**
 * The six MSDK hosts of seed 004 ({@code 004_a22ae9e2991625ee.txt} lines 7-10, "1.환경"): test
 * and production, each over external HTTP, internal (Tencent Cloud) HTTP and external HTTPS. A
 * custom host (a proxy, a fake) is set with {@link MsdkClient.Builder#baseUrl(String)} instead.
 */
public enum MsdkEnvironment {
  /** Test, HTTP over the internet: {@code http://msdktest.qq.com} (seed 004 line 9). */
  TEST_HTTP("http://msdktest.qq.com"),
  /** Test, HTTP inside Tencent Cloud: {@code http://msdktest.tencent-cloud.net} (line 9). */
  TEST_INTERNAL_HTTP("http://msdktest.tencent-cloud.net"),
  /** Test, HTTPS over the internet: {@code https://msdktest.ssl.msdk.qq.com} (line 9). */
  TEST_HTTPS("https://msdktest.ssl.msdk.qq.com"),
  /** Production, HTTP over the internet: {@code http://msdk.qq.com} (seed 004 line 10). */
  PRODUCTION_HTTP("http://msdk.qq.com"),
  /** Production, HTTP inside Tencent Cloud: {@code http://msdk.tencent-cloud.net} (line 10). */
  PRODUCTION_INTERNAL_HTTP("http://msdk.tencent-cloud.net"),
  /** Production, HTTPS over the internet: {@code https://ssl.msdk.qq.com} (line 10). The default. */
  PRODUCTION_HTTPS("https://ssl.msdk.qq.com");

  private final String baseUrl;

  MsdkEnvironment(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The host as the seed writes it.
   *
   * @return scheme and host, for example {@code https://ssl.msdk.qq.com}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The host as an {@link HttpUrl}.
   *
   * @return the URL with path {@code /}
   */
  public HttpUrl url() {
    return HttpUrl.get(baseUrl);
  }
}
