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
import io.github.gamesdk.msdk.model.freeflow.FreeflowGetinfoRequest;
import io.github.gamesdk.msdk.model.freeflow.FreeflowGetinfoResponse;
import io.github.gamesdk.msdk.model.freeflow.GetCcinfoRequest;
import io.github.gamesdk.msdk.model.freeflow.GetCcinfoResponse;
import io.github.gamesdk.msdk.model.relation.QqProfileRequest;
import io.github.gamesdk.msdk.model.relation.QqProfileResponse;
import io.github.gamesdk.msdk.model.relation.QqFriendsDetailRequest;
import io.github.gamesdk.msdk.model.relation.QqFriendsDetailResponse;
import io.github.gamesdk.msdk.model.relation.QqUnregFriendsRequest;
import io.github.gamesdk.msdk.model.relation.QqUnregFriendsResponse;
import io.github.gamesdk.msdk.model.relation.QqStrangeProfileRequest;
import io.github.gamesdk.msdk.model.relation.QqStrangeProfileResponse;
import io.github.gamesdk.msdk.model.relation.QqFriendsVipRequest;
import io.github.gamesdk.msdk.model.relation.QqFriendsVipResponse;
import io.github.gamesdk.msdk.model.relation.GetVipRichInfoRequest;
import io.github.gamesdk.msdk.model.relation.GetVipRichInfoResponse;
import io.github.gamesdk.msdk.model.relation.CreatebindGroupv2Request;
import io.github.gamesdk.msdk.model.relation.CreatebindGroupv2Response;
import io.github.gamesdk.msdk.model.relation.GetGroupinfov2Request;
import io.github.gamesdk.msdk.model.relation.GetGroupinfov2Response;
import io.github.gamesdk.msdk.model.relation.JoinGroupv2Request;
import io.github.gamesdk.msdk.model.relation.JoinGroupv2Response;
import io.github.gamesdk.msdk.model.relation.UnlinkGroupv2Request;
import io.github.gamesdk.msdk.model.relation.UnlinkGroupv2Response;
import io.github.gamesdk.msdk.model.relation.GetGroupListv2Request;
import io.github.gamesdk.msdk.model.relation.GetGroupListv2Response;
import io.github.gamesdk.msdk.model.relation.BindExistingGroupv2Request;
import io.github.gamesdk.msdk.model.relation.BindExistingGroupv2Response;
import io.github.gamesdk.msdk.model.relation.RemindLeaderBindv2Request;
import io.github.gamesdk.msdk.model.relation.RemindLeaderBindv2Response;
import io.github.gamesdk.msdk.model.relation.QueryBindUnionv2Request;
import io.github.gamesdk.msdk.model.relation.QueryBindUnionv2Response;
import io.github.gamesdk.msdk.model.relation.GetGroupcodeRequest;
import io.github.gamesdk.msdk.model.relation.GetGroupcodeResponse;
import io.github.gamesdk.msdk.model.relation.SendGroupmsgRequest;
import io.github.gamesdk.msdk.model.relation.SendGroupmsgResponse;
import io.github.gamesdk.msdk.model.relation.WxProfileRequest;
import io.github.gamesdk.msdk.model.relation.WxProfileResponse;
import io.github.gamesdk.msdk.model.relation.WxFriendsRequest;
import io.github.gamesdk.msdk.model.relation.WxFriendsResponse;
import io.github.gamesdk.msdk.model.relation.WxUserinfoRequest;
import io.github.gamesdk.msdk.model.relation.WxUserinfoResponse;
import io.github.gamesdk.msdk.model.relation.WxGetGroupinfoRequest;
import io.github.gamesdk.msdk.model.relation.WxGetGroupinfoResponse;
import io.github.gamesdk.msdk.model.relation.WxUnlinkGroupRequest;
import io.github.gamesdk.msdk.model.relation.WxUnlinkGroupResponse;
import io.github.gamesdk.msdk.model.relation.WxGetGroupstatusRequest;
import io.github.gamesdk.msdk.model.relation.WxGetGroupstatusResponse;
import io.github.gamesdk.msdk.model.relation.WxSendGroupmsgRequest;
import io.github.gamesdk.msdk.model.relation.WxSendGroupmsgResponse;
import io.github.gamesdk.msdk.model.relation.WxMiniSendMsgRequest;
import io.github.gamesdk.msdk.model.relation.WxMiniSendMsgResponse;
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
import io.github.gamesdk.msdk.model.share.ShareQqRequest;
import io.github.gamesdk.msdk.model.share.ShareQqResponse;
import io.github.gamesdk.msdk.model.share.ShareWxLinkRequest;
import io.github.gamesdk.msdk.model.share.ShareWxLinkResponse;
import io.github.gamesdk.msdk.model.share.ShareWxRequest;
import io.github.gamesdk.msdk.model.share.ShareWxResponse;
import io.github.gamesdk.msdk.model.share.UploadWxRequest;
import io.github.gamesdk.msdk.model.share.UploadWxResponse;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every MSDK call the SDK makes, as data: the MSDK rows of {@code ENDPOINTS.md}, one constant each,
 * named {@code MODULE_INTERFACE}. {@link #all()} lists them in the order of the seed (and of {@code
 * ENDPOINTS.md}); {@link #find(String)} looks one up by {@code module/interface}, which is how the
 * command line tool finds the request model of a call it has never heard of.
 *
 * <p>{@code query} calls only read and are retried; {@code mutation} calls send, share, push, bind
 * or report, and are never retried once the request may have reached the server; {@code get} calls
 * are the two GET calls, whose parameters go in the query string.
 */
public final class MsdkEndpoints {
  // ---- /auth (seed 004 lines 61-190); "auth" and "wxoauth" are interchangeable (line 61) ----

  /** {@code /auth/verify_login} (seed 004 line 65): checks a mobile-QQ login. Read-only. */
  public static final MsdkEndpoint<VerifyLoginRequest, VerifyLoginResponse> AUTH_VERIFY_LOGIN =
      MsdkEndpoint.query("auth", "verify_login", 65, VerifyLoginRequest.class, VerifyLoginResponse.class);

  /** {@code /auth/check_token} (seed 004 line 96): checks a WeChat access token. Read-only. */
  public static final MsdkEndpoint<CheckTokenRequest, CheckTokenResponse> AUTH_CHECK_TOKEN =
      MsdkEndpoint.query("auth", "check_token", 96, CheckTokenRequest.class, CheckTokenResponse.class);

  /** {@code /auth/guest_check_token} (seed 004 line 123): authorizes a guest. Read-only. */
  public static final MsdkEndpoint<GuestCheckTokenRequest, GuestCheckTokenResponse>
      AUTH_GUEST_CHECK_TOKEN =
          MsdkEndpoint.query(
              "auth", "guest_check_token", 123, GuestCheckTokenRequest.class,
              GuestCheckTokenResponse.class);

  /** {@code /auth/get_pfval} (seed 004 line 149): computes pf and pfkey. Read-only. */
  public static final MsdkEndpoint<GetPfvalRequest, GetPfvalResponse> AUTH_GET_PFVAL =
      MsdkEndpoint.query("auth", "get_pfval", 149, GetPfvalRequest.class, GetPfvalResponse.class);

  // ---- /relation (seed 004 lines 193-1337): reads are queries; binds, unbinds, reminders and
  // sends are mutations, never retried ----

  /** {@code /relation/qqprofile} (seed 004 line 195): the user's basic QQ account information. Read-only. */
  public static final MsdkEndpoint<QqProfileRequest, QqProfileResponse> RELATION_QQPROFILE =
      MsdkEndpoint.query(
          "relation", "qqprofile", 195, QqProfileRequest.class, QqProfileResponse.class);

  /** {@code /relation/qqfriends_detail} (seed 004 line 242): the details of the user's QQ friends who play the same game. Read-only. */
  public static final MsdkEndpoint<QqFriendsDetailRequest, QqFriendsDetailResponse> RELATION_QQFRIENDS_DETAIL =
      MsdkEndpoint.query(
          "relation", "qqfriends_detail", 242, QqFriendsDetailRequest.class, QqFriendsDetailResponse.class);

  /** {@code /relation/qq_unreg_friends} (seed 004 line 300): mobile-QQ friends not yet registered in the app. Read-only. */
  public static final MsdkEndpoint<QqUnregFriendsRequest, QqUnregFriendsResponse> RELATION_QQ_UNREG_FRIENDS =
      MsdkEndpoint.query(
          "relation", "qq_unreg_friends", 300, QqUnregFriendsRequest.class, QqUnregFriendsResponse.class);

  /** {@code /relation/qqstrange_profile} (seed 004 line 340): profiles of strangers who play the same game. Read-only. */
  public static final MsdkEndpoint<QqStrangeProfileRequest, QqStrangeProfileResponse> RELATION_QQSTRANGE_PROFILE =
      MsdkEndpoint.query(
          "relation", "qqstrange_profile", 340, QqStrangeProfileRequest.class, QqStrangeProfileResponse.class);

  /** {@code /relation/qqfriends_vip} (seed 004 line 397): QQ membership of up to 49 users. Read-only. */
  public static final MsdkEndpoint<QqFriendsVipRequest, QqFriendsVipResponse> RELATION_QQFRIENDS_VIP =
      MsdkEndpoint.query(
          "relation", "qqfriends_vip", 397, QqFriendsVipRequest.class, QqFriendsVipResponse.class);

  /** {@code /relation/get_vip_rich_info} (seed 004 line 450): the user's QQ membership details. Read-only. */
  public static final MsdkEndpoint<GetVipRichInfoRequest, GetVipRichInfoResponse> RELATION_GET_VIP_RICH_INFO =
      MsdkEndpoint.query(
          "relation", "get_vip_rich_info", 450, GetVipRichInfoRequest.class, GetVipRichInfoResponse.class);

  /** {@code /relation/createbind_groupv2} (seed 004 line 501): creates a QQ group and binds it to the guild. Changes state; never retried. */
  public static final MsdkEndpoint<CreatebindGroupv2Request, CreatebindGroupv2Response> RELATION_CREATEBIND_GROUPV2 =
      MsdkEndpoint.mutation(
          "relation", "createbind_groupv2", 501, CreatebindGroupv2Request.class, CreatebindGroupv2Response.class);

  /** {@code /relation/get_groupinfov2} (seed 004 line 557): the user's relation to the guild's QQ group. Read-only. */
  public static final MsdkEndpoint<GetGroupinfov2Request, GetGroupinfov2Response> RELATION_GET_GROUPINFOV2 =
      MsdkEndpoint.query(
          "relation", "get_groupinfov2", 557, GetGroupinfov2Request.class, GetGroupinfov2Response.class);

  /** {@code /relation/join_groupv2} (seed 004 line 593): a guild member joins the guild's QQ group. Changes state; never retried. */
  public static final MsdkEndpoint<JoinGroupv2Request, JoinGroupv2Response> RELATION_JOIN_GROUPV2 =
      MsdkEndpoint.mutation(
          "relation", "join_groupv2", 593, JoinGroupv2Request.class, JoinGroupv2Response.class);

  /** {@code /relation/unlink_groupv2} (seed 004 line 648): unbinds the guild from its QQ group. Changes state; never retried. */
  public static final MsdkEndpoint<UnlinkGroupv2Request, UnlinkGroupv2Response> RELATION_UNLINK_GROUPV2 =
      MsdkEndpoint.mutation(
          "relation", "unlink_groupv2", 648, UnlinkGroupv2Request.class, UnlinkGroupv2Response.class);

  /** {@code /relation/get_group_listv2} (seed 004 line 701): the QQ groups the leader created. Read-only. */
  public static final MsdkEndpoint<GetGroupListv2Request, GetGroupListv2Response> RELATION_GET_GROUP_LISTV2 =
      MsdkEndpoint.query(
          "relation", "get_group_listv2", 701, GetGroupListv2Request.class, GetGroupListv2Response.class);

  /** {@code /relation/bind_existing_groupv2} (seed 004 line 740): binds the guild to a QQ group the leader created. Changes state; never retried. */
  public static final MsdkEndpoint<BindExistingGroupv2Request, BindExistingGroupv2Response> RELATION_BIND_EXISTING_GROUPV2 =
      MsdkEndpoint.mutation(
          "relation", "bind_existing_groupv2", 740, BindExistingGroupv2Request.class, BindExistingGroupv2Response.class);

  /** {@code /relation/remind_leader_bindv2} (seed 004 line 791): sends the leader a reminder to bind a group. Changes state; never retried. */
  public static final MsdkEndpoint<RemindLeaderBindv2Request, RemindLeaderBindv2Response> RELATION_REMIND_LEADER_BINDV2 =
      MsdkEndpoint.mutation(
          "relation", "remind_leader_bindv2", 791, RemindLeaderBindv2Request.class, RemindLeaderBindv2Response.class);

  /** {@code /relation/query_bind_unionv2} (seed 004 line 844): the guild bound to a QQ group. Read-only. */
  public static final MsdkEndpoint<QueryBindUnionv2Request, QueryBindUnionv2Response> RELATION_QUERY_BIND_UNIONV2 =
      MsdkEndpoint.query(
          "relation", "query_bind_unionv2", 844, QueryBindUnionv2Request.class, QueryBindUnionv2Response.class);

  /** {@code /relation/get_groupcode} (seed 004 line 887): the QQ group bound to a guild. Read-only. */
  public static final MsdkEndpoint<GetGroupcodeRequest, GetGroupcodeResponse> RELATION_GET_GROUPCODE =
      MsdkEndpoint.query(
          "relation", "get_groupcode", 887, GetGroupcodeRequest.class, GetGroupcodeResponse.class);

  /** {@code /relation/send_groupmsg} (seed 004 line 934): pushes a message to a QQ group. Changes state; never retried. */
  public static final MsdkEndpoint<SendGroupmsgRequest, SendGroupmsgResponse> RELATION_SEND_GROUPMSG =
      MsdkEndpoint.mutation(
          "relation", "send_groupmsg", 934, SendGroupmsgRequest.class, SendGroupmsgResponse.class);

  /** {@code /relation/wxprofile} (seed 004 line 980): profiles of WeChat friends who play the same game. Read-only. */
  public static final MsdkEndpoint<WxProfileRequest, WxProfileResponse> RELATION_WXPROFILE =
      MsdkEndpoint.query(
          "relation", "wxprofile", 980, WxProfileRequest.class, WxProfileResponse.class);

  /** {@code /relation/wxfriends} (seed 004 line 1045): the openids of the user's WeChat friends who play the same game. Read-only. */
  public static final MsdkEndpoint<WxFriendsRequest, WxFriendsResponse> RELATION_WXFRIENDS =
      MsdkEndpoint.query(
          "relation", "wxfriends", 1045, WxFriendsRequest.class, WxFriendsResponse.class);

  /** {@code /relation/wxuserinfo} (seed 004 line 1078): the user's WeChat profile. Read-only. */
  public static final MsdkEndpoint<WxUserinfoRequest, WxUserinfoResponse> RELATION_WXUSERINFO =
      MsdkEndpoint.query(
          "relation", "wxuserinfo", 1078, WxUserinfoRequest.class, WxUserinfoResponse.class);

  /** {@code /relation/wxget_groupinfo} (seed 004 line 1128): which users are in the guild's WeChat group. Read-only. */
  public static final MsdkEndpoint<WxGetGroupinfoRequest, WxGetGroupinfoResponse> RELATION_WXGET_GROUPINFO =
      MsdkEndpoint.query(
          "relation", "wxget_groupinfo", 1128, WxGetGroupinfoRequest.class, WxGetGroupinfoResponse.class);

  /** {@code /relation/wxunlink_group} (seed 004 line 1168): unbinds the guild from its WeChat group. Changes state; never retried. */
  public static final MsdkEndpoint<WxUnlinkGroupRequest, WxUnlinkGroupResponse> RELATION_WXUNLINK_GROUP =
      MsdkEndpoint.mutation(
          "relation", "wxunlink_group", 1168, WxUnlinkGroupRequest.class, WxUnlinkGroupResponse.class);

  /** {@code /relation/wxget_groupstatus} (seed 004 line 1198): whether the guild's WeChat group was created or joined. Read-only. */
  public static final MsdkEndpoint<WxGetGroupstatusRequest, WxGetGroupstatusResponse> RELATION_WXGET_GROUPSTATUS =
      MsdkEndpoint.query(
          "relation", "wxget_groupstatus", 1198, WxGetGroupstatusRequest.class, WxGetGroupstatusResponse.class);

  /** {@code /relation/wxsend_groupmsg} (seed 004 line 1232): sends a message to the guild's WeChat group. Changes state; never retried. */
  public static final MsdkEndpoint<WxSendGroupmsgRequest, WxSendGroupmsgResponse> RELATION_WXSEND_GROUPMSG =
      MsdkEndpoint.mutation(
          "relation", "wxsend_groupmsg", 1232, WxSendGroupmsgRequest.class, WxSendGroupmsgResponse.class);

  /** {@code /relation/wx_mini_send_msg} (seed 004 line 1298): sends a mini-program message to a WeChat friend. Changes state; never retried. {@code access_token} goes in the URL only (line 1318). */
  public static final MsdkEndpoint<WxMiniSendMsgRequest, WxMiniSendMsgResponse> RELATION_WX_MINI_SEND_MSG =
      MsdkEndpoint.mutation(
          "relation", "wx_mini_send_msg", 1298, WxMiniSendMsgRequest.class, WxMiniSendMsgResponse.class)
          .queryOnly("access_token");
  // ---- /share (seed 004 lines 2094-2277): every call sends or uploads; never retried ----

  /** {@code /share/qq} (seed 004 line 2095): a point-to-point share to a mobile-QQ friend. */
  public static final MsdkEndpoint<ShareQqRequest, ShareQqResponse> SHARE_QQ =
      MsdkEndpoint.mutation("share", "qq", 2095, ShareQqRequest.class, ShareQqResponse.class);

  /** {@code /share/upload_wx} (seed 004 line 2155): uploads a share thumbnail to WeChat. */
  public static final MsdkEndpoint<UploadWxRequest, UploadWxResponse> SHARE_UPLOAD_WX =
      MsdkEndpoint.mutation("share", "upload_wx", 2155, UploadWxRequest.class, UploadWxResponse.class);

  /** {@code /share/wx} (seed 004 line 2206): a share message to a WeChat friend. */
  public static final MsdkEndpoint<ShareWxRequest, ShareWxResponse> SHARE_WX =
      MsdkEndpoint.mutation("share", "wx", 2206, ShareWxRequest.class, ShareWxResponse.class);

  /** {@code /share/wx_link} (seed 004 line 2245): a link message to a WeChat friend. */
  public static final MsdkEndpoint<ShareWxLinkRequest, ShareWxLinkResponse> SHARE_WX_LINK =
      MsdkEndpoint.mutation("share", "wx_link", 2245, ShareWxLinkRequest.class, ShareWxLinkResponse.class);

  // ---- /freeflow (seed 004 lines 2278-2360): read-only ----

  /** {@code /freeflow/getinfo} (seed 004 line 2280): the user's free-flow information. */
  public static final MsdkEndpoint<FreeflowGetinfoRequest, FreeflowGetinfoResponse> FREEFLOW_GETINFO =
      MsdkEndpoint.query(
          "freeflow", "getinfo", 2280, FreeflowGetinfoRequest.class, FreeflowGetinfoResponse.class);

  /**
   * {@code /freeflow/get_ccinfo} (seed 004 line 2320): what is known of an IP. {@code ip} goes in
   * the URL as in the seed's example (line 2344) and in the body as in its table (line 2328).
   */
  public static final MsdkEndpoint<GetCcinfoRequest, GetCcinfoResponse> FREEFLOW_GET_CCINFO =
      MsdkEndpoint.query("freeflow", "get_ccinfo", 2320, GetCcinfoRequest.class, GetCcinfoResponse.class)
          .alsoInQuery("ip");

  // ---- /profile (seed 004 lines 1336-2093): reads are query; the gift, reports, subscription
  // changes and pushes change state (mutation, never retried); two GET calls ----

  /** {@code /profile/qqget_first_reg} (seed 004 line 1338): the mobile-QQ player's first-login flag after real-name registration. Read-only. */
  public static final MsdkEndpoint<QqGetFirstRegRequest, QqGetFirstRegResponse> PROFILE_QQGET_FIRST_REG =
      MsdkEndpoint.query("profile", "qqget_first_reg", 1338, QqGetFirstRegRequest.class, QqGetFirstRegResponse.class);

  /** {@code /profile/query_vip} (seed 004 line 1371): a QQ account's VIP information. Read-only. */
  public static final MsdkEndpoint<QueryVipRequest, QueryVipResponse> PROFILE_QUERY_VIP =
      MsdkEndpoint.query("profile", "query_vip", 1371, QueryVipRequest.class, QueryVipResponse.class);

  /** {@code /profile/get_gift} (seed 004 line 1449): collects the blue-diamond gift, which the call deletes (line 1450): changes state, never retried. */
  public static final MsdkEndpoint<GetGiftRequest, GetGiftResponse> PROFILE_GET_GIFT =
      MsdkEndpoint.mutation("profile", "get_gift", 1449, GetGiftRequest.class, GetGiftResponse.class);

  /** {@code /profile/get_wifi} (seed 004 line 1486): the portable Wi-Fi qualification. Read-only. */
  public static final MsdkEndpoint<GetWifiRequest, GetWifiResponse> PROFILE_GET_WIFI =
      MsdkEndpoint.query("profile", "get_wifi", 1486, GetWifiRequest.class, GetWifiResponse.class);

  /** {@code /profile/qqscore_batch} (seed 004 line 1517): reports achievements to the QQ game center: never retried. */
  public static final MsdkEndpoint<QqScoreBatchRequest, QqScoreBatchResponse> PROFILE_QQSCORE_BATCH =
      MsdkEndpoint.mutation("profile", "qqscore_batch", 1517, QqScoreBatchRequest.class, QqScoreBatchResponse.class);

  /** {@code /profile/qqget_video_vip} (seed 004 line 1560): the mobile-QQ player's Tencent Video membership. Read-only. */
  public static final MsdkEndpoint<QqGetVideoVipRequest, QqGetVideoVipResponse> PROFILE_QQGET_VIDEO_VIP =
      MsdkEndpoint.query("profile", "qqget_video_vip", 1560, QqGetVideoVipRequest.class, QqGetVideoVipResponse.class);

  /** {@code /profile/get_xinyue_super} (seed 004 line 1615): the core super-R level; a GET call, parameters in the query string (line 1614). */
  public static final MsdkEndpoint<GetXinyueSuperRequest, GetXinyueSuperResponse> PROFILE_GET_XINYUE_SUPER =
      MsdkEndpoint.get("profile", "get_xinyue_super", 1615, GetXinyueSuperRequest.class, GetXinyueSuperResponse.class);

  /** {@code /profile/get_wx_xinyue_vip} (seed 004 line 1642): the WeChat core player level; a GET call, parameters in the query string (line 1641). */
  public static final MsdkEndpoint<GetWxXinyueVipRequest, GetWxXinyueVipResponse> PROFILE_GET_WX_XINYUE_VIP =
      MsdkEndpoint.get("profile", "get_wx_xinyue_vip", 1642, GetWxXinyueVipRequest.class, GetWxXinyueVipResponse.class);

  /** {@code /profile/wxget_vip} (seed 004 line 1667): WeChat privileges of the player and friends. Read-only. */
  public static final MsdkEndpoint<WxGetVipRequest, WxGetVipResponse> PROFILE_WXGET_VIP =
      MsdkEndpoint.query("profile", "wxget_vip", 1667, WxGetVipRequest.class, WxGetVipResponse.class);

  /** {@code /profile/wxget_first_reg} (seed 004 line 1744): the WeChat player's first-login flag after real-name registration. Read-only. */
  public static final MsdkEndpoint<WxGetFirstRegRequest, WxGetFirstRegResponse> PROFILE_WXGET_FIRST_REG =
      MsdkEndpoint.query("profile", "wxget_first_reg", 1744, WxGetFirstRegRequest.class, WxGetFirstRegResponse.class);

  /** {@code /profile/wxget_video_vip} (seed 004 line 1777): the WeChat player's Tencent Video membership. Read-only. */
  public static final MsdkEndpoint<WxGetVideoVipRequest, WxGetVideoVipResponse> PROFILE_WXGET_VIDEO_VIP =
      MsdkEndpoint.query("profile", "wxget_video_vip", 1777, WxGetVideoVipRequest.class, WxGetVideoVipResponse.class);

  /** {@code /profile/wxbattle_report} (seed 004 line 1830): reports game results to the WeChat game center: never retried. */
  public static final MsdkEndpoint<WxBattleReportRequest, WxBattleReportResponse> PROFILE_WXBATTLE_REPORT =
      MsdkEndpoint.mutation("profile", "wxbattle_report", 1830, WxBattleReportRequest.class, WxBattleReportResponse.class);

  /** {@code /profile/subscribe_getlist} (seed 004 line 1905): the subscription messages. Read-only. */
  public static final MsdkEndpoint<SubscribeGetlistRequest, SubscribeGetlistResponse> PROFILE_SUBSCRIBE_GETLIST =
      MsdkEndpoint.query("profile", "subscribe_getlist", 1905, SubscribeGetlistRequest.class, SubscribeGetlistResponse.class);

  /** {@code /profile/subscribe_setlist} (seed 004 line 1964): subscribes to or cancels messages: never retried. */
  public static final MsdkEndpoint<SubscribeSetlistRequest, SubscribeSetlistResponse> PROFILE_SUBSCRIBE_SETLIST =
      MsdkEndpoint.mutation("profile", "subscribe_setlist", 1964, SubscribeSetlistRequest.class, SubscribeSetlistResponse.class);

  /** {@code /profile/subscribe_push} (seed 004 line 1999): pushes a message to its subscribers: never retried. */
  public static final MsdkEndpoint<SubscribePushRequest, SubscribePushResponse> PROFILE_SUBSCRIBE_PUSH =
      MsdkEndpoint.mutation("profile", "subscribe_push", 1999, SubscribePushRequest.class, SubscribePushResponse.class);

  /** {@code /profile/subscribe_clear} (seed 004 line 2030): removes a message's subscribers: never retried. */
  public static final MsdkEndpoint<SubscribeClearRequest, SubscribeClearResponse> PROFILE_SUBSCRIBE_CLEAR =
      MsdkEndpoint.mutation("profile", "subscribe_clear", 2030, SubscribeClearRequest.class, SubscribeClearResponse.class);

  /** {@code /profile/wxget_eliteinfo} (seed 004 line 2061): whether the player is a WeChat or game elite. Read-only. */
  public static final MsdkEndpoint<WxGetEliteinfoRequest, WxGetEliteinfoResponse> PROFILE_WXGET_ELITEINFO =
      MsdkEndpoint.query("profile", "wxget_eliteinfo", 2061, WxGetEliteinfoRequest.class, WxGetEliteinfoResponse.class);

  // ---- end of /profile ----

  private static final List<MsdkEndpoint<?, ?>> ALL;
  private static final Map<String, MsdkEndpoint<?, ?>> BY_NAME;

  static {
    List<MsdkEndpoint<?, ?>> all = new ArrayList<>();
    for (Field f : MsdkEndpoints.class.getDeclaredFields()) {
      if (f.getType() == MsdkEndpoint.class
          && Modifier.isStatic(f.getModifiers())
          && Modifier.isPublic(f.getModifiers())) {
        try {
          all.add((MsdkEndpoint<?, ?>) f.get(null));
        } catch (IllegalAccessException e) {
          throw new ExceptionInInitializerError(e);
        }
      }
    }
    all.sort(Comparator.comparingInt(MsdkEndpoint::seedLine));
    Map<String, MsdkEndpoint<?, ?>> byName = new LinkedHashMap<>();
    for (MsdkEndpoint<?, ?> e : all) {
      if (byName.put(e.name(), e) != null) {
        throw new ExceptionInInitializerError("duplicate MSDK endpoint " + e.name());
      }
    }
    ALL = Collections.unmodifiableList(all);
    BY_NAME = Collections.unmodifiableMap(byName);
  }

  private MsdkEndpoints() {}

  /**
   * Every endpoint, in the order of seed 004.
   *
   * @return an unmodifiable list
   */
  public static List<MsdkEndpoint<?, ?>> all() {
    return ALL;
  }

  /**
   * The endpoint of a {@code module/interface} name. Leading and trailing slashes are ignored (the
   * MSDK wiki writes paths with a trailing {@code /}), and {@code wxoauth} is read as {@code auth}
   * (seed 004 line 61).
   *
   * @param name for example {@code auth/verify_login}, {@code /wxoauth/check_token/} or {@code
   *     share/qq}
   * @return the endpoint, or {@code null} when the SDK has none of that name
   */
  @Nullable
  public static MsdkEndpoint<?, ?> find(String name) {
    if (name == null) {
      return null;
    }
    String n = name.trim();
    while (n.startsWith("/")) {
      n = n.substring(1);
    }
    while (n.endsWith("/")) {
      n = n.substring(0, n.length() - 1);
    }
    if (n.startsWith(MsdkAuthModule.WXOAUTH.pathName() + "/")) {
      n = MsdkAuthModule.AUTH.pathName() + n.substring(MsdkAuthModule.WXOAUTH.pathName().length());
    }
    return BY_NAME.get(n);
  }
}
