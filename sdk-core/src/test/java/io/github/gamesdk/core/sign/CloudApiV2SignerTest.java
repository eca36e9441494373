package io.github.gamesdk.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.sign.CloudApiV2Signer.Method;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CloudApiV2SignerTest {
  /** PROTOCOLS.md §5, from the Tencent Cloud API 2.0 documentation. */
  private static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA";

  private static final String HOST = "cvm.api.qcloud.com";
  private static final String PATH = "/v2/index.php";

  private static Map<String, String> docParams(String signatureMethod) {
    return Strings.mapOf(
        "Action", "DescribeInstances",
        "Nonce", "11886",
        "Region", "ap-guangzhou",
        "SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA",
        "SignatureMethod", signatureMethod,
        "Timestamp", "1465185768",
        "InstanceIds.0", "ins-09dx96dg");
  }

  private static String docText(String signatureMethod) {
    return "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances"
        + "&InstanceIds.0=ins-09dx96dg&Nonce=11886&Region=ap-guangzhou"
        + "&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&SignatureMethod="
        + signatureMethod
        + "&Timestamp=1465185768";
  }

  private final CloudApiV2Signer signer = CloudApiV2Signer.of(Secret.of(SECRET_KEY));

  @Test
  void hmacSha256Vector() {
    SignatureResult r = signer.sign("GET", HOST, PATH, docParams("HmacSHA256"));
    assertThat(r.canonical()).isEqualTo(docText("HmacSHA256"));
    assertThat(r.signature()).isEqualTo("0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s=");
  }

  @Test
  void hmacSha1Vector() {
    SignatureResult r = signer.sign("GET", HOST, PATH, docParams("HmacSHA1"));
    assertThat(r.canonical()).isEqualTo(docText("HmacSHA1"));
    assertThat(r.signature()).isEqualTo("nPVnY6njQmwQ8ciqbPl5Qe+Oru4=");
  }

  @Test
  void underscoreInNameIsSignedAsDot() {
    Map<String, String> p = docParams("HmacSHA256");
    p.remove("InstanceIds.0");
    p.put("InstanceIds_0", "ins-09dx96dg");
    p.put("Signature", "ignored");
    SignatureResult r = signer.sign("GET", HOST, PATH, p);
    assertThat(r.canonical()).isEqualTo(docText("HmacSHA256"));
    assertThat(r.signature()).isEqualTo("0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s=");
  }

  @Test
  void sortsBeforeRewritingUnderscores() {
    // As sent, 'Z' (0x5A) sorts before '_' (0x5F); rewritten first, '.' (0x2E) would come first.
    Map<String, String> p = Strings.mapOf("a_", "1", "aZ", "2", "b.c", "3", "b_b", "4");
    SignatureResult r = signer.sign("GET", "h", "/p", p);
    assertThat(r.canonical()).isEqualTo("GETh/p?aZ=2&a.=1&b.c=3&b.b=4");
  }

  @Test
  void emptyValuesStayAndValuesAreRaw() {
    Map<String, String> p =
        Strings.mapOf("PhoneNO", "", "Action", "open", "Data", "a b&c=d+e/f%20\u4e2d");
    SignatureResult r = signer.sign("GET", "qos.api.cloud.tencent.com", "/qos", p);
    assertThat(r.canonical())
        .isEqualTo("GETqos.api.cloud.tencent.com/qos?Action=open&Data=a b&c=d+e/f%20\u4e2d&PhoneNO=");
  }

  @Test
  void noSignatureMethodMeansHmacSha1() {
    Map<String, String> p = docParams("x");
    p.remove("SignatureMethod");
    SignatureResult r = signer.sign("GET", HOST, PATH, p);
    assertThat(r.signature())
        .isEqualTo(Reference.hmacBase64("HmacSHA1", SECRET_KEY, r.canonical()))
        .hasSize(28);
    assertThat(r.canonical()).doesNotContain("SignatureMethod");
  }

  @Test
  void methodEnum() {
    assertThat(Method.HMAC_SHA256.parameterValue()).isEqualTo("HmacSHA256");
    assertThat(Method.HMAC_SHA1.parameterValue()).isEqualTo("HmacSHA1");
    assertThat(Method.NONE.parameterValue()).isNull();
    assertThat(Method.fromName("HmacSHA256")).isEqualTo(Method.HMAC_SHA256);
    assertThat(Method.fromName("hmacsha256")).isEqualTo(Method.HMAC_SHA256);
    assertThat(Method.fromName("HMACSHA1")).isEqualTo(Method.HMAC_SHA1);
    assertThat(Method.fromName("None")).isEqualTo(Method.NONE);
    assertThatThrownBy(() -> Method.fromName("HmacSHA512"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Method.fromName(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keyNeverShown() {
    SignatureResult r = signer.sign("GET", HOST, PATH, docParams("HmacSHA256"));
    assertThat(r.canonical()).doesNotContain(SECRET_KEY);
    assertThat(r.toString()).doesNotContain(SECRET_KEY).doesNotContain(r.signature());
    assertThat(signer.toString()).doesNotContain(SECRET_KEY);
  }

  @Test
  void invalidArguments() {
    Map<String, String> p = docParams("HmacSHA256");
    assertThatThrownBy(() -> signer.sign("get", HOST, PATH, p))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> signer.sign(null, HOST, PATH, p))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> signer.sign("GET", null, PATH, p))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> signer.sign("GET", HOST, null, p))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> signer.sign("GET", HOST, PATH, null))
        .isInstanceOf(NullPointerException.class);
    p.put("Nonce", null);
    assertThatThrownBy(() -> signer.sign("GET", HOST, PATH, p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter Nonce has no value");
    assertThatThrownBy(() -> CloudApiV2Signer.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Property
  void matchesReference(
      @ForAll("key") String key,
      @ForAll("params") Map<String, String> params,
      @ForAll("signatureMethod") String signatureMethod,
      @ForAll("httpMethod") String httpMethod) {
    Map<String, String> p = new HashMap<>(params);
    if (signatureMethod != null) {
      p.put("SignatureMethod", signatureMethod);
    }
    SignatureResult r =
        CloudApiV2Signer.of(Secret.of(key)).sign(httpMethod, "qos.api.cloud.tencent.com", "/qos", p);
    assertThat(r.canonical())
        .isEqualTo(Reference.cloudApiV2Text(httpMethod, "qos.api.cloud.tencent.com", "/qos", p));
    assertThat(r.signature())
        .isEqualTo(
            Reference.cloudApiV2Sign(key, httpMethod, "qos.api.cloud.tencent.com", "/qos", p));
  }

  @Property
  void orderIndependent(@ForAll("params") Map<String, String> params, @ForAll long seed) {
    SignatureResult expected = signer.sign("GET", HOST, PATH, new HashMap<>(params));
    assertThat(signer.sign("GET", HOST, PATH, Strings.shuffled(params, seed))).isEqualTo(expected);
    assertThat(signer.sign("GET", HOST, PATH, new TreeMap<>(params))).isEqualTo(expected);
    Map<String, String> reversed = new TreeMap<>(Collections.reverseOrder());
    reversed.putAll(params);
    assertThat(signer.sign("GET", HOST, PATH, reversed)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<Map<String, String>> params() {
    return Strings.params();
  }

  @Provide
  Arbitrary<String> key() {
    return Strings.text(1, 10);
  }

  @Provide
  Arbitrary<String> signatureMethod() {
    return Arbitraries.of("HmacSHA256", "HmacSHA1", "hmacsha256", "").injectNull(0.3);
  }

  @Provide
  Arbitrary<String> httpMethod() {
    return Arbitraries.of("GET", "POST");
  }
}
