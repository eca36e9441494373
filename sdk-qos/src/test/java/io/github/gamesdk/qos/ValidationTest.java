package io.github.gamesdk.qos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.qos.model.CloseRequest;
import io.github.gamesdk.qos.model.GetUrlRequest;
import io.github.gamesdk.qos.model.ImmutableOpenRequest;
import io.github.gamesdk.qos.model.MobileUrlRequest;
import io.github.gamesdk.qos.model.OpenRequest;
import io.github.gamesdk.qos.model.ReqType;
import java.util.Arrays;
import java.util.Collections;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The documented rules of seed 000 are checked before anything is sent, naming the vendor field. */
class ValidationTest {
  static void assertInvalid(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  static ImmutableOpenRequest.Builder open() {
    return OpenRequest.builder().privateIp("23.4.5.5").publicIp("124.4.5.6").phoneNo("aSesdHJJsdx").addDstIps("1.1.1.1");
  }

  @Test
  void reqTypeDefaultsToServerAndThenPublicIpIsRequired() {
    // Seed 000 line 27: "用户手机外网 IP（若 ReqType=1，必填）".
    assertThat(GetUrlRequest.builder().privateIp("10.0.0.1").publicIp("1.2.3.4").build().reqType())
        .isEqualTo(ReqType.SERVER);
    assertInvalid(() -> GetUrlRequest.builder().privateIp("10.0.0.1").build(), "PublicIP");
    assertInvalid(() -> OpenRequest.builder().privateIp("10.0.0.1").phoneNo("").addDstIps("1.1.1.1").build(), "PublicIP");
    // ReqType=0: the phone itself asks; PublicIP may be left out.
    GetUrlRequest client = GetUrlRequest.builder().reqType(ReqType.CLIENT).privateIp("10.0.0.1").build();
    assertThat(client.publicIp()).isNull();
    assertThat(ReqType.of(0)).isEqualTo(ReqType.CLIENT);
    assertThat(ReqType.of(1)).isEqualTo(ReqType.SERVER);
    assertInvalid(() -> ReqType.of(2), "ReqType");
  }

  @Test
  void ipAddressesAreStrictDottedQuads() {
    for (String bad :
        new String[] {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.04", " 1.2.3.4", "1.2.3.4 ",
          "1..3.4", "1.2.3.", ".1.2.3", "-1.2.3.4", "+1.2.3.4", "a.b.c.d", "1.2.3.4/24", "::1", "1.2.3.4,5.6.7.8",
          "１.2.3.4", "1000.1.1.1"}) {
      assertInvalid(() -> GetUrlRequest.builder().privateIp(bad).publicIp("1.2.3.4").build(), "PrivateIP");
      assertInvalid(() -> GetUrlRequest.builder().privateIp("1.2.3.4").publicIp(bad).build(), "PublicIP");
      assertInvalid(() -> open().dstIps(Collections.singletonList(bad)).build(), "DstIP");
    }
    for (String good : new String[] {"0.0.0.0", "255.255.255.255", "10.0.0.1", "100.64.0.1", "23.4.5.5"}) {
      assertThat(GetUrlRequest.forServer(good, good).privateIp()).isEqualTo(good);
    }
  }

  @Property(tries = 300)
  void everyDottedQuadIsAcceptedAndALeadingZeroIsNot(
      @ForAll @IntRange(max = 255) int a,
      @ForAll @IntRange(max = 255) int b,
      @ForAll @IntRange(max = 255) int c,
      @ForAll @IntRange(min = 1, max = 99) int d) {
    String ip = a + "." + b + "." + c + "." + d;
    assertThat(GetUrlRequest.forServer(ip, ip).publicIp()).isEqualTo(ip);
    String padded = a + "." + b + "." + c + ".0" + d;
    assertInvalid(() -> GetUrlRequest.forServer(padded, ip), "PrivateIP");
  }

  @Test
  void dstIpHoldsOneToFourAddresses() {
    // Seed 000 line 148: "目标 IP（最多 4 个，逗号分开）".
    assertThat(open().dstIps(Arrays.asList("1.1.1.1", "2.2.2.2", "3.3.3.3", "4.4.4.4")).build().dstIps()).hasSize(4);
    assertInvalid(() -> open().dstIps(Arrays.asList("1.1.1.1", "2.2.2.2", "3.3.3.3", "4.4.4.4", "5.5.5.5")).build(), "DstIP");
    assertInvalid(() -> open().dstIps(Collections.<String>emptyList()).build(), "DstIP");
    assertInvalid(
        () -> CloseRequest.builder().privateIp("1.2.3.4").publicIp("1.2.3.4").phoneNo("").build(), "DstIP");
  }

  @Test
  void phoneNoMayBeEmptyButIsRequiredAndNeverPrinted() {
    // Seed 000 line 160: "有一些电信的用户无法获得 PhoneNO 参数，则传一个空字符 "" 代替".
    assertThat(open().phoneNo("").build().phoneNo()).isEmpty();
    assertThatThrownBy(
            () -> OpenRequest.builder().privateIp("23.4.5.5").publicIp("124.4.5.6").addDstIps("1.1.1.1").build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("phoneNo");
    assertThatThrownBy(() -> open().phoneNo(null)).isInstanceOf(InvalidRequestException.class);
    assertInvalid(() -> open().phoneNo("abc\ndef").build(), "PhoneNO");
    OpenRequest r = open().phoneNo("13812345678").build();
    assertThat(r.toString()).doesNotContain("13812345678").doesNotContain("5678").contains("phoneNo=****");
    assertThat(CloseRequest.of(r).toString()).doesNotContain("13812345678");
  }

  @Test
  void optionalTextIsLeftOutRatherThanBlank() {
    assertInvalid(() -> GetUrlRequest.builder().privateIp("1.2.3.4").publicIp("1.2.3.4").versionId(" ").build(), "VersionId");
    assertInvalid(() -> GetUrlRequest.builder().privateIp("1.2.3.4").publicIp("1.2.3.4").deviceCode("").build(), "DeviceCode");
    assertInvalid(() -> GetUrlRequest.builder().privateIp("1.2.3.4").publicIp("1.2.3.4").deviceCode("a\tb").build(), "DeviceCode");
  }

  @Test
  void missingRequiredFieldsAreInvalidRequests() {
    assertThatThrownBy(() -> GetUrlRequest.builder().publicIp("1.2.3.4").build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("privateIp");
    assertThatThrownBy(() -> GetUrlRequest.builder().privateIp(null)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void closeCopiesOpen() {
    OpenRequest o = open().versionId("1.2").deviceCode("xxx-yyy").addDstIps("2.2.2.2").build();
    CloseRequest c = CloseRequest.of(o);
    assertThat(c.reqType()).isEqualTo(o.reqType());
    assertThat(c.versionId()).isEqualTo("1.2");
    assertThat(c.privateIp()).isEqualTo("23.4.5.5");
    assertThat(c.publicIp()).isEqualTo("124.4.5.6");
    assertThat(c.phoneNo()).isEqualTo("aSesdHJJsdx");
    assertThat(c.dstIps()).containsExactly("1.1.1.1", "2.2.2.2");
    assertThat(c.deviceCode()).isEqualTo("xxx-yyy");
  }

  @Test
  void mobileUrlMustBeAUrl() {
    assertThat(MobileUrlRequest.of("http://xxx.com").mobileUrl()).isEqualTo("http://xxx.com");
    assertInvalid(() -> MobileUrlRequest.of("unknown"), "mobileUrl");
    assertInvalid(() -> MobileUrlRequest.of("ftp://x/y"), "mobileUrl");
    assertThatThrownBy(() -> MobileUrlRequest.of(null)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void clientSettingsAreChecked() {
    assertInvalid(() -> QosClient.builder().gameId(""), "GameId");
    assertInvalid(() -> QosClient.builder().gameId("82 82"), "GameId");
    assertInvalid(() -> QosClient.builder().secretId("AKID x"), "SecretId");
    assertInvalid(() -> QosClient.builder().baseUrl("https://qos.api.cloud.tencent.com/qos"), "baseUrl");
    assertInvalid(() -> QosClient.builder().baseUrl("https://h/?a=1"), "baseUrl");
    assertInvalid(() -> QosClient.builder().baseUrl("qos.api.cloud.tencent.com"), "baseUrl");
    assertInvalid(() -> QosClient.builder().secretId("AKID").secretKey(Secret.of("k")).build(), "GameId");
    assertInvalid(() -> QosClient.builder().gameId("1").secretKey(Secret.of("k")).build(), "SecretId");
    assertInvalid(() -> QosClient.builder().gameId("1").secretId("AKID").build(), "SecretKey");
    QosClient c =
        QosClient.builder().gameId("8282828").secretId("AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA")
            .secretKey(Secret.of("Gu5t9xGARNpq86cd98joQYCN3Cozk1qA")).build();
    assertThat(c.baseUrl().toString()).isEqualTo("https://qos.api.cloud.tencent.com/");
    assertThat(c.signedHost()).isEqualTo("qos.api.cloud.tencent.com");
    assertThat(c.signatureMethod().parameterValue()).isEqualTo("HmacSHA256");
    assertThat(c.toString()).contains("8282828").doesNotContain("Gu5t9x").doesNotContain("AKIDz8");
    assertInvalid(() -> c.geturl(null), "request");
    assertThatThrownBy(() -> c.openAsync(null).get())
        .hasCauseInstanceOf(InvalidRequestException.class);
  }

  @Test
  void errorCodeLookupNeverReturnsNull() {
    assertThat(QosErrorCode.of(1)).isEqualTo(QosErrorCode.GET_URL_FAILED);
    assertThat(QosErrorCode.of(4002)).isEqualTo(QosErrorCode.NOT_SUPPORTED);
    assertThat(QosErrorCode.of(4500).category().isRetryable()).isTrue();
    assertThat(QosErrorCode.of(4104).category().name()).isEqualTo("FIX_REQUEST");
    assertThat(QosErrorCode.of(12345)).isEqualTo(QosErrorCode.UNKNOWN);
    assertThat(QosEndpoints.GETURL.idempotent()).isTrue();
    assertThat(QosEndpoints.MOBILE_URL.idempotent()).isTrue();
    assertThat(QosEndpoints.OPEN.idempotent()).isFalse();
    assertThat(QosEndpoints.CLOSE.idempotent()).isFalse();
  }
}
