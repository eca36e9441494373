package io.github.gamesdk.examples;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.msdk.MsdkClient;
import io.github.gamesdk.msdk.MsdkEnvironment;
import io.github.gamesdk.msdk.MsdkErrorDetail;
import io.github.gamesdk.msdk.PlatformError;
import io.github.gamesdk.msdk.model.auth.CheckTokenRequest;
import io.github.gamesdk.msdk.model.auth.VerifyLoginRequest;
import io.github.gamesdk.msdk.model.auth.VerifyLoginResponse;
import io.github.gamesdk.msdk.model.relation.FriendsFlag;
import io.github.gamesdk.msdk.model.relation.QqFriendsDetailRequest;
import io.github.gamesdk.msdk.model.relation.QqFriendsDetailResponse;
import io.github.gamesdk.msdk.model.profile.QueryVipRequest;
import io.github.gamesdk.msdk.model.profile.QueryVipResponse;
import io.github.gamesdk.msdk.model.profile.VipFlag;
import io.github.gamesdk.msdk.model.profile.VipInfo;
import io.github.gamesdk.msdk.model.share.QqShareFriend;
import io.github.gamesdk.msdk.model.share.QqShareGameTag;
import io.github.gamesdk.msdk.model.share.ShareQqRequest;
import io.github.gamesdk.testkit.msdk.FakeMsdkServer;
import java.io.PrintStream;
import java.util.Map;

/**
 * A realistic MSDK flow (seed 004): verify a mobile-QQ login on the game server, look up the
 * player's QQ VIP kinds, list the friends who play the same game, then invite a QQ friend with a
 * backend share; a share whose title is too long is refused before sending; and a WeChat token
 * that expired shows how the relayed WeChat code decides what to do.
 *
 * <p>Runs against {@link FakeMsdkServer} unless {@code GAMESDK_MSDK_APPID} (a mobile-QQ appid,
 * digits: both calls are QQ calls), {@code
 * GAMESDK_MSDK_MSDKKEY} (or {@code GAMESDK_MSDK_APPKEY} for {@code encode=1}), {@code
 * GAMESDK_MSDK_OPENID}, {@code GAMESDK_MSDK_OPENKEY} (the QQ access token) and {@code
 * GAMESDK_MSDK_FRIEND_OPENID} are all set; then it calls MSDK's test environment ({@code
 * https://msdktest.ssl.msdk.qq.com}, or {@code GAMESDK_MSDK_BASE_URL}) and really shares. {@code
 * GAMESDK_MSDK_MSDKTEA=1} encrypts the bodies.
 */
public final class MsdkExample {
  private final Map<String, String> env;
  private final PrintStream out;

  /**
   * Creates the example.
   *
   * @param env the environment to read credentials from
   * @param out where to print progress
   */
  public MsdkExample(Map<String, String> env, PrintStream out) {
    this.env = env;
    this.out = out;
  }

