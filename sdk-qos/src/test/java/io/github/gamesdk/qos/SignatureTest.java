package io.github.gamesdk.qos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.http.WireRequest;
import io.github.gamesdk.core.sign.CloudApiV2Signer;
import io.github.gamesdk.qos.internal.QosWire;
import io.github.gamesdk.qos.model.GetUrlRequest;
import io.github.gamesdk.qos.model.OpenRequest;
import io.github.gamesdk.qos.model.ReqType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * The {@code Signature} of requests built with a fixed clock and nonce equals an HMAC computed here
 * with javax.crypto over a plain text written out by hand from PROTOCOLS.md §5, and the request
 * sends every value URL-encoded exactly once.
 */
class SignatureTest {
  /** The secret key of Tencent's API 2.0 documentation, paired there with the seed's SecretId. */
  static final String KEY = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA";

  static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA";
  static final long TIMESTAMP = 1496203804L;
  static final int NONCE = 345666;

  /** The seed's geturl example (lines 64-73). */
  static GetUrlRequest seedGeturl() {
    return GetUrlRequest.builder()
        .reqType(ReqType.SERVER)
        .versionId("1.2")
        .privateIp("23.4.5.5")
        .publicIp("124.4.5.6")
        .deviceCode("xxx-yyy")
        .build();
  }

  /** The seed's open example (lines 180-191). */
  static OpenRequest seedOpen() {
    return OpenRequest.builder()
        .versionId("1.2")
        .privateIp("23.4.5.5")
        .publicIp("124.4.5.6")
        .phoneNo("aSesdHJJsdx")
        .addDstIps("1.1.1.1", "2.2.2.2")
        .deviceCode("xxx-yyy")
        .build();
  }

  static QosWire wire(String baseUrl, CloudApiV2Signer.Method method) {
    return new QosWire(
        "8282828",
        SECRET_ID,
        Secret.of(KEY),
        HttpUrl.get(baseUrl),
        method,
        Clock.fixed(Instant.ofEpochSecond(TIMESTAMP), ZoneOffset.UTC),
        NonceSource.fixed(NONCE));
  }

