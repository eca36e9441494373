package io.github.gamesdk.spring;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.msdk.MsdkAuthModule;
import io.github.gamesdk.msdk.MsdkEnvironment;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gamesdk.msdk.*}: the MSDK game-backend client (seed 004). The client is created when
 * {@code app-id} is set; {@code msdk-key} ({@code encode=2}, recommended) or {@code app-key}
 * ({@code encode=1}) is then required. Keys are {@link Secret}s and print as {@code ****}.
 */
@ConfigurationProperties("gamesdk.msdk")
public class MsdkProperties {
  /** The game's appid; the client is created when it is set. */
  private String appId;
  /** The msdkkey, the key of sig with encode=2 (recommended). */
  private Secret msdkKey;
  /** The appkey, the key of sig with encode=1, used when no msdk-key is set. */
  private Secret appKey;
  /** One of the six documented hosts (default production-https); not with base-url. */
  private MsdkEnvironment environment;
  /** Scheme, host and port of another server (a proxy or a test server); not with environment. */
  private String baseUrl;
  /** The optional conn query parameter. */
  private Integer conn;
  /** The optional msdkExtInfo query parameter: letters, digits and underscore. */
  private String msdkExtInfo;
  /** The optional version query parameter. */
  private String version;
  /** The optional ishttps flag. */
  private Boolean ishttps;
  /** Whether bodies are msdktea-encrypted; default false. */
  private Boolean msdktea;
  /** The login module name: auth (default) or wxoauth. */
  private MsdkAuthModule authModule;
  /** How long to wait for an answer; default the seed's 3.1 s server limit plus a margin. */
  private Duration readTimeout;

  /** Creates the properties with their defaults. */
  public MsdkProperties() {}

  /**
   * The {@code appid} query parameter (seed 004 lines 1-60).
   *
   * @return the appid, or {@code null} when no client is wanted
   */
  @Nullable
  public String getAppId() {
    return appId;
  }

  /**
   * Sets {@code gamesdk.msdk.app-id}.
   *
   * @param appId the appid
   */
  public void setAppId(@Nullable String appId) {
    this.appId = appId;
  }

  /**
   * The msdkkey: {@code sig = md5(msdkkey + timestamp)} with {@code encode=2}.
   *
   * @return the key, or {@code null} if not set
   */
  @Nullable
  public Secret getMsdkKey() {
    return msdkKey;
  }

  /**
   * Sets {@code gamesdk.msdk.msdk-key}.
   *
   * @param msdkKey the key
   */
  public void setMsdkKey(@Nullable Secret msdkKey) {
    this.msdkKey = msdkKey;
  }

  /**
   * The appkey: {@code sig = md5(appkey + timestamp)} with {@code encode=1}.
   *
   * @return the key, or {@code null} if not set
   */
  @Nullable
  public Secret getAppKey() {
    return appKey;
  }

  /**
   * Sets {@code gamesdk.msdk.app-key}.
   *
   * @param appKey the key
   */
  public void setAppKey(@Nullable Secret appKey) {
    this.appKey = appKey;
  }

  /**
   * One of the six documented environments.
   *
   * @return the environment, or {@code null} for the client's default
   */
  @Nullable
  public MsdkEnvironment getEnvironment() {
    return environment;
  }

  /**
   * Sets {@code gamesdk.msdk.environment}.
   *
   * @param environment the environment
   */
  public void setEnvironment(@Nullable MsdkEnvironment environment) {
    this.environment = environment;
  }

  /**
   * Scheme, host and port of another server.
   *
   * @return the base URL, or {@code null}
   */
  @Nullable
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets {@code gamesdk.msdk.base-url}.
   *
   * @param baseUrl scheme, host and port
   */
  public void setBaseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The {@code conn} query parameter.
   *
   * @return the value, or {@code null} to leave it out
   */
  @Nullable
  public Integer getConn() {
    return conn;
  }

  /**
   * Sets {@code gamesdk.msdk.conn}.
   *
   * @param conn the value
   */
  public void setConn(@Nullable Integer conn) {
    this.conn = conn;
  }

  /**
   * The {@code msdkExtInfo} query parameter, echoed by the server.
   *
   * @return the value, or {@code null} to leave it out
   */
  @Nullable
  public String getMsdkExtInfo() {
    return msdkExtInfo;
  }

  /**
   * Sets {@code gamesdk.msdk.msdk-ext-info}.
   *
   * @param msdkExtInfo letters, digits and underscore
   */
  public void setMsdkExtInfo(@Nullable String msdkExtInfo) {
    this.msdkExtInfo = msdkExtInfo;
  }

  /**
   * The {@code version} query parameter.
   *
   * @return the value, or {@code null} to leave it out
   */
  @Nullable
  public String getVersion() {
    return version;
  }

  /**
   * Sets {@code gamesdk.msdk.version}.
   *
   * @param version the value
   */
  public void setVersion(@Nullable String version) {
    this.version = version;
  }

  /**
   * The {@code ishttps} flag.
   *
   * @return the flag, or {@code null} to leave it out
   */
  @Nullable
  public Boolean getIshttps() {
    return ishttps;
  }

  /**
   * Sets {@code gamesdk.msdk.ishttps}.
   *
   * @param ishttps the flag
   */
  public void setIshttps(@Nullable Boolean ishttps) {
    this.ishttps = ishttps;
  }

  /**
   * Whether bodies are encrypted with msdktea ({@code Content-Encrypt: msdktea}).
   *
   * @return the flag, or {@code null} for the default (off)
   */
  @Nullable
  public Boolean getMsdktea() {
    return msdktea;
  }

  /**
   * Sets {@code gamesdk.msdk.msdktea}.
   *
   * @param msdktea the flag
   */
  public void setMsdktea(@Nullable Boolean msdktea) {
    this.msdktea = msdktea;
  }

  /**
   * The login module's name in paths: {@code auth} or {@code wxoauth}.
   *
   * @return the module, or {@code null} for the default ({@code auth})
   */
  @Nullable
  public MsdkAuthModule getAuthModule() {
    return authModule;
  }

  /**
   * Sets {@code gamesdk.msdk.auth-module}.
   *
   * @param authModule the module
   */
  public void setAuthModule(@Nullable MsdkAuthModule authModule) {
    this.authModule = authModule;
  }

  /**
   * How long to wait for an answer.
   *
   * @return the timeout, or {@code null} for the client's default
   */
  @Nullable
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /**
   * Sets {@code gamesdk.msdk.read-timeout}.
   *
   * @param readTimeout the timeout
   */
  public void setReadTimeout(@Nullable Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /**
   * The properties with the keys masked.
   *
   * @return a description safe to log
   */
  @Override
  public String toString() {
    return "MsdkProperties{appId=" + appId + ", msdkKey=" + msdkKey + ", appKey=" + appKey
        + ", environment=" + environment + ", baseUrl=" + baseUrl + ", msdktea=" + msdktea + "}";
  }
}
