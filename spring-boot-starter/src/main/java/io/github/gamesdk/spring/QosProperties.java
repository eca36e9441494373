package io.github.gamesdk.spring;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.sign.CloudApiV2Signer;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gamesdk.qos.*}: the Tencent Cloud mobile QoS client (seed 000). The client is created
 * when {@code game-id} is set; {@code secret-id} and {@code secret-key} are then required. The key
 * is a {@link Secret} and prints as {@code ****}; the SecretId is not printed either, as {@code
 * QosClient} does not print it.
 */
@ConfigurationProperties("gamesdk.qos")
public class QosProperties {
  /** QoS GameId from the Tencent Cloud console; the client is created when it is set. */
  private String gameId;
  /** SecretId of the Tencent Cloud API key. */
  private String secretId;
  /** SecretKey paired with secret-id, the key of every Signature. */
  private Secret secretKey;
  /** Scheme, host and port; default https://qos.api.cloud.tencent.com. */
  private String baseUrl;
  /** SignatureMethod sent: hmac-sha256 (default), hmac-sha1, or none. */
  private CloudApiV2Signer.Method signatureMethod;
  /** How long to wait for an answer; default 5s. */
  private Duration readTimeout;

  /** Creates the properties with their defaults. */
  public QosProperties() {}

  /**
   * {@code GameId} (seed 000 line 19), for example {@code 8282828} (line 66).
   *
   * @return the game id, or {@code null} when no client is wanted
   */
  @Nullable
  public String getGameId() {
    return gameId;
  }

  /**
   * Sets {@code gamesdk.qos.game-id}.
   *
   * @param gameId letters, digits, {@code -}, {@code _} or {@code .}
   */
  public void setGameId(@Nullable String gameId) {
    this.gameId = gameId;
  }

  /**
   * {@code SecretId} (seed 000 line 21): the id of the Tencent Cloud API key.
   *
   * @return the SecretId, or {@code null} if not set
   */
  @Nullable
  public String getSecretId() {
    return secretId;
  }

  /**
   * Sets {@code gamesdk.qos.secret-id}.
   *
   * @param secretId letters and digits
   */
  public void setSecretId(@Nullable String secretId) {
    this.secretId = secretId;
  }

  /**
   * The SecretKey paired with {@code SecretId}, the key of {@code Signature} (PROTOCOLS.md §5).
   *
   * @return the key, or {@code null} if not set
   */
  @Nullable
  public Secret getSecretKey() {
    return secretKey;
  }

  /**
   * Sets {@code gamesdk.qos.secret-key}.
   *
   * @param secretKey the key
   */
  public void setSecretKey(@Nullable Secret secretKey) {
    this.secretKey = secretKey;
  }

  /**
   * Scheme, host and port; the SDK appends {@code /qos}. The host is what {@code Signature} covers.
   *
   * @return the base URL, or {@code null} for the client's default {@code
   *     https://qos.api.cloud.tencent.com}
   */
  @Nullable
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets {@code gamesdk.qos.base-url}.
   *
   * @param baseUrl scheme, host and port only
   */
  public void setBaseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The {@code SignatureMethod} sent (PROTOCOLS.md §5).
   *
   * @return the method, or {@code null} for the client's default {@code HMAC_SHA256}
   */
  @Nullable
  public CloudApiV2Signer.Method getSignatureMethod() {
    return signatureMethod;
  }

  /**
   * Sets {@code gamesdk.qos.signature-method} ({@code hmac-sha256}, {@code hmac-sha1} or {@code
   * none}).
   *
   * @param signatureMethod the method
   */
  public void setSignatureMethod(@Nullable CloudApiV2Signer.Method signatureMethod) {
    this.signatureMethod = signatureMethod;
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
   * Sets {@code gamesdk.qos.read-timeout}.
   *
   * @param readTimeout a positive duration
   */
  public void setReadTimeout(@Nullable Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  @Override
  public String toString() {
    return "QosProperties{gameId=" + gameId + ", secretId=" + (secretId == null ? null : "****")
        + ", secretKey=" + secretKey + ", baseUrl=" + baseUrl + ", signatureMethod="
        + signatureMethod + ", readTimeout=" + readTimeout + "}";
  }
}
