package io.github.gamesdk.spring;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.openapi.OpenApiEnvironment;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gamesdk.openapi.*}: the Tencent Open Platform OpenAPI V3 client (seed 002). The client is
 * created when {@code app-id} is set; {@code app-key} is then required. The appkey is a {@link
 * Secret} and prints as {@code ****}.
 */
@ConfigurationProperties("gamesdk.openapi")
public class OpenApiProperties {
  /** The application's appid (digits); the client is created when it is set. */
  private String appId;
  /** The appkey, the key of every sig. */
  private Secret appKey;
  /** One of the documented hosts: production (default, https://openapi.tencentyun.com) or test. */
  private OpenApiEnvironment environment;
  /** Scheme, host and port of another server (a proxy or a test server); not with environment. */
  private String baseUrl;
  /** Method of get_info and is_login: post (default) or get. */
  private HttpMethod httpMethod;
  /** Whether to send charset=utf-8; default true. */
  private Boolean sendCharset;
  /** How long to wait for an answer; default 3s. */
  private Duration readTimeout;

  /** Creates the properties with their defaults. */
  public OpenApiProperties() {}

  /**
   * The {@code appid} (seed 002 line 22: unsigned int).
   *
   * @return the appid (digits), or {@code null} when no client is wanted
   */
  @Nullable
  public String getAppId() {
    return appId;
  }

  /**
   * Sets {@code gamesdk.openapi.app-id}.
   *
   * @param appId digits
   */
  public void setAppId(@Nullable String appId) {
    this.appId = appId;
  }

  /**
   * The appkey, the key of {@code sig} (seed 002 line 23).
   *
   * @return the key, or {@code null} if not set
   */
  @Nullable
  public Secret getAppKey() {
    return appKey;
  }

  /**
   * Sets {@code gamesdk.openapi.app-key}.
   *
   * @param appKey the key
   */
  public void setAppKey(@Nullable Secret appKey) {
    this.appKey = appKey;
  }

  /**
   * One of the documented hosts (seed 002 lines 4-8).
   *
   * @return the environment, or {@code null} for the client's default {@code PRODUCTION} (unless
   *     {@code base-url} is set)
   */
  @Nullable
  public OpenApiEnvironment getEnvironment() {
    return environment;
  }

  /**
   * Sets {@code gamesdk.openapi.environment}.
   *
   * @param environment {@code production} or {@code test}
   */
  public void setEnvironment(@Nullable OpenApiEnvironment environment) {
    this.environment = environment;
  }

  /**
   * Scheme, host and port of another server; the SDK appends the documented path.
   *
   * @return the base URL, or {@code null} to use {@code environment}
   */
  @Nullable
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets {@code gamesdk.openapi.base-url}.
   *
   * @param baseUrl scheme, host and port only
   */
  public void setBaseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The method of {@code get_info} and {@code is_login}; the signed source starts with it
   * (PROTOCOLS.md §6).
   *
   * @return the method, or {@code null} for the client's default POST
   */
  @Nullable
  public HttpMethod getHttpMethod() {
    return httpMethod;
  }

  /**
   * Sets {@code gamesdk.openapi.http-method}.
   *
   * @param httpMethod {@code post} or {@code get}
   */
  public void setHttpMethod(@Nullable HttpMethod httpMethod) {
    this.httpMethod = httpMethod;
  }

  /**
   * Whether to send {@code charset=utf-8} (seed 002 line 29: the server's default is gbk).
   *
   * @return the setting, or {@code null} for the client's default {@code true}
   */
  @Nullable
  public Boolean getSendCharset() {
    return sendCharset;
  }

  /**
   * Sets {@code gamesdk.openapi.send-charset}.
   *
   * @param sendCharset whether to send the parameter
   */
  public void setSendCharset(@Nullable Boolean sendCharset) {
    this.sendCharset = sendCharset;
  }

  /**
   * How long to wait for an answer; connect stays 2 s and a whole attempt at most connect + 2 ×
   * read.
   *
   * @return the read timeout, or {@code null} for the client's default 3 s (seed 002 line 15)
   */
  @Nullable
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /**
   * Sets {@code gamesdk.openapi.read-timeout}.
   *
   * @param readTimeout a positive duration
   */
  public void setReadTimeout(@Nullable Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  @Override
  public String toString() {
    return "OpenApiProperties{appId=" + appId + ", appKey=" + appKey + ", environment="
        + environment + ", baseUrl=" + baseUrl + ", httpMethod=" + httpMethod + ", sendCharset="
        + sendCharset + ", readTimeout=" + readTimeout + "}";
  }
}
