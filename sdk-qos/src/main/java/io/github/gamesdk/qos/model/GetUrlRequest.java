package io.github.gamesdk.qos.model;

import io.github.gamesdk.core.GameSdkStyle;
import org.immutables.value.Value;

/**
 * Request of {@code Action=geturl} (seed 000 lines 1-35): the operator's lookup URL of the phone's
 * encrypted number. The seed's example (lines 64-74) is {@code
 * GetUrlRequest.builder().versionId("1.2").privateIp("23.4.5.5").publicIp("124.4.5.6")
 * .deviceCode("xxx-yyy").build()}.
 */
@Value.Immutable
@GameSdkStyle
public abstract class GetUrlRequest extends QosRequest {
  GetUrlRequest() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGetUrlRequest.Builder builder() {
    return ImmutableGetUrlRequest.builder();
  }

  /**
   * A server-side request ({@code ReqType=1}) for a phone's two addresses.
   *
   * @param privateIp {@code PrivateIP}
   * @param publicIp {@code PublicIP}
   * @return the request
   * @throws io.github.gamesdk.core.error.InvalidRequestException if an address is not IPv4
   */
  public static GetUrlRequest forServer(String privateIp, String publicIp) {
    return builder().reqType(ReqType.SERVER).privateIp(privateIp).publicIp(publicIp).build();
  }

  @Value.Check
  void check() {
    checkCommon();
  }
}
