package io.github.gamesdk.msdk;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.profile.GetGiftRequest;
import io.github.gamesdk.msdk.model.profile.GetGiftResponse;
import io.github.gamesdk.msdk.model.profile.GetWifiRequest;
import io.github.gamesdk.msdk.model.profile.GetWifiResponse;
import io.github.gamesdk.msdk.model.profile.GetWxXinyueVipRequest;
import io.github.gamesdk.msdk.model.profile.GetWxXinyueVipResponse;
import io.github.gamesdk.msdk.model.profile.GetXinyueSuperRequest;
import io.github.gamesdk.msdk.model.profile.GetXinyueSuperResponse;
import io.github.gamesdk.msdk.model.profile.QqGetFirstRegRequest;
import io.github.gamesdk.msdk.model.profile.QqGetFirstRegResponse;
import io.github.gamesdk.msdk.model.profile.QqGetVideoVipRequest;
import io.github.gamesdk.msdk.model.profile.QqGetVideoVipResponse;
import io.github.gamesdk.msdk.model.profile.QqScoreBatchRequest;
import io.github.gamesdk.msdk.model.profile.QqScoreBatchResponse;
import io.github.gamesdk.msdk.model.profile.QueryVipRequest;
import io.github.gamesdk.msdk.model.profile.QueryVipResponse;
import io.github.gamesdk.msdk.model.profile.SubscribeClearRequest;
import io.github.gamesdk.msdk.model.profile.SubscribeClearResponse;
import io.github.gamesdk.msdk.model.profile.SubscribeGetlistRequest;
import io.github.gamesdk.msdk.model.profile.SubscribeGetlistResponse;
import io.github.gamesdk.msdk.model.profile.SubscribePushRequest;
import io.github.gamesdk.msdk.model.profile.SubscribePushResponse;
import io.github.gamesdk.msdk.model.profile.SubscribeSetlistRequest;
import io.github.gamesdk.msdk.model.profile.SubscribeSetlistResponse;
import io.github.gamesdk.msdk.model.profile.WxBattleReportRequest;
import io.github.gamesdk.msdk.model.profile.WxBattleReportResponse;
import io.github.gamesdk.msdk.model.profile.WxGetEliteinfoRequest;
import io.github.gamesdk.msdk.model.profile.WxGetEliteinfoResponse;
import io.github.gamesdk.msdk.model.profile.WxGetFirstRegRequest;
import io.github.gamesdk.msdk.model.profile.WxGetFirstRegResponse;
import io.github.gamesdk.msdk.model.profile.WxGetVideoVipRequest;
import io.github.gamesdk.msdk.model.profile.WxGetVideoVipResponse;
import io.github.gamesdk.msdk.model.profile.WxGetVipRequest;
import io.github.gamesdk.msdk.model.profile.WxGetVipResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The profile calls of MSDK, {@code /profile/*} (seed 004 lines 1336-2093): flags, VIP and
 * membership lookups (read-only, retried on timeouts, 5xx and retryable codes), the two GET calls
 * {@code get_xinyue_super} and {@code get_wx_xinyue_vip}, and the calls that change state ({@code
 * get_gift}, which deletes the gift it returns; {@code qqscore_batch}; {@code wxbattle_report};
 * {@code subscribe_setlist}, {@code subscribe_push}, {@code subscribe_clear}), never retried once
 * the request may have reached the server. Obtained from {@link MsdkClient#profile()};
 * thread-safe.
 *
 * <p>Every method takes the {@code openid} query parameter first: the user the call is made for,
 * or {@code null} to leave it out (as the seed's {@code wxget_eliteinfo} example does, line 2078).
 */
public final class MsdkProfile {
  private final MsdkClient client;

  MsdkProfile(MsdkClient client) {
    this.client = client;
  }

  /**
   * {@code /profile/qqget_first_reg}: The mobile-QQ player's first-login flag after real-name registration. Read-only. (seed 004 line 1338)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public QqGetFirstRegResponse qqGetFirstReg(@Nullable String openid, QqGetFirstRegRequest request) {
    return client.call(MsdkEndpoints.PROFILE_QQGET_FIRST_REG, openid, request);
  }

  /**
   * Async form of {@link #qqGetFirstReg}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<QqGetFirstRegResponse> qqGetFirstRegAsync(@Nullable String openid, QqGetFirstRegRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_QQGET_FIRST_REG, openid, request);
  }

  /**
   * {@code /profile/query_vip}: A QQ account's VIP information. Read-only. (seed 004 line 1371)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public QueryVipResponse queryVip(@Nullable String openid, QueryVipRequest request) {
    return client.call(MsdkEndpoints.PROFILE_QUERY_VIP, openid, request);
  }

  /**
   * Async form of {@link #queryVip}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<QueryVipResponse> queryVipAsync(@Nullable String openid, QueryVipRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_QUERY_VIP, openid, request);
  }

  /**
   * {@code /profile/get_gift}: Collects the blue-diamond gift, which the call deletes (line 1450): changes state, never retried. (seed 004 line 1449)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public GetGiftResponse getGift(@Nullable String openid, GetGiftRequest request) {
    return client.call(MsdkEndpoints.PROFILE_GET_GIFT, openid, request);
  }

  /**
   * Async form of {@link #getGift}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<GetGiftResponse> getGiftAsync(@Nullable String openid, GetGiftRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_GET_GIFT, openid, request);
  }

  /**
   * {@code /profile/get_wifi}: The portable Wi-Fi qualification. Read-only. (seed 004 line 1486)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public GetWifiResponse getWifi(@Nullable String openid, GetWifiRequest request) {
    return client.call(MsdkEndpoints.PROFILE_GET_WIFI, openid, request);
  }

  /**
   * Async form of {@link #getWifi}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<GetWifiResponse> getWifiAsync(@Nullable String openid, GetWifiRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_GET_WIFI, openid, request);
  }

  /**
   * {@code /profile/qqscore_batch}: Reports achievements to the QQ game center: never retried. (seed 004 line 1517)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public QqScoreBatchResponse qqScoreBatch(@Nullable String openid, QqScoreBatchRequest request) {
    return client.call(MsdkEndpoints.PROFILE_QQSCORE_BATCH, openid, request);
  }

  /**
   * Async form of {@link #qqScoreBatch}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<QqScoreBatchResponse> qqScoreBatchAsync(@Nullable String openid, QqScoreBatchRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_QQSCORE_BATCH, openid, request);
  }

  /**
   * {@code /profile/qqget_video_vip}: The mobile-QQ player's Tencent Video membership. Read-only. (seed 004 line 1560)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public QqGetVideoVipResponse qqGetVideoVip(@Nullable String openid, QqGetVideoVipRequest request) {
    return client.call(MsdkEndpoints.PROFILE_QQGET_VIDEO_VIP, openid, request);
  }

  /**
   * Async form of {@link #qqGetVideoVip}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<QqGetVideoVipResponse> qqGetVideoVipAsync(@Nullable String openid, QqGetVideoVipRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_QQGET_VIDEO_VIP, openid, request);
  }

  /**
   * {@code /profile/get_xinyue_super}: The core super-R level; a GET call, parameters in the query string (line 1614). (seed 004 line 1615)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the query parameters
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public GetXinyueSuperResponse getXinyueSuper(@Nullable String openid, GetXinyueSuperRequest request) {
    return client.call(MsdkEndpoints.PROFILE_GET_XINYUE_SUPER, openid, request);
  }

  /**
   * Async form of {@link #getXinyueSuper}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the query parameters
   * @return the answer's future
   */
  public CompletableFuture<GetXinyueSuperResponse> getXinyueSuperAsync(@Nullable String openid, GetXinyueSuperRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_GET_XINYUE_SUPER, openid, request);
  }

  /**
   * {@code /profile/get_wx_xinyue_vip}: The WeChat core player level; a GET call, parameters in the query string (line 1641). (seed 004 line 1642)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the query parameters
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public GetWxXinyueVipResponse getWxXinyueVip(@Nullable String openid, GetWxXinyueVipRequest request) {
    return client.call(MsdkEndpoints.PROFILE_GET_WX_XINYUE_VIP, openid, request);
  }

  /**
   * Async form of {@link #getWxXinyueVip}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the query parameters
   * @return the answer's future
   */
  public CompletableFuture<GetWxXinyueVipResponse> getWxXinyueVipAsync(@Nullable String openid, GetWxXinyueVipRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_GET_WX_XINYUE_VIP, openid, request);
  }

  /**
   * {@code /profile/wxget_vip}: WeChat privileges of the player and friends. Read-only. (seed 004 line 1667)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public WxGetVipResponse wxGetVip(@Nullable String openid, WxGetVipRequest request) {
    return client.call(MsdkEndpoints.PROFILE_WXGET_VIP, openid, request);
  }

  /**
   * Async form of {@link #wxGetVip}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<WxGetVipResponse> wxGetVipAsync(@Nullable String openid, WxGetVipRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_WXGET_VIP, openid, request);
  }

  /**
   * {@code /profile/wxget_first_reg}: The WeChat player's first-login flag after real-name registration. Read-only. (seed 004 line 1744)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public WxGetFirstRegResponse wxGetFirstReg(@Nullable String openid, WxGetFirstRegRequest request) {
    return client.call(MsdkEndpoints.PROFILE_WXGET_FIRST_REG, openid, request);
  }

  /**
   * Async form of {@link #wxGetFirstReg}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<WxGetFirstRegResponse> wxGetFirstRegAsync(@Nullable String openid, WxGetFirstRegRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_WXGET_FIRST_REG, openid, request);
  }

  /**
   * {@code /profile/wxget_video_vip}: The WeChat player's Tencent Video membership. Read-only. (seed 004 line 1777)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public WxGetVideoVipResponse wxGetVideoVip(@Nullable String openid, WxGetVideoVipRequest request) {
    return client.call(MsdkEndpoints.PROFILE_WXGET_VIDEO_VIP, openid, request);
  }

  /**
   * Async form of {@link #wxGetVideoVip}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<WxGetVideoVipResponse> wxGetVideoVipAsync(@Nullable String openid, WxGetVideoVipRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_WXGET_VIDEO_VIP, openid, request);
  }

  /**
   * {@code /profile/wxbattle_report}: Reports game results to the WeChat game center: never retried. (seed 004 line 1830)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public WxBattleReportResponse wxBattleReport(@Nullable String openid, WxBattleReportRequest request) {
    return client.call(MsdkEndpoints.PROFILE_WXBATTLE_REPORT, openid, request);
  }

  /**
   * Async form of {@link #wxBattleReport}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<WxBattleReportResponse> wxBattleReportAsync(@Nullable String openid, WxBattleReportRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_WXBATTLE_REPORT, openid, request);
  }

  /**
   * {@code /profile/subscribe_getlist}: The subscription messages. Read-only. (seed 004 line 1905)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public SubscribeGetlistResponse subscribeGetlist(@Nullable String openid, SubscribeGetlistRequest request) {
    return client.call(MsdkEndpoints.PROFILE_SUBSCRIBE_GETLIST, openid, request);
  }

  /**
   * Async form of {@link #subscribeGetlist}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<SubscribeGetlistResponse> subscribeGetlistAsync(@Nullable String openid, SubscribeGetlistRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_SUBSCRIBE_GETLIST, openid, request);
  }

  /**
   * {@code /profile/subscribe_setlist}: Subscribes to or cancels messages: never retried. (seed 004 line 1964)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public SubscribeSetlistResponse subscribeSetlist(@Nullable String openid, SubscribeSetlistRequest request) {
    return client.call(MsdkEndpoints.PROFILE_SUBSCRIBE_SETLIST, openid, request);
  }

  /**
   * Async form of {@link #subscribeSetlist}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<SubscribeSetlistResponse> subscribeSetlistAsync(@Nullable String openid, SubscribeSetlistRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_SUBSCRIBE_SETLIST, openid, request);
  }

  /**
   * {@code /profile/subscribe_push}: Pushes a message to its subscribers: never retried. (seed 004 line 1999)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public SubscribePushResponse subscribePush(@Nullable String openid, SubscribePushRequest request) {
    return client.call(MsdkEndpoints.PROFILE_SUBSCRIBE_PUSH, openid, request);
  }

  /**
   * Async form of {@link #subscribePush}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<SubscribePushResponse> subscribePushAsync(@Nullable String openid, SubscribePushRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_SUBSCRIBE_PUSH, openid, request);
  }

  /**
   * {@code /profile/subscribe_clear}: Removes a message's subscribers: never retried. (seed 004 line 2030)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public SubscribeClearResponse subscribeClear(@Nullable String openid, SubscribeClearRequest request) {
    return client.call(MsdkEndpoints.PROFILE_SUBSCRIBE_CLEAR, openid, request);
  }

  /**
   * Async form of {@link #subscribeClear}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<SubscribeClearResponse> subscribeClearAsync(@Nullable String openid, SubscribeClearRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_SUBSCRIBE_CLEAR, openid, request);
  }

  /**
   * {@code /profile/wxget_eliteinfo}: Whether the player is a WeChat or game elite. Read-only. (seed 004 line 2061)
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public WxGetEliteinfoResponse wxGetEliteinfo(@Nullable String openid, WxGetEliteinfoRequest request) {
    return client.call(MsdkEndpoints.PROFILE_WXGET_ELITEINFO, openid, request);
  }

  /**
   * Async form of {@link #wxGetEliteinfo}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<WxGetEliteinfoResponse> wxGetEliteinfoAsync(@Nullable String openid, WxGetEliteinfoRequest request) {
    return client.callAsync(MsdkEndpoints.PROFILE_WXGET_ELITEINFO, openid, request);
  }
}
