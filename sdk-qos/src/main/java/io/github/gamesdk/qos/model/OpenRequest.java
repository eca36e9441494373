package io.github.gamesdk.qos.model;

import io.github.gamesdk.core.GameSdkStyle;
import org.immutables.value.Value;

/**
 * Request of {@code Action=open} (seed 000 lines 120-160): starts 4G acceleration for the phone
 * towards the game servers in {@code DstIP}. The seed's example (lines 180-192) is {@code
 * OpenRequest.builder().versionId("1.2").privateIp("23.4.5.5").publicIp("124.4.5.6")
 * .phoneNo("aSesdHJJsdx").addDstIps("1.1.1.1", "2.2.2.2").deviceCode("xxx-yyy").build()}.
 */
@Value.Immutable
@GameSdkStyle
public abstract class OpenRequest extends SessionRequest {
  OpenRequest() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableOpenRequest.Builder builder() {
    return ImmutableOpenRequest.builder();
  }

  @Value.Check
  void check() {
    checkSession();
  }
}
