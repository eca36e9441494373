package io.github.gamesdk.qos.model;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.error.InvalidRequestException;
import org.immutables.value.Value;

/**
 * The parameters every QoS call carries about the phone (seed 000 lines 17-29, 134-150 and
 * 223-241): {@code ReqType}, {@code VersionId}, {@code PrivateIP}, {@code PublicIP} and {@code
 * DeviceCode}. The client adds {@code Action}, {@code GameId}, {@code SecretId}, {@code
 * Timestamp}, {@code Nonce}, {@code SignatureMethod} and {@code Signature}.
 */
public abstract class QosRequest {
  QosRequest() {}

  /**
   * {@code ReqType} (seed 000 line 17): who starts the call. A backend is the server, so this
   * defaults to {@link ReqType#SERVER} ({@code 1}, as in every example of the seed, line 65).
   *
   * @return {@link ReqType#SERVER} unless set
   */
  @Value.Default
  public ReqType reqType() {
    return ReqType.SERVER;
  }

  /**
   * {@code VersionId} (seed 000 line 23): the game's version, optional, for locating one user's
   * network problems. For example {@code 1.2} (line 68).
   *
   * @return the version, or {@code null} to send none
   */
  @Nullable
  public abstract String versionId();

  /**
   * {@code PrivateIP} (seed 000 line 25): the phone's internal (operator network) IPv4 address,
   * required. For example {@code 23.4.5.5} (line 69).
   *
   * @return the dotted-quad address
   */
  public abstract String privateIp();

  /**
   * {@code PublicIP} (seed 000 line 27): the phone's public IPv4 address, required when {@code
   * ReqType=1} ("若 ReqType=1，必填"). For example {@code 124.4.5.6} (line 70).
   *
   * @return the dotted-quad address, or {@code null} to send none (only with {@link
   *     ReqType#CLIENT})
   */
  @Nullable
  public abstract String publicIp();

  /**
   * {@code DeviceCode} (seed 000 line 29): the phone's device code, optional. For example {@code
   * xxx-yyy} (line 71).
   *
   * @return the device code, or {@code null} to send none
   */
  @Nullable
  public abstract String deviceCode();

  /**
   * Checks the documented rules of the common parameters.
   *
   * @throws InvalidRequestException naming the vendor parameter that breaks its rule
   */
  void checkCommon() {
    InvalidRequestException.check(
        Ipv4.isValid(privateIp()), "PrivateIP", "must be a dotted-quad IPv4 address");
    if (publicIp() != null) {
      InvalidRequestException.check(
          Ipv4.isValid(publicIp()), "PublicIP", "must be a dotted-quad IPv4 address");
    }
    InvalidRequestException.check(
        reqType() != ReqType.SERVER || publicIp() != null,
        "PublicIP",
        "required when ReqType=1 (server)");
    checkOptionalText(versionId(), "VersionId");
    checkOptionalText(deviceCode(), "DeviceCode");
  }

  /**
   * An optional free-text parameter is either left out or a non-blank value without control
   * characters; an empty value would be sent as a meaningless {@code VersionId=}.
   */
  static void checkOptionalText(@Nullable String value, String field) {
    if (value == null) {
      return;
    }
    InvalidRequestException.check(
        !value.trim().isEmpty(), field, "must not be blank when given (leave it out instead)");
    InvalidRequestException.check(
        !hasControlChars(value), field, "must not contain control characters");
  }

  static boolean hasControlChars(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
