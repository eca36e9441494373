package io.github.gamesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.testkit.Fault;
import io.github.gamesdk.testkit.qos.FakeQosServer;
import io.github.gamesdk.testkit.qos.RecordedQosRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code call qos} against the testkit's fake, which verifies the Signature and every documented
 * rule. Every run also checks that neither the SecretKey nor the phone number was printed.
 */
class CallQosTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GAME_ID = "8282828";
  private static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA";
  private static final String KEY = "SecretKey-cli-5ecret-3f2a";
  private static final String PHONE = "13912345678";

  private FakeQosServer fake;
  private Map<String, String> env;

  @BeforeEach
  void start() {
    fake = FakeQosServer.start(GAME_ID, SECRET_ID, Secret.of(KEY));
    env = new HashMap<>();
    env.put("GAMESDK_QOS_GAME_ID", GAME_ID);
    env.put("GAMESDK_QOS_SECRET_ID", SECRET_ID);
    env.put("GAMESDK_QOS_SECRET_KEY", KEY);
    env.put("GAMESDK_QOS_BASE_URL", fake.baseUrl());
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Cli.Result qos(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList("call", "qos"));
    all.addAll(Arrays.asList(args));
    Cli.Result r = Cli.run(env, "", all.toArray(new String[0]));
    assertThat(r.out + r.err).as(r.toString()).doesNotContain(KEY).doesNotContain(PHONE);
    return r;
  }

  /** PROTOCOLS.md §5 written out here: HMAC over "GET" + Host + "/qos?" + sorted k=v. */
  private static String signature(RecordedQosRequest r) throws Exception {
    StringBuilder text = new StringBuilder("GET").append(r.host()).append("/qos?");
    boolean first = true;
    for (Map.Entry<String, String> e : new TreeMap<>(r.params()).entrySet()) {
      if (!e.getKey().equals("Signature")) {
        text.append(first ? "" : "&").append(e.getKey()).append('=').append(e.getValue());
        first = false;
      }
    }
    String alg = "HmacSHA256".equals(r.param("SignatureMethod")) ? "HmacSHA256" : "HmacSHA1";
    Mac mac = Mac.getInstance(alg);
    mac.init(new SecretKeySpec(KEY.getBytes("UTF-8"), alg));
    return Base64.getEncoder().encodeToString(mac.doFinal(text.toString().getBytes("UTF-8")));
  }

  @Test
  void geturlPrintsTheTypedAnswerAndSendsASignedRequest() throws Exception {
    Cli.Result r = qos("geturl", "ReqType=1", "PrivateIP=23.4.5.5", "PublicIP=124.4.5.6", "VersionId=1.2", "DeviceCode=xxx-yyy");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.err).isEmpty();
    assertThat(JSON.readTree(r.line()))
        .isEqualTo(JSON.readTree("{\"errno\":0,\"errmsg\":\"success\",\"isQos\":1,\"mobileUrl\":\"" + fake.mobileUrl() + "\"}"));
    RecordedQosRequest req = fake.takeRequest();
    assertThat(req.violation()).isEmpty();
    assertThat(req.params())
        .containsEntry("Action", "geturl")
        .containsEntry("ReqType", "1")
        .containsEntry("GameId", GAME_ID)
        .containsEntry("SecretId", SECRET_ID)
        .containsEntry("PrivateIP", "23.4.5.5")
        .containsEntry("PublicIP", "124.4.5.6")
        .containsEntry("VersionId", "1.2")
        .containsEntry("DeviceCode", "xxx-yyy")
        .containsEntry("SignatureMethod", "HmacSHA256");
    assertThat(req.param("Signature")).isEqualTo(signature(req));
  }

  @Test
  void openAndCloseTakeTheCommaSeparatedDstIpAndAnEmptyPhoneNo() throws Exception {
    Cli.Result open = qos("open", "PrivateIP=10.12.0.7", "PublicIP=117.136.0.9", "PhoneNO=", "DstIP=1.1.1.1,2.2.2.2");
    assertThat(open.exit).as(open.toString()).isZero();
    assertThat(JSON.readTree(open.line()))
        .isEqualTo(JSON.readTree("{\"errno\":0,\"errmsg\":\"success\",\"sessionId\":\"193424\",\"sessiontime\":7200}"));
    RecordedQosRequest o = fake.takeRequest();
    assertThat(o.params()).containsEntry("PhoneNO", "").containsEntry("DstIP", "1.1.1.1,2.2.2.2").containsEntry("ReqType", "1");
    assertThat(o.param("Signature")).isEqualTo(signature(o));

    Cli.Result close =
        qos("close", "--signature-method", "HmacSHA1", "ReqType=0", "PrivateIP=10.12.0.7", "PhoneNO=" + PHONE, "DstIP=1.1.1.1");
    assertThat(close.exit).as(close.toString()).isZero();
    assertThat(close.line()).isEqualTo("{\"errno\":0,\"errmsg\":\"success\"}");
    RecordedQosRequest c = fake.takeRequest();
    assertThat(c.params()).containsEntry("SignatureMethod", "HmacSHA1").doesNotContainKey("PublicIP");
    assertThat(c.param("Signature")).isEqualTo(signature(c));

    assertThat(qos("close", "--signature-method=none", "PrivateIP=10.12.0.7", "PublicIP=117.136.0.9", "PhoneNO=x", "DstIP=1.1.1.1").exit)
        .isZero();
    RecordedQosRequest n = fake.takeRequest();
    assertThat(n.params()).doesNotContainKey("SignatureMethod");
    assertThat(n.signatureValid()).isTrue();
  }

  @Test
  void invalidRequestsExitTwoBeforeSending() {
    String[][] lines = {
      {"geturl", "PublicIP=1.2.3.4"},
      {"geturl", "PrivateIP=23.4.5.5"},
      {"geturl", "PrivateIP=23.4.5.05", "PublicIP=1.2.3.4"},
      {"geturl", "ReqType=2", "PrivateIP=23.4.5.5", "PublicIP=1.2.3.4"},
      {"geturl", "PrivateIP=23.4.5.5", "PublicIP=1.2.3.4", "PhoneNO=x"},
      {"open", "PrivateIP=23.4.5.5", "PublicIP=1.2.3.4", "PhoneNO=", "DstIP=1.1.1.1,2.2.2.2,3.3.3.3,4.4.4.4,5.5.5.5"},
      {"open", "PrivateIP=23.4.5.5", "PublicIP=1.2.3.4", "PhoneNO="},
      {"close", "PrivateIP=23.4.5.5", "PublicIP=1.2.3.4", "DstIP=1.1.1.1"},
      {"open", "PrivateIP=23.4.5.5", "PublicIP=1.2.3.4", "PhoneNO=", "DstIP=1.1.1.1,"},
    };
    String[] fields = {"PrivateIP", "PublicIP", "PrivateIP", "ReqType", "PhoneNO", "DstIP", "DstIP", "PhoneNO", "DstIP"};
    for (int i = 0; i < lines.length; i++) {
      Cli.Result r = qos(lines[i]);
      assertThat(r.exit).as(r.toString()).isEqualTo(2);
      assertThat(r.out).isEmpty();
      assertThat(r.err).startsWith("invalid request: " + fields[i]);
    }
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(qos("status", "PrivateIP=1.2.3.4").err).contains("unknown action");
    assertThat(qos("geturl", "Signature=abc", "PrivateIP=1.2.3.4", "PublicIP=1.2.3.4").err).contains("set by the tool");
    assertThat(qos("geturl", "GameId=1", "PrivateIP=1.2.3.4", "PublicIP=1.2.3.4").err).contains("set by the tool");
    assertThat(qos("geturl", "--signature-method", "md5", "PrivateIP=1.2.3.4", "PublicIP=1.2.3.4").err)
        .contains("--signature-method must be");
    assertThat(qos().err).contains("missing argument");
    env.remove("GAMESDK_QOS_SECRET_KEY");
    Cli.Result noKey = qos("geturl", "PrivateIP=1.2.3.4", "PublicIP=1.2.3.4");
    assertThat(noKey.exit).isEqualTo(2);
    assertThat(noKey.err).contains("GAMESDK_QOS_SECRET_KEY is not set").contains("Usage: gamesdk-cli call qos");
    env.put("GAMESDK_QOS_SECRET_KEY", KEY);
    env.put("GAMESDK_QOS_BASE_URL", fake.baseUrl() + "/qos");
    assertThat(qos("geturl", "PrivateIP=1.2.3.4", "PublicIP=1.2.3.4").err).contains("GAMESDK_QOS_BASE_URL must be scheme, host and port");
    env.put("GAMESDK_QOS_BASE_URL", fake.baseUrl());
    env.put("GAMESDK_QOS_GAME_ID", "82 82");
    assertThat(qos("geturl", "PrivateIP=1.2.3.4", "PublicIP=1.2.3.4").err).contains("GAMESDK_QOS_GAME_ID");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void vendorErrorsExitThreeWithCodeAndMessage() {
    fake.respondWith("geturl", 200, "{\"Response\":{\"errno\":1,\"errmsg\":\"获取唯一标识地址失败\"}}");
    Cli.Result r = qos("geturl", "PrivateIP=23.4.5.5", "PublicIP=124.4.5.6");
    assertThat(r.exit).as(r.toString()).isEqualTo(3);
    assertThat(r.out).isEmpty();
    assertThat(r.err).contains("vendor error: code 1 (NONE): 获取唯一标识地址失败");
    env.put("GAMESDK_QOS_SECRET_KEY", "another-key-of-the-wrong-kind");
    Cli.Result auth = qos("open", "PrivateIP=23.4.5.5", "PublicIP=124.4.5.6", "PhoneNO=" + PHONE, "DstIP=1.1.1.1");
    assertThat(auth.exit).isEqualTo(3);
    assertThat(auth.err).contains("vendor error: code 4100 (FIX_REQUEST)").doesNotContain("another-key-of-the-wrong-kind");
  }

  @Test
  void transportAndFormatFailuresExitFourAndFive() {
    fake.failNext(Fault.HTTP_500);
    Cli.Result r500 = qos("open", "PrivateIP=23.4.5.5", "PublicIP=124.4.5.6", "PhoneNO=" + PHONE, "DstIP=1.1.1.1");
    assertThat(r500.exit).as(r500.toString()).isEqualTo(4);
    assertThat(r500.err).contains("transport failure").contains("HTTP 500");
    fake.failNext(Fault.HTML);
    Cli.Result html = qos("close", "PrivateIP=23.4.5.5", "PublicIP=124.4.5.6", "PhoneNO=" + PHONE, "DstIP=1.1.1.1");
    assertThat(html.exit).isEqualTo(5);
    assertThat(html.err).contains("bad response");
    // open and close are sent once each, whatever happened.
    assertThat(fake.requestCount()).isEqualTo(2);
  }
}
