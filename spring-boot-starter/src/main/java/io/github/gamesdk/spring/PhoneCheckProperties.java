package io.github.gamesdk.spring;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.HttpMethod;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gamesdk.phonecheck.*}: the privacy-number check client (seed 001). The client is created
 * when {@code apikey} is set. The apikey is a {@link Secret} and prints as {@code ****}.
 */
@ConfigurationProperties("gamesdk.phonecheck")
public class PhoneCheckProperties {
  /** The account's apikey; the client is created when it is set. */
  private Secret apikey;
  /** Scheme, host and port; default https://ps.szqxt.com. */
  private String baseUrl;
  /** How queries are sent: post (default, parameters in the body) or get. */
  private HttpMethod httpMethod;
  /** Whether a query that may have reached the server is sent again (each query is billed); default false. */
  private Boolean retryAfterSend;
  /** How long to wait for an answer; default 5s. */
  private Duration readTimeout;

  /** Creates the properties with their defaults. */
  public PhoneCheckProperties() {}

  /**
   * The account's key, sent as {@code apikey} (seed 001 line 72).
   *
   * @return the key, or {@code null} when no client is wanted
   */
  @Nullable
  public Secret getApikey() {
    return apikey;
  }

  /**
   * Sets {@code gamesdk.phonecheck.apikey}.
   *
   * @param apikey the key
   */
  public void setApikey(@Nullable Secret apikey) {
    this.apikey = apikey;
  }

  /**
   * Scheme, host and port; the SDK appends {@code /ssPhone_Privacy}.
   *
   * @return the base URL, or {@code null} for the client's default {@code https://ps.szqxt.com}
   */
  @Nullable
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets {@code gamesdk.phonecheck.base-url}.
   *
   * @param baseUrl scheme, host and port only
   */
  public void setBaseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * How queries are sent (seed 001 line 64 advises POST; line 77's example is a GET).
   *
   * @return the method, or {@code null} for the client's default POST
   */
  @Nullable
  public HttpMethod getHttpMethod() {
    return httpMethod;
  }

  /**
   * Sets {@code gamesdk.phonecheck.http-method}.
   *
   * @param httpMethod {@code post} or {@code get}
   */
  public void setHttpMethod(@Nullable HttpMethod httpMethod) {
    this.httpMethod = httpMethod;
  }

  /**
   * Whether a query that may have reached the server is sent again after a timeout, 5xx, 429 or
   * code -8; every query is billed (seed 001 line 129), so a retry may be billed twice.
   *
   * @return the setting, or {@code null} for the client's default {@code false}
   */
  @Nullable
  public Boolean getRetryAfterSend() {
    return retryAfterSend;
  }

  /**
   * Sets {@code gamesdk.phonecheck.retry-after-send}.
   *
   * @param retryAfterSend whether to retry after a possible send
   */
  public void setRetryAfterSend(@Nullable Boolean retryAfterSend) {
    this.retryAfterSend = retryAfterSend;
  }

  /**
   * How long to wait for an answer; connect stays 2 s and a whole attempt at most connect + 2 ×
   * read.
   *
   * @return the read timeout, or {@code null} for the client's default 5 s
   */
  @Nullable
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /**
   * Sets {@code gamesdk.phonecheck.read-timeout}.
   *
   * @param readTimeout a positive duration
   */
  public void setReadTimeout(@Nullable Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  @Override
  public String toString() {
    return "PhoneCheckProperties{apikey=" + apikey + ", baseUrl=" + baseUrl + ", httpMethod="
        + httpMethod + ", retryAfterSend=" + retryAfterSend + ", readTimeout=" + readTimeout + "}";
  }
}
