package io.github.gamesdk.spring;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gamesdk.qqconnect.*}: the QQ Connect client (seed 003) and the QQ VIP order callback. The
 * client is created when {@code app-id} is set; the callback endpoint when {@code
 * vip-callback.enabled} is {@code true}. Keys are {@link Secret}s and print as {@code ****}.
 */
@ConfigurationProperties("gamesdk.qqconnect")
public class QqConnectProperties {
  /** QQ Connect appid (oauth_consumer_key); the client is created when it is set. */
  private String appId;
  /** QQ Connect appkey that signs every request. */
  private Secret appKey;
  /** Scheme, host and port of the transfer CGI; default https://proxy.vip.qq.com. */
  private String baseUrl;
  /** Scheme, host and port of graph.qq.com; default https://graph.qq.com. */
  private String graphBaseUrl;
  /** How long to wait for an answer; default 5s. */
  private Duration readTimeout;
  private final VipCallback vipCallback = new VipCallback();

  /** Creates the properties with their defaults. */
  public QqConnectProperties() {}

  /**
   * The appid, sent as {@code oauth_consumer_key} (seed 003 line 1575).
   *
   * @return the appid (digits), or {@code null} when no client is wanted
   */
  @Nullable
  public String getAppId() {
    return appId;
  }

  /**
   * Sets {@code gamesdk.qqconnect.app-id}.
   *
   * @param appId digits
   */
  public void setAppId(@Nullable String appId) {
    this.appId = appId;
  }

  /**
   * The appkey that signs every request (seed 003 line 1620, "密钥").
   *
   * @return the key, or {@code null} if not set
   */
  @Nullable
  public Secret getAppKey() {
    return appKey;
  }

  /**
   * Sets {@code gamesdk.qqconnect.app-key}.
   *
   * @param appKey the key
   */
  public void setAppKey(@Nullable Secret appKey) {
    this.appKey = appKey;
  }

  /**
   * Scheme, host and port of the transfer CGI.
   *
   * @return the base URL, or {@code null} for the client's default {@code https://proxy.vip.qq.com}
   */
  @Nullable
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets {@code gamesdk.qqconnect.base-url}.
   *
   * @param baseUrl scheme, host and port only
   */
  public void setBaseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * Scheme, host and port of graph.qq.com.
   *
   * @return the base URL, or {@code null} for the client's default {@code https://graph.qq.com}
   */
  @Nullable
  public String getGraphBaseUrl() {
    return graphBaseUrl;
  }

  /**
   * Sets {@code gamesdk.qqconnect.graph-base-url}.
   *
   * @param graphBaseUrl scheme, host and port only
   */
  public void setGraphBaseUrl(@Nullable String graphBaseUrl) {
    this.graphBaseUrl = graphBaseUrl;
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
   * Sets {@code gamesdk.qqconnect.read-timeout}.
   *
   * @param readTimeout a positive duration
   */
  public void setReadTimeout(@Nullable Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /**
   * {@code gamesdk.qqconnect.vip-callback.*}: the QQ VIP order callback endpoint.
   *
   * @return the callback settings
   */
  public VipCallback getVipCallback() {
    return vipCallback;
  }

  @Override
  public String toString() {
    return "QqConnectProperties{appId=" + appId + ", appKey=" + appKey + ", baseUrl=" + baseUrl
        + ", graphBaseUrl=" + graphBaseUrl + ", readTimeout=" + readTimeout + ", vipCallback="
        + vipCallback + "}";
  }

  /**
   * {@code gamesdk.qqconnect.vip-callback.*}: an endpoint that receives the QQ VIP order-forwarding
   * callback (seed 003 lines 826-925) in a servlet web application, verifies it, deduplicates it
   * and hands each first delivery to the application's {@link VipOrderCreditor}.
   */
  public static class VipCallback {
    /** Whether to serve the QQ VIP order callback endpoint (servlet web applications). */
    private boolean enabled;
    /** Path QQ VIP sends its GET requests to. */
    private String path = "/vip/callback";
    /** Key QQ VIP assigned with the aid for callbacks (not the appkey). */
    private Secret callbackKey;
    /** How far a delivery's ts may be from the clock; default 1h. */
    private Duration maxAge;
    /** How long a credited order stays marked; must exceed twice max-age; default 7d. */
    private Duration dedupeTtl;

    /** Creates the settings with their defaults. */
    public VipCallback() {}

    /**
     * Whether to serve the endpoint.
     *
     * @return default {@code false}
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@code gamesdk.qqconnect.vip-callback.enabled}.
     *
     * @param enabled whether to serve the endpoint
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * The path QQ VIP sends its GET requests to ("流水接收地址", seed 003 line 845).
     *
     * @return default {@code /vip/callback}
     */
    public String getPath() {
      return path;
    }

    /**
     * Sets {@code gamesdk.qqconnect.vip-callback.path}.
     *
     * @param path starting with {@code /}
     */
    public void setPath(String path) {
      this.path = path;
    }

    /**
     * The key QQ VIP assigned with the {@code aid} for this game's callbacks ("回调密钥", seed 003
     * line 730), which {@code sign = md5(data + key)} is checked with. Not the QQ Connect appkey.
     *
     * @return the key, or {@code null} if not set
     */
    @Nullable
    public Secret getCallbackKey() {
      return callbackKey;
    }

    /**
     * Sets {@code gamesdk.qqconnect.vip-callback.callback-key}.
     *
     * @param callbackKey the key
     */
    public void setCallbackKey(@Nullable Secret callbackKey) {
      this.callbackKey = callbackKey;
    }

    /**
     * How far a delivery's {@code ts} may be from the clock, either way.
     *
     * @return the window, or {@code null} for the handler's default of 1 hour
     */
    @Nullable
    public Duration getMaxAge() {
      return maxAge;
    }

    /**
     * Sets {@code gamesdk.qqconnect.vip-callback.max-age}.
     *
     * @param maxAge a positive duration
     */
    public void setMaxAge(@Nullable Duration maxAge) {
      this.maxAge = maxAge;
    }

    /**
     * How long a credited order stays marked in the deduplication store; must exceed twice
     * {@code max-age}.
     *
     * @return the time, or {@code null} for the handler's default of 7 days
     */
    @Nullable
    public Duration getDedupeTtl() {
      return dedupeTtl;
    }

    /**
     * Sets {@code gamesdk.qqconnect.vip-callback.dedupe-ttl}.
     *
     * @param dedupeTtl a duration longer than twice {@code max-age}
     */
    public void setDedupeTtl(@Nullable Duration dedupeTtl) {
      this.dedupeTtl = dedupeTtl;
    }

    @Override
    public String toString() {
      return "VipCallback{enabled=" + enabled + ", path=" + path + ", callbackKey=" + callbackKey
          + ", maxAge=" + maxAge + ", dedupeTtl=" + dedupeTtl + "}";
    }
  }
}
