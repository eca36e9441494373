package io.github.gamesdk.msdk;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.relation.BindExistingGroupv2Request;
import io.github.gamesdk.msdk.model.relation.BindExistingGroupv2Response;
import io.github.gamesdk.msdk.model.relation.CreatebindGroupv2Request;
import io.github.gamesdk.msdk.model.relation.CreatebindGroupv2Response;
import io.github.gamesdk.msdk.model.relation.GetGroupListv2Request;
import io.github.gamesdk.msdk.model.relation.GetGroupListv2Response;
import io.github.gamesdk.msdk.model.relation.GetGroupcodeRequest;
import io.github.gamesdk.msdk.model.relation.GetGroupcodeResponse;
import io.github.gamesdk.msdk.model.relation.GetGroupinfov2Request;
import io.github.gamesdk.msdk.model.relation.GetGroupinfov2Response;
import io.github.gamesdk.msdk.model.relation.GetVipRichInfoRequest;
import io.github.gamesdk.msdk.model.relation.GetVipRichInfoResponse;
import io.github.gamesdk.msdk.model.relation.JoinGroupv2Request;
import io.github.gamesdk.msdk.model.relation.JoinGroupv2Response;
import io.github.gamesdk.msdk.model.relation.QqFriendsDetailRequest;
import io.github.gamesdk.msdk.model.relation.QqFriendsDetailResponse;
import io.github.gamesdk.msdk.model.relation.QqFriendsVipRequest;
import io.github.gamesdk.msdk.model.relation.QqFriendsVipResponse;
import io.github.gamesdk.msdk.model.relation.QqProfileRequest;
import io.github.gamesdk.msdk.model.relation.QqProfileResponse;
import io.github.gamesdk.msdk.model.relation.QqStrangeProfileRequest;
import io.github.gamesdk.msdk.model.relation.QqStrangeProfileResponse;
import io.github.gamesdk.msdk.model.relation.QqUnregFriendsRequest;
import io.github.gamesdk.msdk.model.relation.QqUnregFriendsResponse;
import io.github.gamesdk.msdk.model.relation.QueryBindUnionv2Request;
import io.github.gamesdk.msdk.model.relation.QueryBindUnionv2Response;
import io.github.gamesdk.msdk.model.relation.RemindLeaderBindv2Request;
import io.github.gamesdk.msdk.model.relation.RemindLeaderBindv2Response;
import io.github.gamesdk.msdk.model.relation.SendGroupmsgRequest;
import io.github.gamesdk.msdk.model.relation.SendGroupmsgResponse;
import io.github.gamesdk.msdk.model.relation.UnlinkGroupv2Request;
import io.github.gamesdk.msdk.model.relation.UnlinkGroupv2Response;
import io.github.gamesdk.msdk.model.relation.WxFriendsRequest;
import io.github.gamesdk.msdk.model.relation.WxFriendsResponse;
import io.github.gamesdk.msdk.model.relation.WxGetGroupinfoRequest;
import io.github.gamesdk.msdk.model.relation.WxGetGroupinfoResponse;
import io.github.gamesdk.msdk.model.relation.WxGetGroupstatusRequest;
import io.github.gamesdk.msdk.model.relation.WxGetGroupstatusResponse;
import io.github.gamesdk.msdk.model.relation.WxMiniSendMsgRequest;
import io.github.gamesdk.msdk.model.relation.WxMiniSendMsgResponse;
import io.github.gamesdk.msdk.model.relation.WxProfileRequest;
import io.github.gamesdk.msdk.model.relation.WxProfileResponse;
import io.github.gamesdk.msdk.model.relation.WxSendGroupmsgRequest;
import io.github.gamesdk.msdk.model.relation.WxSendGroupmsgResponse;
import io.github.gamesdk.msdk.model.relation.WxUnlinkGroupRequest;
import io.github.gamesdk.msdk.model.relation.WxUnlinkGroupResponse;
import io.github.gamesdk.msdk.model.relation.WxUserinfoRequest;
import io.github.gamesdk.msdk.model.relation.WxUserinfoResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The relation calls of MSDK, {@code /relation/*} (seed 004 lines 193-1337): mobile-QQ and WeChat
 * profiles, friends and memberships, and the guild-group calls. The reads are retried on timeouts
 * and 5xx; the calls that create, bind, join, unbind, remind or send are never retried once the
 * request may have reached the server. Obtained from {@link MsdkClient#relation()}; thread-safe.
 *
 * <p>Every method takes the {@code openid} query parameter first: the user the call is made for
 * (the seed's URL format always carries it), or {@code null} to leave it out.
 */
public final class MsdkRelation {
  private final MsdkClient client;

  MsdkRelation(MsdkClient client) {
    this.client = client;
  }

  /**
   * {@code /relation/qqprofile}: the user's basic QQ account information (seed 004 line 195).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public QqProfileResponse qqprofile(@Nullable String openid, QqProfileRequest request) {
    return client.call(MsdkEndpoints.RELATION_QQPROFILE, openid, request);
  }

  /**
   * Async form of {@link #qqprofile}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<QqProfileResponse> qqprofileAsync(
      @Nullable String openid, QqProfileRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_QQPROFILE, openid, request);
  }

  /**
   * {@code /relation/qqfriends_detail}: the details of the user's QQ friends who play the same game (seed 004 line 242).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public QqFriendsDetailResponse qqfriendsDetail(@Nullable String openid, QqFriendsDetailRequest request) {
    return client.call(MsdkEndpoints.RELATION_QQFRIENDS_DETAIL, openid, request);
  }

  /**
   * Async form of {@link #qqfriendsDetail}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<QqFriendsDetailResponse> qqfriendsDetailAsync(
      @Nullable String openid, QqFriendsDetailRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_QQFRIENDS_DETAIL, openid, request);
  }

  /**
   * {@code /relation/qq_unreg_friends}: mobile-QQ friends not yet registered in the app (seed 004 line 300).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public QqUnregFriendsResponse qqUnregFriends(@Nullable String openid, QqUnregFriendsRequest request) {
    return client.call(MsdkEndpoints.RELATION_QQ_UNREG_FRIENDS, openid, request);
  }

  /**
   * Async form of {@link #qqUnregFriends}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<QqUnregFriendsResponse> qqUnregFriendsAsync(
      @Nullable String openid, QqUnregFriendsRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_QQ_UNREG_FRIENDS, openid, request);
  }

  /**
   * {@code /relation/qqstrange_profile}: profiles of strangers who play the same game (seed 004 line 340).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public QqStrangeProfileResponse qqstrangeProfile(@Nullable String openid, QqStrangeProfileRequest request) {
    return client.call(MsdkEndpoints.RELATION_QQSTRANGE_PROFILE, openid, request);
  }

  /**
   * Async form of {@link #qqstrangeProfile}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<QqStrangeProfileResponse> qqstrangeProfileAsync(
      @Nullable String openid, QqStrangeProfileRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_QQSTRANGE_PROFILE, openid, request);
  }

  /**
   * {@code /relation/qqfriends_vip}: QQ membership of up to 49 users (seed 004 line 397).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public QqFriendsVipResponse qqfriendsVip(@Nullable String openid, QqFriendsVipRequest request) {
    return client.call(MsdkEndpoints.RELATION_QQFRIENDS_VIP, openid, request);
  }

  /**
   * Async form of {@link #qqfriendsVip}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<QqFriendsVipResponse> qqfriendsVipAsync(
      @Nullable String openid, QqFriendsVipRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_QQFRIENDS_VIP, openid, request);
  }

  /**
   * {@code /relation/get_vip_rich_info}: the user's QQ membership details (seed 004 line 450).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public GetVipRichInfoResponse getVipRichInfo(@Nullable String openid, GetVipRichInfoRequest request) {
    return client.call(MsdkEndpoints.RELATION_GET_VIP_RICH_INFO, openid, request);
  }

  /**
   * Async form of {@link #getVipRichInfo}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<GetVipRichInfoResponse> getVipRichInfoAsync(
      @Nullable String openid, GetVipRichInfoRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_GET_VIP_RICH_INFO, openid, request);
  }

  /**
   * {@code /relation/createbind_groupv2}: creates a QQ group and binds it to the guild (seed 004 line 501). Never retried once sent.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public CreatebindGroupv2Response createbindGroupv2(@Nullable String openid, CreatebindGroupv2Request request) {
    return client.call(MsdkEndpoints.RELATION_CREATEBIND_GROUPV2, openid, request);
  }

  /**
   * Async form of {@link #createbindGroupv2}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<CreatebindGroupv2Response> createbindGroupv2Async(
      @Nullable String openid, CreatebindGroupv2Request request) {
    return client.callAsync(MsdkEndpoints.RELATION_CREATEBIND_GROUPV2, openid, request);
  }

  /**
   * {@code /relation/get_groupinfov2}: the user's relation to the guild's QQ group (seed 004 line 557).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public GetGroupinfov2Response getGroupinfov2(@Nullable String openid, GetGroupinfov2Request request) {
    return client.call(MsdkEndpoints.RELATION_GET_GROUPINFOV2, openid, request);
  }

  /**
   * Async form of {@link #getGroupinfov2}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<GetGroupinfov2Response> getGroupinfov2Async(
      @Nullable String openid, GetGroupinfov2Request request) {
    return client.callAsync(MsdkEndpoints.RELATION_GET_GROUPINFOV2, openid, request);
  }

  /**
   * {@code /relation/join_groupv2}: a guild member joins the guild's QQ group (seed 004 line 593). Never retried once sent.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public JoinGroupv2Response joinGroupv2(@Nullable String openid, JoinGroupv2Request request) {
    return client.call(MsdkEndpoints.RELATION_JOIN_GROUPV2, openid, request);
  }

  /**
   * Async form of {@link #joinGroupv2}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<JoinGroupv2Response> joinGroupv2Async(
      @Nullable String openid, JoinGroupv2Request request) {
    return client.callAsync(MsdkEndpoints.RELATION_JOIN_GROUPV2, openid, request);
  }

  /**
   * {@code /relation/unlink_groupv2}: unbinds the guild from its QQ group (seed 004 line 648). Never retried once sent.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public UnlinkGroupv2Response unlinkGroupv2(@Nullable String openid, UnlinkGroupv2Request request) {
    return client.call(MsdkEndpoints.RELATION_UNLINK_GROUPV2, openid, request);
  }

  /**
   * Async form of {@link #unlinkGroupv2}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<UnlinkGroupv2Response> unlinkGroupv2Async(
      @Nullable String openid, UnlinkGroupv2Request request) {
    return client.callAsync(MsdkEndpoints.RELATION_UNLINK_GROUPV2, openid, request);
  }

  /**
   * {@code /relation/get_group_listv2}: the QQ groups the leader created (seed 004 line 701).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public GetGroupListv2Response getGroupListv2(@Nullable String openid, GetGroupListv2Request request) {
    return client.call(MsdkEndpoints.RELATION_GET_GROUP_LISTV2, openid, request);
  }

  /**
   * Async form of {@link #getGroupListv2}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<GetGroupListv2Response> getGroupListv2Async(
      @Nullable String openid, GetGroupListv2Request request) {
    return client.callAsync(MsdkEndpoints.RELATION_GET_GROUP_LISTV2, openid, request);
  }

  /**
   * {@code /relation/bind_existing_groupv2}: binds the guild to a QQ group the leader created (seed 004 line 740). Never retried once sent.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public BindExistingGroupv2Response bindExistingGroupv2(@Nullable String openid, BindExistingGroupv2Request request) {
    return client.call(MsdkEndpoints.RELATION_BIND_EXISTING_GROUPV2, openid, request);
  }

  /**
   * Async form of {@link #bindExistingGroupv2}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<BindExistingGroupv2Response> bindExistingGroupv2Async(
      @Nullable String openid, BindExistingGroupv2Request request) {
    return client.callAsync(MsdkEndpoints.RELATION_BIND_EXISTING_GROUPV2, openid, request);
  }

  /**
   * {@code /relation/remind_leader_bindv2}: sends the leader a reminder to bind a group (seed 004 line 791). Never retried once sent.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public RemindLeaderBindv2Response remindLeaderBindv2(@Nullable String openid, RemindLeaderBindv2Request request) {
    return client.call(MsdkEndpoints.RELATION_REMIND_LEADER_BINDV2, openid, request);
  }

  /**
   * Async form of {@link #remindLeaderBindv2}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<RemindLeaderBindv2Response> remindLeaderBindv2Async(
      @Nullable String openid, RemindLeaderBindv2Request request) {
    return client.callAsync(MsdkEndpoints.RELATION_REMIND_LEADER_BINDV2, openid, request);
  }

  /**
   * {@code /relation/query_bind_unionv2}: the guild bound to a QQ group (seed 004 line 844).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public QueryBindUnionv2Response queryBindUnionv2(@Nullable String openid, QueryBindUnionv2Request request) {
    return client.call(MsdkEndpoints.RELATION_QUERY_BIND_UNIONV2, openid, request);
  }

  /**
   * Async form of {@link #queryBindUnionv2}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<QueryBindUnionv2Response> queryBindUnionv2Async(
      @Nullable String openid, QueryBindUnionv2Request request) {
    return client.callAsync(MsdkEndpoints.RELATION_QUERY_BIND_UNIONV2, openid, request);
  }

  /**
   * {@code /relation/get_groupcode}: the QQ group bound to a guild (seed 004 line 887).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public GetGroupcodeResponse getGroupcode(@Nullable String openid, GetGroupcodeRequest request) {
    return client.call(MsdkEndpoints.RELATION_GET_GROUPCODE, openid, request);
  }

  /**
   * Async form of {@link #getGroupcode}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<GetGroupcodeResponse> getGroupcodeAsync(
      @Nullable String openid, GetGroupcodeRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_GET_GROUPCODE, openid, request);
  }

  /**
   * {@code /relation/send_groupmsg}: pushes a message to a QQ group (seed 004 line 934). Never retried once sent.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public SendGroupmsgResponse sendGroupmsg(@Nullable String openid, SendGroupmsgRequest request) {
    return client.call(MsdkEndpoints.RELATION_SEND_GROUPMSG, openid, request);
  }

  /**
   * Async form of {@link #sendGroupmsg}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<SendGroupmsgResponse> sendGroupmsgAsync(
      @Nullable String openid, SendGroupmsgRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_SEND_GROUPMSG, openid, request);
  }

  /**
   * {@code /relation/wxprofile}: profiles of WeChat friends who play the same game (seed 004 line 980).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public WxProfileResponse wxprofile(@Nullable String openid, WxProfileRequest request) {
    return client.call(MsdkEndpoints.RELATION_WXPROFILE, openid, request);
  }

  /**
   * Async form of {@link #wxprofile}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<WxProfileResponse> wxprofileAsync(
      @Nullable String openid, WxProfileRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_WXPROFILE, openid, request);
  }

  /**
   * {@code /relation/wxfriends}: the openids of the user's WeChat friends who play the same game (seed 004 line 1045).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public WxFriendsResponse wxfriends(@Nullable String openid, WxFriendsRequest request) {
    return client.call(MsdkEndpoints.RELATION_WXFRIENDS, openid, request);
  }

  /**
   * Async form of {@link #wxfriends}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<WxFriendsResponse> wxfriendsAsync(
      @Nullable String openid, WxFriendsRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_WXFRIENDS, openid, request);
  }

  /**
   * {@code /relation/wxuserinfo}: the user's WeChat profile (seed 004 line 1078).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public WxUserinfoResponse wxuserinfo(@Nullable String openid, WxUserinfoRequest request) {
    return client.call(MsdkEndpoints.RELATION_WXUSERINFO, openid, request);
  }

  /**
   * Async form of {@link #wxuserinfo}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<WxUserinfoResponse> wxuserinfoAsync(
      @Nullable String openid, WxUserinfoRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_WXUSERINFO, openid, request);
  }

  /**
   * {@code /relation/wxget_groupinfo}: which users are in the guild's WeChat group (seed 004 line 1128).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public WxGetGroupinfoResponse wxgetGroupinfo(@Nullable String openid, WxGetGroupinfoRequest request) {
    return client.call(MsdkEndpoints.RELATION_WXGET_GROUPINFO, openid, request);
  }

  /**
   * Async form of {@link #wxgetGroupinfo}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<WxGetGroupinfoResponse> wxgetGroupinfoAsync(
      @Nullable String openid, WxGetGroupinfoRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_WXGET_GROUPINFO, openid, request);
  }

  /**
   * {@code /relation/wxunlink_group}: unbinds the guild from its WeChat group (seed 004 line 1168). Never retried once sent.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public WxUnlinkGroupResponse wxunlinkGroup(@Nullable String openid, WxUnlinkGroupRequest request) {
    return client.call(MsdkEndpoints.RELATION_WXUNLINK_GROUP, openid, request);
  }

  /**
   * Async form of {@link #wxunlinkGroup}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<WxUnlinkGroupResponse> wxunlinkGroupAsync(
      @Nullable String openid, WxUnlinkGroupRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_WXUNLINK_GROUP, openid, request);
  }

  /**
   * {@code /relation/wxget_groupstatus}: whether the guild's WeChat group was created or joined (seed 004 line 1198).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public WxGetGroupstatusResponse wxgetGroupstatus(@Nullable String openid, WxGetGroupstatusRequest request) {
    return client.call(MsdkEndpoints.RELATION_WXGET_GROUPSTATUS, openid, request);
  }

  /**
   * Async form of {@link #wxgetGroupstatus}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<WxGetGroupstatusResponse> wxgetGroupstatusAsync(
      @Nullable String openid, WxGetGroupstatusRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_WXGET_GROUPSTATUS, openid, request);
  }

  /**
   * {@code /relation/wxsend_groupmsg}: sends a message to the guild's WeChat group (seed 004 line 1232). Never retried once sent.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public WxSendGroupmsgResponse wxsendGroupmsg(@Nullable String openid, WxSendGroupmsgRequest request) {
    return client.call(MsdkEndpoints.RELATION_WXSEND_GROUPMSG, openid, request);
  }

  /**
   * Async form of {@link #wxsendGroupmsg}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<WxSendGroupmsgResponse> wxsendGroupmsgAsync(
      @Nullable String openid, WxSendGroupmsgRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_WXSEND_GROUPMSG, openid, request);
  }

  /**
   * {@code /relation/wx_mini_send_msg}: sends a mini-program message to a WeChat friend (seed 004 line 1298). Never retried once sent.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public WxMiniSendMsgResponse wxMiniSendMsg(@Nullable String openid, WxMiniSendMsgRequest request) {
    return client.call(MsdkEndpoints.RELATION_WX_MINI_SEND_MSG, openid, request);
  }

  /**
   * Async form of {@link #wxMiniSendMsg}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<WxMiniSendMsgResponse> wxMiniSendMsgAsync(
      @Nullable String openid, WxMiniSendMsgRequest request) {
    return client.callAsync(MsdkEndpoints.RELATION_WX_MINI_SEND_MSG, openid, request);
  }
}
