package io.github.gamesdk.testkit.qos;

import static io.github.gamesdk.testkit.qos.QosOracle.geturlParams;
import static io.github.gamesdk.testkit.qos.QosOracle.openParams;
import static io.github.gamesdk.testkit.qos.QosOracle.query;
import static io.github.gamesdk.testkit.qos.QosOracle.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fake itself, driven by hand-built requests signed by the tests' own oracle: it accepts what
 * the seed documents and answers every broken rule the way the vendor's layers do.
 */
@ExtendWith(QosFakeExtension.class)
class FakeQosServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long NOW = 1496203804L;

  static void fixClock(FakeQosServer fake) {
    fake.setClock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
  }

  static JsonNode json(String[] answer) throws Exception {
    assertThat(answer[0]).isEqualTo("200");
    return JSON.readTree(answer[1]);
  }

  /** Sends hand-built parameters, signed, and returns the answer's JSON. */
  static JsonNode call(FakeQosServer fake, Map<String, String> params) throws Exception {
    return json(QosOracle.get(fake, query(signed(fake, params))));
  }

  @Test
  void theSeedsExampleRequestsAreAnsweredWithTheSeedsAnswers(FakeQosServer fake) throws Exception {
    fixClock(fake);
    JsonNode g = call(fake, geturlParams(NOW, 345666));
    // Wrapped in Response as in seed 000 lines 78-85; mobileUrl points at the fake's lookup.
    assertThat(g).isEqualTo(JSON.readTree(
        "{\"Response\":{\"errno\":0,\"errmsg\":\"success\",\"isQos\":1,\"mobileUrl\":\"" + fake.mobileUrl() + "\"}}"));
    JsonNode o = call(fake, openParams(NOW, 345667));
    assertThat(o).isEqualTo(JSON.readTree("{\"errno\":0,\"errmsg\":\"success\",\"sessionId\":\"193424\",\"sessiontime\":7200}"));
    Map<String, String> close = openParams(NOW, 345668);
    close.put("Action", "close");
    assertThat(call(fake, close)).isEqualTo(JSON.readTree("{\"errno\":0,\"errmsg\":\"success\"}"));
    assertThat(fake.requests()).allSatisfy(r -> {
      assertThat(r.signatureValid()).isTrue();
      assertThat(r.violation()).isEmpty();
      assertThat(r.host()).isEqualTo(QosOracle.host(fake));
    });
    // The lookup (seed 000 lines 111-112).
    String[] lookup = QosOracle.send(fake.mobileUrl());
    assertThat(JSON.readTree(lookup[1])).isEqualTo(JSON.readTree("{\"result\":\"" + FakeQosServer.SEED_PHONE_NO + "\"}"));
  }

  @Test
  void gatewayRefusalsUseTheCloudApiCodes(FakeQosServer fake) throws Exception {
    fixClock(fake);
    // Wrong key: 4100.
    Map<String, String> p = geturlParams(NOW, 1);
    p.put("Signature", QosOracle.signature("not-the-key", QosOracle.host(fake), p));
    JsonNode wrongKey = json(QosOracle.get(fake, query(p)));
    assertThat(wrongKey.get("code").asInt()).isEqualTo(4100);
    assertThat(fake.takeRequest().signatureValid()).isFalse();
    // Signed over another host (the documented one instead of the one the request went to): 4100.
    Map<String, String> q = geturlParams(NOW, 2);
    q.put("Signature", QosOracle.signature(FakeQosServer.DEFAULT_SECRET_KEY, "qos.api.cloud.tencent.com", q));
    assertThat(json(QosOracle.get(fake, query(q))).get("code").asInt()).isEqualTo(4100);
    assertThat(fake.takeRequest().violation()).hasValueSatisfying(v -> assertThat(v).contains("Signature"));
    // Unknown SecretId: 4104.
    Map<String, String> r = geturlParams(NOW, 3);
    r.put("SecretId", "AKIDother");
    assertThat(call(fake, r).get("code").asInt()).isEqualTo(4104);
    fake.takeRequest();
    // Missing Nonce: 4100.
    Map<String, String> s = geturlParams(NOW, 4);
    s.remove("Nonce");
    assertThat(call(fake, s).get("code").asInt()).isEqualTo(4100);
    assertThat(fake.takeRequest().violation()).hasValue("missing required parameter Nonce");
    // Timestamp 2 hours and 1 second off: 4500; exactly 2 hours: accepted.
    assertThat(call(fake, geturlParams(NOW - 7201, 5)).get("code").asInt()).isEqualTo(4500);
    assertThat(call(fake, geturlParams(NOW + 7200, 6)).path("Response").path("errno").asInt(-1)).isZero();
    // The same Nonce again: 4500.
    assertThat(call(fake, geturlParams(NOW, 6)).get("code").asInt()).isEqualTo(4500);
    // HmacSHA1 and no SignatureMethod are both accepted.
    Map<String, String> sha1 = geturlParams(NOW, 7);
    sha1.put("SignatureMethod", "HmacSHA1");
    assertThat(call(fake, sha1).path("Response").path("errno").asInt(-1)).isZero();
    Map<String, String> none = geturlParams(NOW, 8);
    none.remove("SignatureMethod");
    assertThat(call(fake, none).path("Response").path("errno").asInt(-1)).isZero();
    Map<String, String> md5 = geturlParams(NOW, 9);
    md5.put("SignatureMethod", "HmacMD5");
    assertThat(call(fake, md5).get("code").asInt()).isEqualTo(4100);
  }

  @Test
  void theSignatureMustBeEncodedExactlyOnce(FakeQosServer fake) throws Exception {
    fixClock(fake);
    // Find a Nonce whose signature holds '+', which an unencoded query turns into a space.
    for (int nonce = 100; ; nonce++) {
      Map<String, String> p = signed(fake, geturlParams(NOW, nonce));
      String sig = p.get("Signature");
      if (!sig.contains("+")) {
        continue;
      }
      StringBuilder raw = new StringBuilder();
      for (Map.Entry<String, String> e : p.entrySet()) {
        String v = e.getKey().equals("Signature") ? sig : QosOracle.encode(e.getValue());
        raw.append(raw.length() == 0 ? "" : "&").append(e.getKey()).append('=').append(v);
      }
      assertThat(json(QosOracle.get(fake, raw.toString())).get("code").asInt()).isEqualTo(4100);
      Map<String, String> twice = signed(fake, geturlParams(NOW, nonce + 100000));
      String doubled = query(twice).replace(
          "Signature=" + QosOracle.encode(twice.get("Signature")),
          "Signature=" + QosOracle.encode(QosOracle.encode(twice.get("Signature"))));
      assertThat(json(QosOracle.get(fake, doubled)).get("code").asInt()).isEqualTo(4100);
      break;
    }
  }

  @Test
  void brokenCallRulesAreAnsweredWithErrno1(FakeQosServer fake) throws Exception {
    fixClock(fake);
    int nonce = 1000;
    // geturl's answers are wrapped, open's are flat, like the seed's examples.
    Map<String, String> noPublic = geturlParams(NOW, nonce++);
    noPublic.remove("PublicIP");
    assertThat(call(fake, noPublic).path("Response").path("errno").asInt()).isEqualTo(1);
    assertThat(fake.requests().get(0).violation()).hasValue("missing required parameter PublicIP (ReqType=1)");

    Map<String, String> fiveIps = openParams(NOW, nonce++);
    fiveIps.put("DstIP", "1.1.1.1,2.2.2.2,3.3.3.3,4.4.4.4,5.5.5.5");
    JsonNode five = call(fake, fiveIps);
    assertThat(five.get("errno").asInt()).isEqualTo(1);
    assertThat(five.get("errmsg").asText()).contains("at most 4");

    String[][] broken = {
      {"ReqType", "2"}, {"PrivateIP", "23.4.5.256"}, {"PrivateIP", "023.4.5.5"}, {"PublicIP", "124.4.5"},
      {"DstIP", "1.1.1.1;2.2.2.2"}, {"DstIP", "1.1.1.1,"}, {"DstIP", ""}, {"GameId", "1"}, {"Action", "status"},
      {"VersionId", ""}, {"Region", "ap-guangzhou"},
    };
    for (String[] b : broken) {
      Map<String, String> p = openParams(NOW, nonce++);
      p.put(b[0], b[1]);
      assertThat(call(fake, p).path("errno").asInt()).as(b[0] + "=" + b[1]).isEqualTo(1);
    }
    Map<String, String> noPhone = openParams(NOW, nonce++);
    noPhone.remove("PhoneNO");
    assertThat(call(fake, noPhone).path("errno").asInt()).isEqualTo(1);

    // What the seed allows: PhoneNO empty (line 160), ReqType=0 without PublicIP (line 27), four DstIPs.
    Map<String, String> ok = openParams(NOW, nonce++);
    ok.put("PhoneNO", "");
    ok.put("ReqType", "0");
    ok.remove("PublicIP");
    ok.put("DstIP", "1.1.1.1,2.2.2.2,3.3.3.3,4.4.4.4");
    assertThat(call(fake, ok).path("errno").asInt(-1)).isZero();

    // A parameter sent twice.
    Map<String, String> twice = signed(fake, geturlParams(NOW, nonce++));
    assertThat(json(QosOracle.get(fake, query(twice) + "&PrivateIP=23.4.5.5")).path("Response").path("errno").asInt())
        .isEqualTo(1);
  }

  @Test
  void wrongMethodAndPathAreRefused(FakeQosServer fake) throws Exception {
    fixClock(fake);
    String[] post = QosOracle.post(fake, query(signed(fake, geturlParams(NOW, 1))));
    assertThat(post[0]).isEqualTo("405");
    String[] nowhere = QosOracle.send(fake.baseUrl() + "/v2/index.php");
    assertThat(nowhere[0]).isEqualTo("404");
    assertThat(fake.requests()).allSatisfy(r -> assertThat(r.violation()).isPresent());
  }

  @Test
  void scriptedAnswersAreSentAsGivenAndResetForgetsThem(FakeQosServer fake) throws Exception {
    fixClock(fake);
    fake.respondWith("geturl", 200, "{\"errno\":0,\"errmsg\":\"success\",\"isQos\":0,\"mobileUrl\":\"unknown\"}");
    fake.respondWith(FakeQosServer.MOBILE_URL, 200, FakeQosServer.SEED_MOBILE_URL_FAILURE);
    assertThat(call(fake, geturlParams(NOW, 1)).get("mobileUrl").asText()).isEqualTo("unknown");
    assertThat(JSON.readTree(QosOracle.send(fake.mobileUrl())[1]).path("error").path("code").asText()).isEqualTo("4002");
    fake.respondWith("open", 200, "{\"errno\":9}");
    fake.reset();
    assertThat(fake.requestCount()).isZero();
    fixClock(fake);
    assertThat(call(fake, openParams(NOW, 1)).get("sessionId").asText()).isEqualTo("193424");
    assertThatThrownBy(() -> fake.respondWith("status", 200, "{}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fake.respondWith("open", 99, "{}")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordedRequestsHideTheSignatureAndMaskPhoneNo(FakeQosServer fake) throws Exception {
    fixClock(fake);
    Map<String, String> p = signed(fake, openParams(NOW, 1));
    QosOracle.get(fake, query(p));
    RecordedQosRequest r = fake.takeRequest();
    assertThat(r.action()).isEqualTo("open");
    assertThat(r.param("PhoneNO")).isEqualTo("aSesdHJJsdx");
    assertThat(r.rawQuery()).contains("DstIP=1.1.1.1%2C2.2.2.2");
    assertThat(r.toString())
        .contains("Signature=****", "PhoneNO=****dx", "answered 200")
        .doesNotContain(p.get("Signature"))
        .doesNotContain("aSesdHJJsdx");
    assertThat(fake.toString()).doesNotContain(FakeQosServer.DEFAULT_SECRET_KEY);
  }
}
