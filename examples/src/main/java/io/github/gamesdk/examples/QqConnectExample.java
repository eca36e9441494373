package io.github.gamesdk.examples;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.qqconnect.QqConnectClient;
import io.github.gamesdk.qqconnect.VipCode;
import io.github.gamesdk.qqconnect.callback.VipOrder;
import io.github.gamesdk.qqconnect.callback.VipOrderCallbackHandler;
import io.github.gamesdk.qqconnect.model.AchieveItem;
import io.github.gamesdk.qqconnect.model.AchieveType;
import io.github.gamesdk.qqconnect.model.GameTag;
import io.github.gamesdk.qqconnect.model.GcAchieveReportRequest;
import io.github.gamesdk.qqconnect.model.OAuthMeRequest;
import io.github.gamesdk.qqconnect.model.OAuthMeResponse;
import io.github.gamesdk.qqconnect.model.QcSetSummaryCardRequest;
import io.github.gamesdk.qqconnect.model.SendShareForInnerRequest;
import io.github.gamesdk.qqconnect.model.ShareReceiver;
import io.github.gamesdk.testkit.qqconnect.FakeQqConnectServer;
import io.github.gamesdk.testkit.qqconnect.VipCallbackSender;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A realistic QQ Connect flow (seed 003): find the player's openid from the access token, invite a
 * friend, report the player's values, set the profile card, build the VIP page URL, and receive
 * VIP order callbacks: one verified and credited, the same order again acknowledged but not
 * credited twice, a replay with an old timestamp and a forged one rejected.
 *
 * <p>Runs against {@link FakeQqConnectServer} unless {@code GAMESDK_QQCONNECT_APPID}, {@code
 * GAMESDK_QQCONNECT_APPKEY}, {@code GAMESDK_QQCONNECT_OPENID} and {@code
 * GAMESDK_QQCONNECT_ACCESS_TOKEN} are all set; then it calls the real service (or {@code
 * GAMESDK_QQCONNECT_BASE_URL}). The VIP callbacks always go to a receiver on 127.0.0.1, as QQ VIP
 * cannot reach this machine.
 */
public final class QqConnectExample {
  private final Map<String, String> env;
  private final PrintStream out;