  static String hmac(String algorithm, String text) throws Exception {
    Mac mac = Mac.getInstance(algorithm);
    mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), algorithm));
    return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Splits the raw query as sent and decodes each value once, independently of OkHttp. */
  static Map<String, String> decodedOnce(HttpUrl url) throws Exception {
    Map<String, String> p = new LinkedHashMap<>();
    for (String pair : url.encodedQuery().split("&")) {
      int eq = pair.indexOf('=');
      p.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), "UTF-8"));
    }
    return p;
  }

  @Test
  void seedGeturlIsSignedWithHmacSha256OverTheDocumentedHost() throws Exception {
    WireRequest w = wire("https://qos.api.cloud.tencent.com", CloudApiV2Signer.Method.HMAC_SHA256)
        .request("geturl", seedGeturl());
    String plain =
        "GETqos.api.cloud.tencent.com/qos?Action=geturl&DeviceCode=xxx-yyy&GameId=8282828"
            + "&Nonce=345666&PrivateIP=23.4.5.5&PublicIP=124.4.5.6&ReqType=1"
            + "&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&SignatureMethod=HmacSHA256"
            + "&Timestamp=1496203804&VersionId=1.2";
    String expected = hmac("HmacSHA256", plain);
    HttpUrl url = w.url();
    assertThat(url.scheme()).isEqualTo("https");
    assertThat(url.host()).isEqualTo("qos.api.cloud.tencent.com");
    assertThat(url.encodedPath()).isEqualTo("/qos");
    Map<String, String> sent = decodedOnce(url);
    assertThat(sent.get("Signature")).isEqualTo(expected);
    assertThat(sent)
        .containsEntry("Action", "geturl")
        .containsEntry("ReqType", "1")
        .containsEntry("GameId", "8282828")
        .containsEntry("SecretId", SECRET_ID)
        .containsEntry("Timestamp", "1496203804")
        .containsEntry("Nonce", "345666")
        .containsEntry("SignatureMethod", "HmacSHA256")
        .hasSize(12);
    // 32 bytes of HMAC-SHA256, as the seed's example Signature (line 74) implies.
    assertThat(Base64.getDecoder().decode(expected)).hasSize(32);
  }

  @Test
  void seedOpenSignsPhoneNoAndTheCommaJoinedDstIp() throws Exception {
    WireRequest w = wire("https://qos.api.qcloud.com", CloudApiV2Signer.Method.HMAC_SHA256).request("open", seedOpen());
    String plain =
        "GETqos.api.qcloud.com/qos?Action=open&DeviceCode=xxx-yyy&DstIP=1.1.1.1,2.2.2.2"
            + "&GameId=8282828&Nonce=345666&PhoneNO=aSesdHJJsdx&PrivateIP=23.4.5.5"
            + "&PublicIP=124.4.5.6&ReqType=1&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"
            + "&SignatureMethod=HmacSHA256&Timestamp=1496203804&VersionId=1.2";
    Map<String, String> sent = decodedOnce(w.url());
    assertThat(sent.get("Signature")).isEqualTo(hmac("HmacSHA256", plain));
    assertThat(sent).containsEntry("DstIP", "1.1.1.1,2.2.2.2").containsEntry("PhoneNO", "aSesdHJJsdx");
    // What the executor logs at debug level: no Signature, PhoneNO masked.
    assertThat(w.toString())
        .contains("Action=open", "PhoneNO=****dx", "Signature=****")
        .doesNotContain("aSesdHJJsdx")
        .doesNotContain(java.net.URLEncoder.encode(sent.get("Signature"), "UTF-8"));
  }

  @Test
  void hmacSha1AndNoSignatureMethod() throws Exception {
    String tail =
        "&GameId=8282828&Nonce=345666&PrivateIP=23.4.5.5&PublicIP=124.4.5.6&ReqType=1"
            + "&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA";
    Map<String, String> sha1 =
        decodedOnce(wire("https://qos.api.cloud.tencent.com", CloudApiV2Signer.Method.HMAC_SHA1)
            .request("geturl", seedGeturl()).url());
    assertThat(sha1.get("SignatureMethod")).isEqualTo("HmacSHA1");
    assertThat(sha1.get("Signature"))
        .isEqualTo(hmac("HmacSHA1", "GETqos.api.cloud.tencent.com/qos?Action=geturl&DeviceCode=xxx-yyy" + tail
            + "&SignatureMethod=HmacSHA1&Timestamp=1496203804&VersionId=1.2"));
    Map<String, String> none =
        decodedOnce(wire("https://qos.api.cloud.tencent.com", CloudApiV2Signer.Method.NONE)
            .request("geturl", seedGeturl()).url());
    assertThat(none).doesNotContainKey("SignatureMethod");
    assertThat(none.get("Signature"))
        .isEqualTo(hmac("HmacSHA1", "GETqos.api.cloud.tencent.com/qos?Action=geturl&DeviceCode=xxx-yyy" + tail
            + "&Timestamp=1496203804&VersionId=1.2"));
  }

  @Test
  void theSignedHostIsTheHostHeaderOfTheBaseUrl() throws Exception {
    assertThat(wire("https://qos.api.cloud.tencent.com", CloudApiV2Signer.Method.HMAC_SHA256).signedHost())
        .isEqualTo("qos.api.cloud.tencent.com");
    assertThat(wire("https://qos.api.cloud.tencent.com:443", CloudApiV2Signer.Method.HMAC_SHA256).signedHost())
        .isEqualTo("qos.api.cloud.tencent.com");
    assertThat(wire("http://qos.api.qcloud.com:80", CloudApiV2Signer.Method.HMAC_SHA256).signedHost())
        .isEqualTo("qos.api.qcloud.com");
    assertThat(wire("http://[::1]:9000", CloudApiV2Signer.Method.HMAC_SHA256).signedHost()).isEqualTo("[::1]:9000");
    QosWire local = wire("http://127.0.0.1:8080", CloudApiV2Signer.Method.HMAC_SHA256);
    assertThat(local.signedHost()).isEqualTo("127.0.0.1:8080");
    Map<String, String> sent = decodedOnce(local.request("geturl", seedGeturl()).url());
    assertThat(sent.get("Signature"))
        .isEqualTo(hmac("HmacSHA256", "GET127.0.0.1:8080/qos?Action=geturl&DeviceCode=xxx-yyy&GameId=8282828"
            + "&Nonce=345666&PrivateIP=23.4.5.5&PublicIP=124.4.5.6&ReqType=1"
            + "&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&SignatureMethod=HmacSHA256"
            + "&Timestamp=1496203804&VersionId=1.2"));
  }

  @Test
  void everyValueIsUrlEncodedExactlyOnce() throws Exception {
    // Values holding the characters that matter: the base64 Signature's + / =, a space, a comma,
    // non-ASCII text, and an empty PhoneNO (kept, seed 000 line 160).
    OpenRequest r =
        OpenRequest.builder()
            .reqType(ReqType.CLIENT)
            .versionId("1.2 beta+/=版本")
            .privateIp("10.0.0.1")
            .phoneNo("")
            .addDstIps("1.1.1.1")
            .build();
    QosWire w = wire("https://qos.api.cloud.tencent.com", CloudApiV2Signer.Method.HMAC_SHA256);
    for (int nonce = 0; nonce < 40; nonce++) {
      HttpUrl url =
          new QosWire("8282828", SECRET_ID, Secret.of(KEY), HttpUrl.get("https://qos.api.cloud.tencent.com"),
                  CloudApiV2Signer.Method.HMAC_SHA256,
                  Clock.fixed(Instant.ofEpochSecond(TIMESTAMP + nonce), ZoneOffset.UTC),
                  NonceSource.fixed(NONCE + nonce))
              .request("open", r).url();
      String raw = url.encodedQuery();
      assertThat(raw).doesNotContain("+").doesNotContain("%25").contains("PhoneNO=&");
      Map<String, String> sent = decodedOnce(url);
      assertThat(sent.get("VersionId")).isEqualTo("1.2 beta+/=版本");
      String plain =
          "GETqos.api.cloud.tencent.com/qos?Action=open&DstIP=1.1.1.1&GameId=8282828&Nonce=" + (NONCE + nonce)
              + "&PhoneNO=&PrivateIP=10.0.0.1&ReqType=0&SecretId=" + SECRET_ID
              + "&SignatureMethod=HmacSHA256&Timestamp=" + (TIMESTAMP + nonce) + "&VersionId=1.2 beta+/=版本";
      assertThat(sent.get("Signature")).isEqualTo(hmac("HmacSHA256", plain));
    }
    assertThat(w.signedHost()).isEqualTo("qos.api.cloud.tencent.com");
  }

  @Test
  void everyAttemptGetsAFreshTimestampAndNonce() throws Exception {
    Clock ticking = new Clock() {
      private long second = TIMESTAMP;

      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return Instant.ofEpochSecond(second++);
      }
    };
    QosWire w = new QosWire("8282828", SECRET_ID, Secret.of(KEY), HttpUrl.get("https://qos.api.cloud.tencent.com"),
        CloudApiV2Signer.Method.HMAC_SHA256, ticking, NonceSource.fixed(11, 22));
    Map<String, String> first = decodedOnce(w.request("geturl", seedGeturl()).url());
    Map<String, String> second = decodedOnce(w.request("geturl", seedGeturl()).url());
    assertThat(first).containsEntry("Nonce", "11").containsEntry("Timestamp", "1496203804");
    assertThat(second).containsEntry("Nonce", "22").containsEntry("Timestamp", "1496203805");
    assertThat(first.get("Signature")).isNotEqualTo(second.get("Signature"));
  }

  @Test
  void aNonPositiveNonceIsRefused() {
    QosWire w = new QosWire("8282828", SECRET_ID, Secret.of(KEY), HttpUrl.get("https://qos.api.cloud.tencent.com"),
        CloudApiV2Signer.Method.HMAC_SHA256, Clock.systemUTC(), () -> 0);
    assertThatThrownBy(() -> w.request("geturl", seedGeturl()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("Nonce"));
    assertThatThrownBy(() -> NonceSource.fixed(-1)).isInstanceOf(IllegalArgumentException.class);
    NonceSource random = NonceSource.random();
    for (int i = 0; i < 1000; i++) {
      assertThat(random.nextNonce()).isPositive();
    }
  }
}
