package io.github.gamesdk.msdk;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.share.ShareQqRequest;
import io.github.gamesdk.msdk.model.share.ShareQqResponse;
import io.github.gamesdk.msdk.model.share.ShareWxLinkRequest;
import io.github.gamesdk.msdk.model.share.ShareWxLinkResponse;
import io.github.gamesdk.msdk.model.share.ShareWxRequest;
import io.github.gamesdk.msdk.model.share.ShareWxResponse;
import io.github.gamesdk.msdk.model.share.UploadWxRequest;
import io.github.gamesdk.msdk.model.share.UploadWxResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The share calls of MSDK, {@code /share/*} (seed 004 lines 2094-2277). Every one sends a message
 * or uploads a file, so none is retried once the request may have reached the server: a timeout
 * after sending is reported ({@code TransportException.mayHaveBeenSent()}), never repeated.
 * Obtained from {@link MsdkClient#share()}; thread-safe.
 *
 * <p>Every method takes the {@code openid} query parameter first: the user the call is made for,
 * or {@code null} to leave it out as the seed's share examples do.
 */
public final class MsdkShare {
  private final MsdkClient client;

  MsdkShare(MsdkClient client) {
    this.client = client;
  }

  /**
   * {@code /share/qq}: shares to one mobile-QQ friend (seed 004 line 2095). A refusal such as the
   * receiver's daily limit is {@code ret:-10000} with the share code in {@code msg}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public ShareQqResponse qq(@Nullable String openid, ShareQqRequest request) {
    return client.call(MsdkEndpoints.SHARE_QQ, openid, request);
  }

  /**
   * Async form of {@link #qq}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<ShareQqResponse> qqAsync(@Nullable String openid, ShareQqRequest request) {
    return client.callAsync(MsdkEndpoints.SHARE_QQ, openid, request);
  }

  /**
   * {@code /share/upload_wx}: uploads a share thumbnail (at most 64 KB) to WeChat and returns its
   * {@code media_id} (seed 004 line 2155).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public UploadWxResponse uploadWx(@Nullable String openid, UploadWxRequest request) {
    return client.call(MsdkEndpoints.SHARE_UPLOAD_WX, openid, request);
  }

  /**
   * Async form of {@link #uploadWx}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<UploadWxResponse> uploadWxAsync(
      @Nullable String openid, UploadWxRequest request) {
    return client.callAsync(MsdkEndpoints.SHARE_UPLOAD_WX, openid, request);
  }

  /**
   * {@code /share/wx}: sends a share message to a WeChat friend (seed 004 line 2206).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public ShareWxResponse wx(@Nullable String openid, ShareWxRequest request) {
    return client.call(MsdkEndpoints.SHARE_WX, openid, request);
  }

  /**
   * Async form of {@link #wx}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<ShareWxResponse> wxAsync(@Nullable String openid, ShareWxRequest request) {
    return client.callAsync(MsdkEndpoints.SHARE_WX, openid, request);
  }

  /**
   * {@code /share/wx_link}: sends a link message to a WeChat friend (seed 004 line 2245).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public ShareWxLinkResponse wxLink(@Nullable String openid, ShareWxLinkRequest request) {
    return client.call(MsdkEndpoints.SHARE_WX_LINK, openid, request);
  }

  /**
   * Async form of {@link #wxLink}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<ShareWxLinkResponse> wxLinkAsync(
      @Nullable String openid, ShareWxLinkRequest request) {
    return client.callAsync(MsdkEndpoints.SHARE_WX_LINK, openid, request);
  }
}