  /**
   * Runs the flow.
   *
   * @throws Exception if a step fails
   */
  public void run() throws Exception {
    boolean real =
        env.containsKey("GAMESDK_MSDK_APPID")
            && (env.containsKey("GAMESDK_MSDK_MSDKKEY") || env.containsKey("GAMESDK_MSDK_APPKEY"))
            && env.containsKey("GAMESDK_MSDK_OPENID")
            && env.containsKey("GAMESDK_MSDK_OPENKEY")
            && env.containsKey("GAMESDK_MSDK_FRIEND_OPENID");
    FakeMsdkServer fake = real ? null : FakeMsdkServer.start();
    try {
      MsdkClient.Builder b;
      String openid;
      Secret openkey;
      String friend;
      if (real) {
        b = MsdkClient.builder().appId(env.get("GAMESDK_MSDK_APPID"));
        if (env.containsKey("GAMESDK_MSDK_MSDKKEY")) {
          b.msdkKey(Secret.of(env.get("GAMESDK_MSDK_MSDKKEY")));
        } else {
          b.appKey(Secret.of(env.get("GAMESDK_MSDK_APPKEY")));
        }
        String base = env.get("GAMESDK_MSDK_BASE_URL");
        if (base != null) {
          b.baseUrl(base);
        } else {
          b.environment(MsdkEnvironment.TEST_HTTPS);
        }
        openid = env.get("GAMESDK_MSDK_OPENID");
        openkey = Secret.of(env.get("GAMESDK_MSDK_OPENKEY"));
        friend = env.get("GAMESDK_MSDK_FRIEND_OPENID");
      } else {
        b = fake.clientBuilder();
        openid = "A3284A812ECA15269F85AE1C2D94EB37";
        openkey = Secret.of("933FE8C9AB9C585D7EABD04373B7155F");
        friend = "69FF99F3B17436F2F6621FA158B30549";
      }
      MsdkClient msdk =
          b.msdkExtInfo("example_001").msdktea("1".equals(env.get("GAMESDK_MSDK_MSDKTEA"))).build();
      out.println(
          real
              ? "MSDK: " + msdk.baseUrl() + ", appid " + msdk.appId()
              : "MSDK: in-process fake at " + fake.baseUrl() + " (set GAMESDK_MSDK_* for the real service)");
      if (!msdk.appId().matches("[0-9]{1,18}")) {
        throw new IllegalStateException("GAMESDK_MSDK_APPID must be a mobile-QQ appid (digits)");
      }
      long qqAppid = Long.parseLong(msdk.appId());

      VerifyLoginResponse login =
          msdk.auth()
              .verifyLogin(
                  openid,
                  VerifyLoginRequest.builder()
                      .appid(qqAppid)
                      .openid(openid)
                      .openkey(openkey)
                      .userip("192.168.5.114")
                      .build());
      out.println("1. auth/verify_login: " + login.msg() + " (msdkExtInfo echoed: " + login.msdkExtInfo() + ")");

      // relation/qqfriends_detail: the friends who play the same game, with the close friends.
      QqFriendsDetailResponse friends =
          msdk.relation()
              .qqfriendsDetail(
                  openid,
                  QqFriendsDetailRequest.builder()
                      .appid(msdk.appId())
                      .openid(openid)
                      .accessToken(openkey)
                      .flag(FriendsFlag.WITHOUT_SELF)
                      .closefriendsFlag(1)
                      .build());
      out.println("1b. relation/qqfriends_detail: " + friends.lists().size() + " friend(s) playing"
          + (friends.lists().isEmpty() ? "" : ", first " + friends.lists().get(0).openid()));
      // The VIP kinds the game cares about, in one call (profile/query_vip, seed 004 line 1371).
      QueryVipResponse vip =
          msdk.profile()
              .queryVip(
                  openid,
                  QueryVipRequest.builder()
                      .appid(msdk.appId())
                      .openid(openid)
                      .accessToken(openkey)
                      .vip(VipFlag.mask(VipFlag.VIP_NORMAL, VipFlag.VIP_QQ_LEVEL, VipFlag.VIP_BLUE))
                      .build());
      VipInfo level = vip.entry(VipFlag.VIP_QQ_LEVEL);
      VipInfo blue = vip.entry(VipFlag.VIP_BLUE);
      out.println("   profile/query_vip: QQ level " + (level == null ? "unknown" : level.level())
          + ", blue diamond " + (blue != null && blue.vip() ? "yes" : "no"));

      ShareQqRequest invite =
          ShareQqRequest.builder()
              .oauthConsumerKey(qqAppid)
              .openid(openid)
              .accessToken(openkey)
              .addFopenids(QqShareFriend.of(friend))
              .imageUrl("http://mat1.gtimg.com/www/images/qq2012/erweimaVideoPic.png")
              .targetUrl(
                  "http://gamecenter.qq.com/gcjump?appid=" + msdk.appId()
                      + "&pf=invite&from=iphoneqq&plat=qq&ADTAG=gameobj.msg_invite")
              .title("Come and play")
              .summary("Your friend invites you")
              .gameTag(QqShareGameTag.MSG_INVITE)
              .build();
      try {
        out.println("2. share/qq: " + msdk.share().qq(openid, invite).msg());
      } catch (ApiException e) {
        PlatformError p = MsdkErrorDetail.of(e).platformError();
        out.println("2. share/qq refused (" + e.category() + ")"
            + (p == null ? ": " + e.getMessage() : ": QQ share code " + p.code() + ", " + p.description()));
      }

      try {
        ShareQqRequest.builder().from(invite).title("A title that is far longer than forty-five bytes").build();
      } catch (InvalidRequestException e) {
        out.println("   rejected before sending: " + e.getMessage());
      }

      if (!real) {
        // What a WeChat token two hours old looks like (MSDK wiki FAQ: 40001 on /auth/check_token).
        fake.respondWith("auth/check_token", 200, "{\"ret\":-20000,\"msg\":\"40001,invalid credential\"}");
        try {
          msdk.auth()
              .checkToken(
                  "oGRTijiaT-XrbyXKozckdNHFgPyc",
                  CheckTokenRequest.builder()
                      .openid("oGRTijiaT-XrbyXKozckdNHFgPyc")
                      .accessToken(Secret.of("OezXcEiiBSKSxW0eoylIeLl3C6OgXeyrDnhDI73sCBJPLafWudG"))
                      .build());
        } catch (ApiException e) {
          PlatformError p = MsdkErrorDetail.of(e).platformError();
          out.println("3. auth/check_token: WeChat code " + p.code() + " (" + p.text() + ") -> " + e.category());
        }
      }
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }
}
