package io.github.gamesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** {@code call msdk profile/...}: the /profile calls, a GET one included, through the command line. */
class CallMsdkProfileTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MSDKKEY = "msdkkey-SECRET-5d0cf7a8c5f3";
  private static final String TOKEN = "TOKEN-SECRET-25600878E96CB977";
  private static final String OPENID = "E1FBBD6FCDC5D68B47A376FBE041D181";

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

  @Test
  void getXinyueSuperGoesAsGetWithTheQueryString() throws IOException {
    Cli.Result r =
        Cli.run(env, "", "call", "msdk", "profile/get_xinyue_super", "--openid", OPENID,
            "access_type=1", "access_token=" + TOKEN, "trace_id=cli-" + OPENID + "-20180116155309-123456");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out + r.err).doesNotContain(MSDKKEY).doesNotContain(TOKEN);
    assertThat(JSON.readTree(r.line()).get("ilevel").asInt()).isZero();
    RecordedMsdkRequest req = fake.takeRequest(0, TimeUnit.SECONDS);
    assertThat(req.method()).isEqualTo("GET");
    assertThat(req.violation()).isEmpty();
    assertThat(req.param("access_type")).isEqualTo("1");
  }

  @Test
  void queryVipSendsVipAsANumberAndRejectsAnUndocumentedBit() throws IOException {
    Cli.Result r =
        Cli.run(env, "", "call", "msdk", "profile/query_vip", "--openid", OPENID,
            "--body", "{\"appid\":\"100703379\",\"openid\":\"" + OPENID + "\",\"accessToken\":\"" + TOKEN + "\"}",
            "vip=512");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(JSON.readTree(r.line()).get("lists").size()).isEqualTo(5);
    assertThat(fake.takeRequest(0, TimeUnit.SECONDS).json().get("vip").isIntegralNumber()).isTrue();
    Cli.Result bad =
        Cli.run(env, "", "call", "msdk", "profile/query_vip", "--openid", OPENID,
            "appid=100703379", "openid=" + OPENID, "accessToken=" + TOKEN, "vip=32");
    assertThat(bad.exit).isEqualTo(2);
    assertThat(bad.err).contains("vip");
    assertThat(fake.requestCount()).isEqualTo(1);
  }
}