  /**
   * Creates the example.
   *
   * @param env the environment to read credentials from
   * @param out where to print progress
   */
  public QqConnectExample(Map<String, String> env, PrintStream out) {
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
        env.containsKey("GAMESDK_QQCONNECT_APPID")
            && env.containsKey("GAMESDK_QQCONNECT_APPKEY")
            && env.containsKey("GAMESDK_QQCONNECT_OPENID")
            && env.containsKey("GAMESDK_QQCONNECT_ACCESS_TOKEN");
    FakeQqConnectServer fake = real ? null : FakeQqConnectServer.start();
    try {
      QqConnectClient qq;
      Secret token;
      String expectedOpenid;
      if (real) {
        QqConnectClient.Builder b =
            QqConnectClient.builder()
                .appId(env.get("GAMESDK_QQCONNECT_APPID"))
                .appKey(Secret.of(env.get("GAMESDK_QQCONNECT_APPKEY")));
        String base = env.get("GAMESDK_QQCONNECT_BASE_URL");
        if (base != null) {
          b.baseUrl(base).graphBaseUrl(base);
        }
        qq = b.build();
        token = Secret.of(env.get("GAMESDK_QQCONNECT_ACCESS_TOKEN"));
        expectedOpenid = env.get("GAMESDK_QQCONNECT_OPENID");
        out.println("QQ Connect: real service, appid " + qq.appId());
      } else {
        token = Secret.of("1821FD577DD45526CA6EA2ADAC685508");
        expectedOpenid = "29439511BB5D23F36BD09F5B0DF94181";
        fake.registerToken(token, expectedOpenid);
        qq = fake.client();
        out.println("QQ Connect: in-process fake at " + fake.baseUrl() + " (set GAMESDK_QQCONNECT_* for the real service)");
      }

      OAuthMeResponse me = qq.me(OAuthMeRequest.of(token));
      out.println("1. oauth2.0/me: openid " + me.openid() + " for appid " + me.clientId());
      String openid = me.openid();
      if (!openid.equals(expectedOpenid)) {
        throw new IllegalStateException("the token belongs to another openid");
      }

      String friend = env.getOrDefault("GAMESDK_QQCONNECT_FRIEND_OPENID", "1983e77ac7517e997967168816c41867");
      SendShareForInnerRequest invite =
          SendShareForInnerRequest.builder()
              .openid(openid)
              .accessToken(token)
              .addFopenids(ShareReceiver.of(friend))
              .imageUrl("https://imgcache.qq.com/club/gamecenter/cms/2016-04-01/1459504923_868_750x1182.jpg")
              .targetUrl("https://gamecenter.qq.com/gcjump?appid=1104466820")
              .gameTag(GameTag.MSG_INVITE)
              .build();
      out.println("2. send_share_for_inner: " + qq.sendShareForInner(invite).data().msg());

      try {
        SendShareForInnerRequest.builder().from(invite).dst(1002).build();
      } catch (InvalidRequestException e) {
        out.println("   rejected before sending: " + e.getMessage());
      }

      GcAchieveReportRequest report =
          GcAchieveReportRequest.builder()
              .openid(openid)
              .accessToken(token)
              .addItems(AchieveItem.of(AchieveType.PLATFORM, "1"))
              .addItems(AchieveItem.of(AchieveType.AREA, "1"))
              .addItems(AchieveItem.of(AchieveType.SERVER_ID, "456"))
              .addItems(AchieveItem.of(AchieveType.ROLE_ID, "476"))
              .addItems(AchieveItem.of(AchieveType.LEVEL, "30"))
              .build();
      out.println("3. gc_achieve_report: ret " + qq.gcAchieveReport(report).ret());

      QcSetSummaryCardRequest card =
          QcSetSummaryCardRequest.builder()
              .openid(openid)
              .accessToken(token)
              .cardId("11746")
              .styleId("1")
              .version("7.2.5")
              .platform(2)
              .build();
      try {
        out.println("4. qc_set_summary_card: ret " + qq.qcSetSummaryCard(card).ret());
      } catch (ApiException e) {
        out.println("4. qc_set_summary_card refused: " + e.getMessage());
      }

      String aid = env.getOrDefault("GAMESDK_QQCONNECT_VIP_AID", "mvip.p.hz.demo");
      out.println("5. VIP page: " + qq.vipPageUrl(VipCode.SVIP, 1, aid));

      vipCallbacks(Secret.of(env.getOrDefault("GAMESDK_QQCONNECT_VIP_CALLBACK_KEY", "ffff")));
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }

  private void vipCallbacks(Secret callbackKey) throws Exception {
    List<String> credited = new CopyOnWriteArrayList<>();
    VipOrderCallbackHandler handler =
        VipOrderCallbackHandler.builder(callbackKey).maxAge(Duration.ofMinutes(10)).build();
    try (VipCallbackReceiver receiver =
        new VipCallbackReceiver(
            new InetSocketAddress("127.0.0.1", 0), handler, (VipOrder o) -> credited.add(o.orderId()))) {
      VipCallbackSender qqVip = VipCallbackSender.create(callbackKey);
      VipCallbackSender.Delivery order = qqVip.seedExample();
      out.println("6. VIP order callback at " + receiver.url());
      out.println("   first delivery:        " + order.sendTo(receiver.url()).body() + " credited " + credited);
      out.println("   same order again:      " + order.sendTo(receiver.url()).body() + " credited " + credited);
      out.println("   replayed 2 hours late: " + order.olderBy(Duration.ofHours(2)).sendTo(receiver.url()).body());
      out.println("   forged sign:           " + qqVip.seedExample().forgeSign().sendTo(receiver.url()).body());
      if (credited.size() != 1) {
        throw new IllegalStateException("expected the order to be credited exactly once: " + credited);
      }
    }
  }
}
