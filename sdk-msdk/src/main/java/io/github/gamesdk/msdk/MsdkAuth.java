package io.github.gamesdk.msdk;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.auth.CheckTokenRequest;
import io.github.gamesdk.msdk.model.auth.CheckTokenResponse;
import io.github.gamesdk.msdk.model.auth.GetPfvalRequest;
import io.github.gamesdk.msdk.model.auth.GetPfvalResponse;
import io.github.gamesdk.msdk.model.auth.GuestCheckTokenRequest;
import io.github.gamesdk.msdk.model.auth.GuestCheckTokenResponse;
import io.github.gamesdk.msdk.model.auth.VerifyLoginRequest;
import io.github.gamesdk.msdk.model.auth.VerifyLoginResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The login calls of MSDK, {@code /auth/*} (seed 004 lines 61-190, "로그인"), all read-only and so
 * retried where allowed. The module is sent as {@code auth} or, with {@link
 * MsdkClient.Builder#authModule(MsdkAuthModule)}, as the interchangeable {@code wxoauth} (line 61).
 * Obtained from {@link MsdkClient#auth()}; thread-safe.
 *
 * <p>Every method takes the {@code openid} query parameter first: the user the call is made for
 * (the seed's URL template, line 14), or {@code null} to leave it out.
 */
public final class MsdkAuth {
  private final MsdkClient client;

  MsdkAuth(MsdkClient client) {
    this.client = client;
  }

  /**
   * {@code /auth/verify_login}: checks a mobile-QQ login and whether its access token expired (seed
   * 004 line 65).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public VerifyLoginResponse verifyLogin(@Nullable String openid, VerifyLoginRequest request) {
    return client.call(MsdkEndpoints.AUTH_VERIFY_LOGIN, openid, request);
  }

  /**
   * Async form of {@link #verifyLogin}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<VerifyLoginResponse> verifyLoginAsync(
      @Nullable String openid, VerifyLoginRequest request) {
    return client.callAsync(MsdkEndpoints.AUTH_VERIFY_LOGIN, openid, request);
  }

  /**
   * {@code /auth/check_token}: checks a WeChat access token (seed 004 line 96). An expired token is
   * answered {@code ret:-20000} with WeChat code 40001: category {@code REFRESH_TOKEN}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public CheckTokenResponse checkToken(@Nullable String openid, CheckTokenRequest request) {
    return client.call(MsdkEndpoints.AUTH_CHECK_TOKEN, openid, request);
  }

  /**
   * Async form of {@link #checkToken}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<CheckTokenResponse> checkTokenAsync(
      @Nullable String openid, CheckTokenRequest request) {
    return client.callAsync(MsdkEndpoints.AUTH_CHECK_TOKEN, openid, request);
  }

  /**
   * {@code /auth/guest_check_token}: authorizes a guest-mode user (seed 004 line 123). The seed's
   * example sends the guest's {@code G_...} id as {@code openid} (line 138).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public GuestCheckTokenResponse guestCheckToken(
      @Nullable String openid, GuestCheckTokenRequest request) {
    return client.call(MsdkEndpoints.AUTH_GUEST_CHECK_TOKEN, openid, request);
  }

  /**
   * Async form of {@link #guestCheckToken}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<GuestCheckTokenResponse> guestCheckTokenAsync(
      @Nullable String openid, GuestCheckTokenRequest request) {
    return client.callAsync(MsdkEndpoints.AUTH_GUEST_CHECK_TOKEN, openid, request);
  }

  /**
   * {@code /auth/get_pfval}: obtains {@code pf} and {@code pfKey} (seed 004 line 149).
   *
   * @param openid the {@code openid} query parameter, or {@code null} (the seed's example leaves it
   *     out, line 172)
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public GetPfvalResponse getPfval(@Nullable String openid, GetPfvalRequest request) {
    return client.call(MsdkEndpoints.AUTH_GET_PFVAL, openid, request);
  }

  /**
   * Async form of {@link #getPfval}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<GetPfvalResponse> getPfvalAsync(
      @Nullable String openid, GetPfvalRequest request) {
    return client.callAsync(MsdkEndpoints.AUTH_GET_PFVAL, openid, request);
  }
}
