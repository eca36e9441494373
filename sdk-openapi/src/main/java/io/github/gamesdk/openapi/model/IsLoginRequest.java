package io.github.gamesdk.openapi.model;

import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Secret;
import org.immutables.value.Value;

/**
 * Request of {@code v3/user/is_login} (seed 002 line 21: "openkey过期时间为两小时,需要用
 * v3/user/is_login接口续期"): checks that the session is still logged in and extends the openkey's
 * life by two hours. It has no parameters beyond the common ones (seed 002 §1.3).
 */
@Value.Immutable
@GameSdkStyle
public abstract class IsLoginRequest implements CommonParams {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableIsLoginRequest.Builder builder() {
    return ImmutableIsLoginRequest.builder();
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
  public static IsLoginRequest of(String openid, Secret openkey, String pf, String userip) {
    return builder().openid(openid).openkey(openkey).pf(pf).userip(userip).build();
  }

  @Value.Check
  void check() {
    CommonParams.check(this);
  }
}
