package io.github.gamesdk.testkit.msdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.msdk.MsdkClient;
import io.github.gamesdk.msdk.model.relation.MiniProgramEnv;
import io.github.gamesdk.msdk.model.relation.WxMiniSendMsgRequest;
import io.github.gamesdk.msdk.model.relation.WxUnlinkGroupRequest;
import io.github.gamesdk.testkit.Fault;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /relation/wx_mini_send_msg} is the one call whose token travels in the URL ({@code
 * access_token}, seed 004 line 1318): no failure, no request's or client's {@code toString()}
 * shows it, nor a body token of another relation call.
 */
class RelationSecretsTest {
  static final String MSDK_KEY = "MsdkKey-s3cr3t-relation";
  static final String TOKEN = "TOKEN-5ecret-in-the-url-9f8e7d";
  static final String OPENID = "oGRTijrV0l67hDGN7dstOl8CphN0";

  @RegisterExtension
  final MsdkFakeExtension msdk = MsdkFakeExtension.withApp("wxcde873f99466f74a", Secret.of(MSDK_KEY));

  static WxMiniSendMsgRequest mini() {
    return WxMiniSendMsgRequest.builder()
        .accessToken(Secret.of(TOKEN))
        .touser("oGRTijoPGCgg3PhIKcn5f4T30B5Q")
        .weappId("wx4a0a73ec028e47d7")
        .path("pages/main/main?v=123&t=1234")
        .envVersion(MiniProgramEnv.RELEASE)
        .picUrl("wx.qlogo.cn/mmopen/a/0")
        .title("coin send to you")
        .mediaTagName("MSG_INVITE")
        .build();
  }

  static String everything(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString() + " " + t;
  }

  @Test
  void theUrlTokenNeverShows() {
    FakeMsdkServer fake = msdk.server();
    MsdkClient client =
        fake.clientBuilder()
            .timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2)))
            .build();
    List<Throwable> thrown = new ArrayList<>();
    for (Fault f : Fault.values()) {
      fake.failNext(f, 3);
      thrown.add(catchThrowable(() -> client.relation().wxMiniSendMsg(OPENID, mini())));
    }
    fake.respondWith(
        "relation/wx_mini_send_msg", 200, "{\"ret\":-20000,\"msg\":\"40001,invalid credential access_token=" + TOKEN + "\"}");
    thrown.add(catchThrowable(() -> client.relation().wxMiniSendMsg(OPENID, mini())));
    fake.respondWith(
        "relation/wxunlink_group", 200, "{\"ret\":-20000,\"msg\":\"40001,invalid credential\",\"platCode\":\"40001\"}");
    thrown.add(
        catchThrowable(
            () ->
                client
                    .relation()
                    .wxunlinkGroup(
                        OPENID, WxUnlinkGroupRequest.builder().accessToken(Secret.of(TOKEN)).groupid("2147521896").build())));
    for (Throwable t : thrown) {
      assertThat(t).isNotNull();
      assertThat(everything(t)).doesNotContain(TOKEN).doesNotContain(MSDK_KEY);
    }
    assertThat(fake.requests()).isNotEmpty();
    for (RecordedMsdkRequest r : fake.requests()) {
      assertThat(r.toString()).doesNotContain(TOKEN);
    }
    assertThat(mini().toString() + client).doesNotContain(TOKEN).doesNotContain(MSDK_KEY);
  }
}
