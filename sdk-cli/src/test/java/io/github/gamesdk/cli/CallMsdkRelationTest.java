package io.github.gamesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.testkit.msdk.FakeMsdkServer;
import io.github.gamesdk.testkit.msdk.RecordedMsdkRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code call msdk relation/...} against the testkit's MSDK fake: typed body, limits, tokens. */
class CallMsdkRelationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MSDKKEY = "msdkkey-SECRET-5d0cf7a8c5f3";
  private static final String TOKEN = "TOKEN-SECRET-933FE8C9AB9C585D";
  private static final String OPENID = "A3284A812ECA15269F85AE1C2D94EB37";

  private FakeMsdkServer fake;
  private Map<String, String> env;

  @BeforeEach
  void start() {
    fake = FakeMsdkServer.start("100703379", Secret.of(MSDKKEY));
    env = new HashMap<>();
    env.put("GAMESDK_MSDK_APPID", "100703379");
    env.put("GAMESDK_MSDK_MSDKKEY", MSDKKEY);
    env.put("GAMESDK_MSDK_BASE_URL", fake.baseUrl());
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Cli.Result msdk(String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "call";
    all[1] = "msdk";
    System.arraycopy(args, 0, all, 2, 1);
    all[3] = "--openid";
    all[4] = OPENID;
    System.arraycopy(args, 1, all, 5, args.length - 1);
    Cli.Result r = Cli.run(env, "", all);
    assertThat(r.out + r.err).as(r.toString()).doesNotContain(MSDKKEY).doesNotContain(TOKEN);
    return r;
  }

  @Test
  void qqfriendsDetailSendsTheTablesTypes() throws IOException {
    Cli.Result r =
        msdk("relation/qqfriends_detail", "appid=100703379", "openid=" + OPENID, "accessToken=" + TOKEN, "flag=1",
            "closefriends_flag=1");
    assertThat(r.exit).as(r.toString()).isZero();
    JsonNode answer = JSON.readTree(r.line());
    assertThat(answer.get("lists").get(0).get("openid").asText()).isEqualTo("69FF99F3B17436F2F6621FA158B30549");
    RecordedMsdkRequest req = fake.takeRequest(0, TimeUnit.SECONDS);
    assertThat(req.violation()).isEmpty();
    // appid is a string in the table (line 249) even when it holds digits; flag is an int (line 252).
    assertThat(req.json().get("appid").isTextual()).isTrue();
    assertThat(req.json().get("flag").isIntegralNumber()).isTrue();
  }

  @Test
  void fiftyOpenidsNeverLeave() {
    StringBuilder ids = new StringBuilder("fopenids=[");
    for (int i = 0; i < 50; i++) {
      ids.append(i == 0 ? "" : ",").append("\"F").append(i).append('"');
    }
    ids.append(']');
    Cli.Result r =
        msdk("relation/qqfriends_vip", "appid=100703379", "openid=" + OPENID, "accessToken=" + TOKEN,
            ids.toString(), "flags=qq_vip", "userip=127.0.0.1", "pf=openmobile_android");
    assertThat(r.exit).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("fopenids").contains("49");
    assertThat(fake.requestCount()).isZero();
  }
}
