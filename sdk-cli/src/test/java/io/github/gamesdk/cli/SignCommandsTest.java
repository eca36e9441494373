package io.github.gamesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every signing vector of PROTOCOLS.md through the command line. Expected values are copied from
 * PROTOCOLS.md, or computed here with the JDK's MessageDigest and Mac where PROTOCOLS.md gives a
 * rule but no vector.
 */
class SignCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  // PROTOCOLS.md §1: the seed's worked example.
  private static final String[] QQ_PARAMS = {
    "oauth_consumer_key=100330589",
    "access_token=1821FD577DD45526CA6EA2ADAC685508",
    "openid=29439511BB5D23F36BD09F5B0DF94181",
    "cmd=qc_set_summary_card",
    "card_id=11746",
    "style_id=1",
    "version=7.2.5",
    "platform=2"
  };
  private static final String QQ_CANONICAL =
      "****$access_token$1821FD577DD45526CA6EA2ADAC685508$card_id$11746$cmd$qc_set_summary_card"
          + "$oauth_consumer_key$100330589$openid$29439511BB5D23F36BD09F5B0DF94181$platform$2"
          + "$style_id$1$version$7.2.5****";

  // PROTOCOLS.md §5: Tencent Cloud API 2.0 documentation vectors.
  private static final String QOS_KEY = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA";
  private static final String[] QOS_PARAMS = {
    "Action=DescribeInstances",
    "InstanceIds.0=ins-09dx96dg",
    "Nonce=11886",
    "Region=ap-guangzhou",
    "SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA",
    "Timestamp=1465185768"
  };
  private static final String QOS_TEXT_SHA256 =
      "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg"
          + "&Nonce=11886&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"
          + "&SignatureMethod=HmacSHA256&Timestamp=1465185768";
  private static final String QOS_TEXT_SHA1 =
      "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg"
          + "&Nonce=11886&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"
          + "&SignatureMethod=HmacSHA1&Timestamp=1465185768";

  // PROTOCOLS.md §6: Tencent Open Platform wiki vector.
  private static final String OPENAPI_KEY = "228bf094169a40a3bd188ba37ebe8723";
  private static final String[] OPENAPI_PARAMS = {
    "openid=11111111111111111",
    "openkey=2222222222222222",
    "appid=123456",
    "pf=qzone",
    "format=json",
    "userip=112.90.139.30"
  };
  private static final String OPENAPI_SOURCE =
      "GET&%2Fv3%2Fuser%2Fget_info&appid%3D123456%26format%3Djson%26openid%3D11111111111111111"
          + "%26openkey%3D2222222222222222%26pf%3Dqzone%26userip%3D112.90.139.30";

  private static String[] args(String[] head, String... tail) {
    List<String> all = new ArrayList<>(Arrays.asList(head));
    all.addAll(Arrays.asList(tail));
    return all.toArray(new String[0]);
  }

  private static String[] reversed(String[] a) {
    List<String> l = new ArrayList<>(Arrays.asList(a));
    Collections.reverse(l);
    return l.toArray(new String[0]);
  }

  /** The one line a sign command prints, exactly. */
  private static String expectedLine(String canonical, String signature) throws Exception {
    return "{\"canonical\":"
        + JSON.writeValueAsString(canonical)
        + ",\"signature\":"
        + JSON.writeValueAsString(signature)
        + "}"
        + System.lineSeparator();
  }

  private static void assertSigned(Cli.Result r, String canonical, String signature)
      throws Exception {
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).isEqualTo(expectedLine(canonical, signature));
    JsonNode n = JSON.readTree(r.out);
    assertThat(n.size()).isEqualTo(2);
    assertThat(n.get("canonical").asText()).isEqualTo(canonical);
    assertThat(n.get("signature").asText()).isEqualTo(signature);
  }

  @Test
  void qqconnectSeedExample() throws Exception {
    Cli.Result r = Cli.run(args(new String[] {"sign", "qqconnect", "--key", "123456"}, QQ_PARAMS));
    assertSigned(r, QQ_CANONICAL, "a61529eb51852c7bb6fe396bd62dadcd");
  }

  @Test
  void qqconnectIgnoresArgumentOrderAndAcceptsKeyWithEquals() throws Exception {
    Cli.Result r =
        Cli.run(
            args(new String[] {"sign", "qqconnect"}, args(reversed(QQ_PARAMS), "--key=123456")));
    assertSigned(r, QQ_CANONICAL, "a61529eb51852c7bb6fe396bd62dadcd");
  }

  @Test
  void qqconnectSkipsSignParameterAndKeepsRawValues() throws Exception {
    String key = "k3y-for-test";
    Cli.Result r = Cli.run("sign", "qqconnect", "--key", key, "sign=abc", "b=x y&z", "a=", "c=名字");
    String middle = "$a$$b$x y&z$c$名字";
    assertSigned(r, "****" + middle + "****", Crypto.md5Hex(key + middle + key));
  }

  @Test
  void qosHmacSha256Vector() throws Exception {
    Cli.Result r =
        Cli.run(
            args(
                new String[] {
                  "sign",
                  "qos",
                  "--secret-key",
                  QOS_KEY,
                  "--host",
                  "cvm.api.qcloud.com",
                  "--path",
                  "/v2/index.php"
                },
                QOS_PARAMS));
    assertSigned(r, QOS_TEXT_SHA256, "0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s=");
    // The same with every option spelled out.
    Cli.Result explicit =
        Cli.run(
            args(
                new String[] {
                  "sign",
                  "qos",
                  "--secret-key",
                  QOS_KEY,
                  "--method",
                  "GET",
                  "--host",
                  "cvm.api.qcloud.com",
                  "--path",
                  "/v2/index.php",
                  "--signature-method",
                  "HmacSHA256"
                },
                reversed(QOS_PARAMS)));
    assertSigned(explicit, QOS_TEXT_SHA256, "0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s=");
  }

  @Test
  void qosHmacSha1Vector() throws Exception {
    Cli.Result r =
        Cli.run(
            args(
                new String[] {
                  "sign",
                  "qos",
                  "--secret-key",
                  QOS_KEY,
                  "--host",
                  "cvm.api.qcloud.com",
                  "--path",
                  "/v2/index.php",
                  "--signature-method",
                  "HmacSHA1"
                },
                QOS_PARAMS));
    assertSigned(r, QOS_TEXT_SHA1, "nPVnY6njQmwQ8ciqbPl5Qe+Oru4=");
  }

  @Test
  void qosNoneSignsWithoutSignatureMethodUsingHmacSha1() throws Exception {
    Cli.Result r =
        Cli.run(
            args(
                new String[] {
                  "sign",
                  "qos",
                  "--secret-key",
                  QOS_KEY,
                  "--host",
                  "cvm.api.qcloud.com",
                  "--path",
                  "/v2/index.php",
                  "--signature-method",
                  "none"
                },
                QOS_PARAMS));
    String text =
        "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg"
            + "&Nonce=11886&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"
            + "&Timestamp=1465185768";
    assertSigned(r, text, Crypto.hmacBase64("HmacSHA1", QOS_KEY, text));
  }

  @Test
  void qosDefaultsHostPathMethodAndRewritesUnderscoresAfterSorting() throws Exception {
    String key = "qos-secret-key";
    Cli.Result r =
        Cli.run(
            "sign",
            "qos",
            "--secret-key",
            key,
            "Action=geturl",
            "Phone_NO=",
            "PhoneNO=13800000000",
            "Nonce=1");
    // Sorted by the names as given ("PhoneNO" < "Phone_NO"), then '_' written as '.'.
    String text =
        "GETqos.api.cloud.tencent.com/qos?Action=geturl&Nonce=1&PhoneNO=13800000000&Phone.NO="
            + "&SignatureMethod=HmacSHA256";
    assertSigned(r, text, Crypto.hmacBase64("HmacSHA256", key, text));
  }

  @Test
  void qosPost() throws Exception {
    String key = "qos-secret-key";
    Cli.Result r = Cli.run("sign", "qos", "--secret-key", key, "--method", "post", "Action=open");
    String text = "POSTqos.api.cloud.tencent.com/qos?Action=open&SignatureMethod=HmacSHA256";
    assertSigned(r, text, Crypto.hmacBase64("HmacSHA256", key, text));
  }

  @Test
  void qosRejectsSignatureMethodParameterAndBadOptions() {
    assertThat(Cli.run("sign", "qos", "--secret-key", "k", "SignatureMethod=HmacSHA1").exit)
        .isEqualTo(2);
    Cli.Result bad = Cli.run("sign", "qos", "--secret-key", "k", "--signature-method", "md5");
    assertThat(bad.exit).isEqualTo(2);
    assertThat(bad.err).contains("--signature-method");
    assertThat(Cli.run("sign", "qos", "--secret-key", "k", "--method", "PUT").exit).isEqualTo(2);
    assertThat(Cli.run("sign", "qos", "--secret-key", "k", "--host", "https://x.com").exit)
        .isEqualTo(2);
    assertThat(Cli.run("sign", "qos", "--secret-key", "k", "--path", "qos").exit).isEqualTo(2);
  }

  @Test
  void openapiVector() throws Exception {
    Cli.Result r =
        Cli.run(
            args(
                new String[] {
                  "sign", "openapi", "--appkey", OPENAPI_KEY, "--path", "/v3/user/get_info"
                },
                OPENAPI_PARAMS));
    assertSigned(r, OPENAPI_SOURCE, "FdJkiDYwMj5Aj1UG2RUPc83iokk=");
    Cli.Result explicitGet =
        Cli.run(
            args(
                new String[] {
                  "sign",
                  "openapi",
                  "--appkey",
                  OPENAPI_KEY,
                  "--method",
                  "GET",
                  "--path",
                  "/v3/user/get_info"
                },
                reversed(OPENAPI_PARAMS)));
    assertSigned(explicitGet, OPENAPI_SOURCE, "FdJkiDYwMj5Aj1UG2RUPc83iokk=");
  }

  @Test
  void openapiPostAndEncoding() throws Exception {
    Cli.Result r =
        Cli.run(
            "sign",
            "openapi",
            "--appkey",
            OPENAPI_KEY,
            "--method",
            "POST",
            "--path",
            "/v3/user/is_login",
            "openid=1",
            "note=a b~*");
    // Raw values joined, then the whole string encoded once: ' ' is %20, '~' %7E, '*' %2A.
    String source = "POST&%2Fv3%2Fuser%2Fis_login&note%3Da%20b%7E%2A%26openid%3D1";
    assertSigned(r, source, Crypto.hmacBase64("HmacSHA1", OPENAPI_KEY + "&", source));
  }

  @Test
  void openapiNeedsPath() {
    Cli.Result r = Cli.run("sign", "openapi", "--appkey", OPENAPI_KEY, "openid=1");
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("missing option --path").doesNotContain(OPENAPI_KEY);
  }

  @Test
  void msdkIsMd5OfKeyAndTimestamp() throws Exception {
    String key = "5d2a4f3b8e0c1f6a9b7d";
    Cli.Result r = Cli.run("sign", "msdk", "--key", key, "--timestamp", "1700000000");
    assertSigned(r, "****1700000000", Crypto.md5Hex(key + "1700000000"));
  }

  @Test
  void msdkRejectsBadTimestamp() {
    for (String ts : new String[] {"", "-1", "17e8", "1.5", "abc"}) {
      Cli.Result r = Cli.run("sign", "msdk", "--key", "secret-key-1", "--timestamp", ts);
      assertThat(r.exit).as(ts).isEqualTo(2);
      assertThat(r.out).isEmpty();
      assertThat(r.err).doesNotContain("secret-key-1");
    }
    assertThat(Cli.run("sign", "msdk", "--key", "k").exit).isEqualTo(2);
  }

  @Test
  void vipCallbackIsMd5OfDataAndAppkey() throws Exception {
    String appkey = "vip-appkey-0123";
    String data =
        "{\"openid\":\"8A3B\",\"order_id\":\"20160101\",\"price\":\"10\",\"name\":\"会员\","
            + "\"note\":\"a\\\"b\\\\c\"}";
    Cli.Result r = Cli.run("sign", "vip-callback", "--appkey", appkey, "--data", data);
    assertSigned(r, data + "****", Crypto.md5Hex(data + appkey));
  }

  @Test
  void vipCallbackRequiresBothOptionsAndTakesNoParameters() {
    assertThat(Cli.run("sign", "vip-callback", "--appkey", "k").exit).isEqualTo(2);
    assertThat(Cli.run("sign", "vip-callback", "--data", "{}").exit).isEqualTo(2);
    assertThat(Cli.run("sign", "vip-callback", "--appkey", "k", "--data", "{}", "a=b").exit)
        .isEqualTo(2);
  }

  @Test
  void usageErrorsNeverRepeatTheKey() {
    String key = "VERY-SECRET-KEY-42";
    String[][] lines = {
      {"sign", "qqconnect", "--key", key, "not-a-parameter"},
      {"sign", "qqconnect", "--key", key, "--key", key},
      {"sign", "qqconnect", "--key", key, "a=1", "a=2"},
      {"sign", "qqconnect", "--key", key, "=1"},
      {"sign", "qqconnect", "--key", key, "--bogus=" + key},
      {"sign", "qqconnect", key},
      {"sign", "msdk", "--key", key, "--timestamp", key},
      {"sign", "qqconnect", "--key"},
      {"sign", key},
      {key},
    };
    for (String[] line : lines) {
      Cli.Result r = Cli.run(line);
      assertThat(r.exit).as(Arrays.toString(line)).isEqualTo(2);
      assertThat(r.out).isEmpty();
      assertThat(r.err).as(Arrays.toString(line)).doesNotContain(key).isNotEmpty();
    }
  }

  @Test
  void missingKeyIsAUsageError() {
    Cli.Result r = Cli.run("sign", "qqconnect", "a=1");
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err)
        .contains("missing option --key")
        .contains("Usage: gamesdk-cli sign qqconnect --key KEY");
    assertThat(Cli.run("sign", "qqconnect", "--key=", "a=1").exit).isEqualTo(2);
  }

  @Test
  void parameterValueKeepsLaterEqualsSigns() throws Exception {
    Cli.Result r = Cli.run("sign", "qqconnect", "--key", "key123", "a=b=c");
    assertSigned(r, "****$a$b=c****", Crypto.md5Hex("key123$a$b=ckey123"));
  }
}
