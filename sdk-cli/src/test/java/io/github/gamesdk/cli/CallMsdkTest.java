package io.github.gamesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.testkit.Fault;
import io.github.gamesdk.testkit.msdk.FakeMsdkServer;
import io.github.gamesdk.testkit.msdk.RecordedMsdkRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code call msdk} against the testkit's MSDK fake, which checks sig, the fixed parameters and
 * each call's JSON types. Every run also checks that neither the key nor a token was printed.
 */
class CallMsdkTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MSDKKEY = "msdkkey-SECRET-5d0cf7a8c5f3";
  private static final String OPENKEY = "OPENKEY-SECRET-933FE8C9AB9C585D";
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

  private Cli.Result msdk(String call, String... rest) {
    List<String> args = new ArrayList<>(Arrays.asList("call", "msdk", call, "--openid", OPENID));
    args.addAll(Arrays.asList(rest));
    Cli.Result r = Cli.run(env, "", args.toArray(new String[0]));
    assertThat(r.out + r.err).as(r.toString()).doesNotContain(MSDKKEY).doesNotContain(OPENKEY);
    return r;
  }

  private RecordedMsdkRequest taken() {
    RecordedMsdkRequest r = fake.takeRequest(0, TimeUnit.SECONDS);
    assertThat(r).as("a request reached the fake").isNotNull();
    return r;
  }

  @Test
  void verifyLoginWithParametersBecomesTheTypedBody() throws IOException {
    Cli.Result r =
        msdk("auth/verify_login", "appid=100703379", "openid=" + OPENID, "openkey=" + OPENKEY, "userip=192.168.5.114");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(JSON.readTree(r.line())).isEqualTo(JSON.readTree("{\"ret\":0,\"msg\":\"user is logged in\"}"));
    RecordedMsdkRequest req = taken();
    assertThat(req.violation()).isEmpty();
    // appid=100703379 on the command line is text; the model sends the number the seed wants.
    assertThat(req.json().get("appid").isIntegralNumber()).isTrue();
    assertThat(req.param("openid")).isEqualTo(OPENID);
    assertThat(req.contentEncrypted()).isFalse();
  }

  @Test
  void bodyFromFileEncryptedAndWxoauth(@TempDir Path dir) throws IOException {
    Path body = dir.resolve("check.json");
    Files.write(
        body,
        ("{\"openid\":\"" + OPENID + "\",\"accessToken\":\"" + OPENKEY + "\"}").getBytes(StandardCharsets.UTF_8));
    Cli.Result r = msdk("wxoauth/check_token", "--body", "@" + body, "--encrypt");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(JSON.readTree(r.line()).get("msg").asText()).isEqualTo("ok");
    RecordedMsdkRequest req = taken();
    assertThat(req.path()).isEqualTo("/wxoauth/check_token");
    assertThat(req.contentEncrypted()).isTrue();
    assertThat(req.answerEncrypted()).isTrue();
  }

  @Test
  void shareQqWithJsonParameters() throws IOException {
    Cli.Result r =
        msdk(
            "share/qq",
            "--body",
            "{\"oauth_consumer_key\":100703379,\"image_url\":\"http://mat1.gtimg.com/a.png\","
                + "\"openid\":\"" + OPENID + "\",\"access_token\":\"" + OPENKEY + "\",\"summary\":\"s\","
                + "\"title\":\"test by hunter\","
                + "\"target_url\":\"http://gamecenter.qq.com/gcjump?ADTAG=gameobj.msg_invite\"}",
            "fopenids=[{\"openid\":\"69FF99F3B17436F2F6621FA158B30549\",\"type\":0}]",
            "game_tag=MSG_INVITE");
    assertThat(r.exit).as(r.toString()).isZero();
    JsonNode sent = taken().json();
    assertThat(sent.get("dst").asInt()).isEqualTo(1001);
    assertThat(sent.get("fopenids").get(0).get("type").isIntegralNumber()).isTrue();
  }

  @Test
  void invalidBodiesNeverLeave() {
    Cli.Result tooLong =
        msdk(
            "share/wx_link",
            "access_token=" + OPENKEY, "touser=u", "title=t", "description=d",
            "url=http://wiki.msdk.qq.com/" + new String(new char[1010]).replace('\0', 'a'),
            "thumb_url=http://wiki.msdk.qq.com/a.png");
    assertThat(tooLong.exit).isEqualTo(2);
    assertThat(tooLong.err).contains("invalid request: url: at most 1024 bytes");
    Cli.Result unknown = msdk("freeflow/getinfo", "openid=o", "colour=red");
    assertThat(unknown.exit).isEqualTo(2);
    assertThat(unknown.err).contains("colour: not a field of freeflow/getinfo; it takes").contains("openid");
    Cli.Result missing = msdk("auth/check_token", "openid=o");
    assertThat(missing.exit).isEqualTo(2);
    assertThat(missing.err).contains("accessToken");
    Cli.Result kind = msdk("auth/verify_login", "appid=abc", "openid=o", "openkey=k", "userip=1.2.3.4");
    assertThat(kind.exit).isEqualTo(2);
    assertThat(kind.err).contains("invalid request: appid: has a value of the wrong kind");
    Cli.Result enumValue =
        msdk("auth/get_pfval", "appid=wx", "openid=o", "accessToken=" + OPENKEY, "platform=desktop_m_xx",
            "regChannel=1", "os=android", "installchannel=1", "offerid=1");
    assertThat(enumValue.exit).isEqualTo(2);
    assertThat(enumValue.err).contains("platform: must be one of desktop_m_qq, desktop_m_wx, desktop_m_guest");
    Cli.Result notJson = msdk("freeflow/getinfo", "--body", "{openid:");
    assertThat(notJson.exit).isEqualTo(2);
    assertThat(notJson.err).contains("body: must be a JSON object");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void usageErrors() {
    Cli.Result unknown = msdk("share/nope");
    assertThat(unknown.exit).isEqualTo(2);
    assertThat(unknown.err).contains("unknown MSDK call share/nope; known: auth/verify_login").contains("freeflow/get_ccinfo");
    env.put("GAMESDK_MSDK_APPKEY", "also-set");
    Cli.Result both = msdk("freeflow/getinfo", "openid=o");
    assertThat(both.exit).isEqualTo(2);
    assertThat(both.err).contains("set exactly one of GAMESDK_MSDK_MSDKKEY (encode=2) and GAMESDK_MSDK_APPKEY");
    env.remove("GAMESDK_MSDK_APPKEY");
    env.remove("GAMESDK_MSDK_APPID");
    assertThat(msdk("freeflow/getinfo", "openid=o").err).contains("GAMESDK_MSDK_APPID is not set");
    Cli.Result twice = Cli.run(env, "", "call", "msdk", "freeflow/getinfo", "--openid", "o", "--encrypt", "--encrypt");
    assertThat(twice.exit).isEqualTo(2);
    assertThat(twice.err).contains("option --encrypt given more than once");
    Cli.Result flagValue = Cli.run(env, "", "call", "msdk", "freeflow/getinfo", "--openid", "o", "--encrypt=yes");
    assertThat(flagValue.err).contains("option --encrypt takes no value");
    Cli.Result noOpenid = Cli.run(env, "", "call", "msdk", "freeflow/getinfo");
    assertThat(noOpenid.err).contains("missing option --openid");
  }

  @Test
  void vendorTransportAndFormatErrorsHaveTheirExitCodes() {
    fake.respondWith("auth/check_token", 200, "{\"ret\":-20000,\"msg\":\"40001,invalid credential\"}");
    Cli.Result vendor = msdk("auth/check_token", "openid=o", "accessToken=" + OPENKEY);
    assertThat(vendor.exit).isEqualTo(3);
    assertThat(vendor.err).contains("vendor error: code -20000 (REFRESH_TOKEN): 40001,invalid credential");
    fake.failNext(Fault.HTML);
    assertThat(msdk("share/wx_link", "access_token=" + OPENKEY, "touser=u", "title=t", "description=d",
            "url=http://a/", "thumb_url=http://a/b.png").exit)
        .isEqualTo(5);
    fake.failNext(Fault.HTTP_500);
    assertThat(msdk("share/wx_link", "access_token=" + OPENKEY, "touser=u", "title=t", "description=d",
            "url=http://a/", "thumb_url=http://a/b.png").exit)
        .isEqualTo(4);
  }
}
