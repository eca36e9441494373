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
