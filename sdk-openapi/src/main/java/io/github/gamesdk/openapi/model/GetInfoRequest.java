package io.github.gamesdk.openapi.model;

import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Secret;
import org.immutables.value.Value;

/**
 * Request of {@code v3/user/get_info} (seed 002 lines 7-8): the profile of the user whose
 * session {@code openid}/{@code openkey} identify. It has no parameters beyond the common ones
 * (seed 002 §1.3).
 */
@Value.Immutable
@GameSdkStyle
public abstract class GetInfoRequest implements CommonParams {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGetInfoRequest.Builder builder() {
    return ImmutableGetInfoRequest.builder();
  }

  /**
   * A request from the four common parameters.
   *
   * @param openid {@code openid}
   * @param openkey {@code openkey}
   * @param pf {@code pf}
   * @param userip {@code userip}
   * @return the request
   * @throws io.github.gamesdk.core.error.InvalidRequestException if a parameter breaks its rule
   */
  public static GetInfoRequest of(String openid, Secret openkey, String pf, String userip) {
    return builder().openid(openid).openkey(openkey).pf(pf).userip(userip).build();
  }

  @Value.Check
  void check() {
    CommonParams.check(this);
  }
}
