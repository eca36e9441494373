package io.github.gamesdk.qos.model;

import io.github.gamesdk.core.GameSdkStyle;
import org.immutables.value.Value;

/**
 * Request of {@code Action=close} (seed 000 lines 209-251): stops 4G acceleration for the phone.
 * It carries the same parameters as {@code open}; {@link #of(OpenRequest)} copies them.
 */
@Value.Immutable
@GameSdkStyle
public abstract class CloseRequest extends SessionRequest {
  CloseRequest() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableCloseRequest.Builder builder() {
    return ImmutableCloseRequest.builder();
  }

  /**
   * The {@code close} of an {@code open}: the same {@code ReqType}, {@code VersionId}, {@code
   * PrivateIP}, {@code PublicIP}, {@code PhoneNO}, {@code DstIP} and {@code DeviceCode} (seed 000
   * lines 223-241 list the same parameters as lines 134-150).
   *
   * @param open the request that started the acceleration
   * @return the request that stops it
   */
  public static CloseRequest of(OpenRequest open) {
    return builder()
        .reqType(open.reqType())
        .versionId(open.versionId())
        .privateIp(open.privateIp())
        .publicIp(open.publicIp())
        .phoneNo(open.phoneNo())
        .dstIps(open.dstIps())
        .deviceCode(open.deviceCode())
        .build();
  }

  @Value.Check
  void check() {
    checkSession();
  }
}
