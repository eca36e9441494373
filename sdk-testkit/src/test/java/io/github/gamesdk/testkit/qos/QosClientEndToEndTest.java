package io.github.gamesdk.testkit.qos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.sign.CloudApiV2Signer;
import io.github.gamesdk.qos.NonceSource;
import io.github.gamesdk.qos.QosClient;
import io.github.gamesdk.qos.QosErrorCode;
import io.github.gamesdk.qos.model.CloseRequest;
import io.github.gamesdk.qos.model.CloseResponse;
import io.github.gamesdk.qos.model.GetUrlRequest;
import io.github.gamesdk.qos.model.GetUrlResponse;
import io.github.gamesdk.qos.model.MobileUrlAnswer;
import io.github.gamesdk.qos.model.MobileUrlRequest;
import io.github.gamesdk.qos.model.OpenRequest;
import io.github.gamesdk.qos.model.OpenResponse;
import io.github.gamesdk.qos.model.ReqType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every QosClient call, blocking and async, against the fake: with the seed's clock and nonce the
 * request on the wire is exactly the seed's example (plus {@code SignatureMethod}), and its
 * Signature equals the tests' own HMAC over the host the request went to.
 */
@ExtendWith(QosFakeExtension.class)
class QosClientEndToEndTest {
  static final long SEED_TIMESTAMP = 1496203804L;
  static final Clock SEED_CLOCK = Clock.fixed(Instant.ofEpochSecond(SEED_TIMESTAMP), ZoneOffset.UTC);

  /** Seed 000 lines 64-73. */
  static GetUrlRequest seedGeturl() {
    return GetUrlRequest.builder()
        .reqType(ReqType.SERVER)
        .versionId("1.2")
        .privateIp("23.4.5.5")
        .publicIp("124.4.5.6")
        .deviceCode("xxx-yyy")
        .build();
  }

  /** Seed 000 lines 180-191. */
  static OpenRequest seedOpen() {
    return OpenRequest.builder()
        .reqType(ReqType.SERVER)
        .versionId("1.2")
        .privateIp("23.4.5.5")
        .publicIp("124.4.5.6")
        .phoneNo("aSesdHJJsdx")
        .addDstIps("1.1.1.1", "2.2.2.2")
        .deviceCode("xxx-yyy")
        .build();
  }

  /** A client with the seed's Timestamp and the given Nonces. */
  static QosClient seedClient(FakeQosServer fake, int... nonces) {
    fake.setClock(SEED_CLOCK);
    return fake.clientBuilder().clock(SEED_CLOCK).nonceSource(NonceSource.fixed(nonces)).build();
  }

  static void assertSignedByTheOracle(FakeQosServer fake, RecordedQosRequest r) {
    assertThat(r.signatureValid()).isTrue();
    assertThat(r.violation()).isEmpty();
    assertThat(r.host()).isEqualTo(QosOracle.host(fake));
    assertThat(r.param("Signature"))
        .isEqualTo(QosOracle.signature(FakeQosServer.DEFAULT_SECRET_KEY, r.host(), r.params()));
  }

  @Test
  void geturlSendsTheSeedsExampleAndReadsTheWrappedAnswer(FakeQosServer fake) {
    GetUrlResponse r = seedClient(fake, 345666).geturl(seedGeturl());
    assertThat(r.errno()).isZero();
    assertThat(r.isQos()).isEqualTo(1);
    assertThat(r.mobileUrl()).isEqualTo(fake.mobileUrl());
    RecordedQosRequest req = fake.takeRequest();
    assertThat(req.method()).isEqualTo("GET");
    assertThat(req.path()).isEqualTo("/qos");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Action", "geturl");
    expected.put("ReqType", "1");
    expected.put("GameId", "8282828");
    expected.put("SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA");
    expected.put("VersionId", "1.2");
    expected.put("PrivateIP", "23.4.5.5");
    expected.put("PublicIP", "124.4.5.6");
    expected.put("DeviceCode", "xxx-yyy");
    expected.put("Timestamp", "1496203804");
    expected.put("Nonce", "345666");
    expected.put("SignatureMethod", "HmacSHA256");
    Map<String, String> sent = new LinkedHashMap<>(req.params());
    sent.remove("Signature");
    assertThat(sent).containsExactlyInAnyOrderEntriesOf(expected);
    assertSignedByTheOracle(fake, req);
  }

  @Test
  void openAndCloseSendTheSeedsExamplesAndReadTheFlatAnswers(FakeQosServer fake) throws Exception {
    QosClient qos = seedClient(fake, 345666, 345667, 345668, 345669);
    Instant openedAt = SEED_CLOCK.instant();
    OpenResponse o = qos.open(seedOpen());
    assertThat(o.sessionId()).isEqualTo("193424");
    assertThat(o.sessionDuration()).isEqualTo(Duration.ofSeconds(7200));
    assertThat(o.expiresAt(openedAt)).isEqualTo(Instant.ofEpochSecond(SEED_TIMESTAMP + 7200));
    RecordedQosRequest open = fake.takeRequest();
    assertThat(open.params())
        .containsEntry("Action", "open")
        .containsEntry("PhoneNO", "aSesdHJJsdx")
        .containsEntry("DstIP", "1.1.1.1,2.2.2.2")
        .hasSize(14);
    assertSignedByTheOracle(fake, open);

    CloseResponse c = qos.close(CloseRequest.of(seedOpen()));
    assertThat(c.errmsg()).isEqualTo("success");
    RecordedQosRequest close = fake.takeRequest();
    Map<String, String> closeParams = new LinkedHashMap<>(close.params());
    Map<String, String> openParams = new LinkedHashMap<>(open.params());
    for (String varying : new String[] {"Action", "Nonce", "Signature"}) {
      closeParams.remove(varying);
      openParams.remove(varying);
    }
    assertThat(closeParams).isEqualTo(openParams);
    assertThat(close.action()).isEqualTo("close");
    assertSignedByTheOracle(fake, close);

    assertThat(qos.openAsync(seedOpen()).get(5, TimeUnit.SECONDS).sessionId()).isEqualTo("193424");
    assertThat(qos.closeAsync(CloseRequest.of(seedOpen())).get(5, TimeUnit.SECONDS).errno()).isZero();
    assertThat(fake.requests()).allSatisfy(r -> assertThat(r.signatureValid()).isTrue());
  }

  @Test
  void theWholeFlowRunsWithTheRealClockAndRandomNonces(QosClient qos, FakeQosServer fake) throws Exception {
    GetUrlResponse url = qos.geturlAsync(GetUrlRequest.forServer("10.12.0.7", "117.136.0.9")).get(5, TimeUnit.SECONDS);
    // The phone fetches mobileUrl (here the fake's) and relays the JSON; the backend parses it.
    MobileUrlAnswer id = qos.fetchMobileUrl(MobileUrlRequest.of(url.mobileUrl()));
    assertThat(id.result()).isEqualTo(FakeQosServer.SEED_PHONE_NO);
    MobileUrlAnswer relayed = QosClient.parseMobileUrlAnswer(fake.requests().get(1).answerBody());
    assertThat(relayed.phoneNoOrEmpty()).isEqualTo(FakeQosServer.SEED_PHONE_NO);
    OpenRequest open =
        OpenRequest.builder()
            .privateIp("10.12.0.7")
            .publicIp("117.136.0.9")
            .phoneNo(relayed.phoneNoOrEmpty())
            .addDstIps("203.0.113.10", "203.0.113.11", "203.0.113.12", "203.0.113.13")
            .build();
    OpenResponse session = qos.open(open);
    assertThat(session.sessionTimeSeconds()).isEqualTo(7200);
    qos.close(CloseRequest.of(open));
    RecordedQosRequest lookup = fake.requests().get(1);
    assertThat(lookup.path()).isEqualTo(FakeQosServer.MOBILE_PATH);
    assertThat(lookup.header("Accept")).startsWith("text/html,application/xhtml+xml");
    assertThat(lookup.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
    RecordedQosRequest sentOpen = fake.requests().get(2);
    assertThat(sentOpen.param("PhoneNO")).isEqualTo(FakeQosServer.SEED_PHONE_NO);
    assertThat(sentOpen.rawQuery()).contains("%2B").contains("%2F").contains("%3D");
    assertThat(fake.requests()).hasSize(4);
    assertThat(fake.requests()).allSatisfy(r -> assertThat(r.violation()).isEmpty());
    assertThat(fake.requests().get(0).param("Nonce")).isNotEqualTo(fake.requests().get(2).param("Nonce"));
    assertThat(fake.requests().get(0).param("Timestamp"))
        .matches(t -> Math.abs(Long.parseLong(t) - Instant.now().getEpochSecond()) < 60, "now");
  }

  @Test
  void anEmptyPhoneNoIsSentAndSigned(FakeQosServer fake) {
    QosClient qos = seedClient(fake, 1);
    qos.open(OpenRequest.builder().from(seedOpen()).phoneNo("").build());
    RecordedQosRequest r = fake.takeRequest();
    assertThat(r.rawQuery()).contains("&PhoneNO=&");
    assertThat(r.param("PhoneNO")).isEmpty();
    assertSignedByTheOracle(fake, r);
  }

  @Test
  void everySignatureMethodIsAcceptedByTheFake(FakeQosServer fake) {
    fake.setClock(SEED_CLOCK);
    int nonce = 1;
    for (CloudApiV2Signer.Method m : CloudApiV2Signer.Method.values()) {
      QosClient qos =
          fake.clientBuilder().clock(SEED_CLOCK).nonceSource(NonceSource.fixed(nonce++)).signatureMethod(m).build();
      assertThat(qos.geturl(seedGeturl()).errno()).isZero();
      RecordedQosRequest r = fake.takeRequest();
      assertThat(r.param("SignatureMethod")).isEqualTo(m.parameterValue());
      assertSignedByTheOracle(fake, r);
    }
  }

  @Test
  void wrongCredentialsAreRefusedByTheFakeAsTheVendorWould(FakeQosServer fake) {
    Throwable wrongKey =
        catchThrowable(() -> fake.clientBuilder().secretKey(io.github.gamesdk.core.Secret.of("wrong")).build().open(seedOpen()));
    assertThat(wrongKey)
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(QosErrorCode.AUTH_FAILED));
    Throwable wrongId = catchThrowable(() -> fake.clientBuilder().secretId("AKIDother").build().open(seedOpen()));
    assertThat(wrongId)
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(QosErrorCode.SECRET_ID_INVALID));
    Throwable wrongGame = catchThrowable(() -> fake.clientBuilder().gameId("1").build().geturl(seedGeturl()));
    assertThat(wrongGame)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.rawCode()).isEqualTo(1);
              assertThat(e.vendorMessage()).contains("GameId");
            });
    // A base URL whose host differs from the one signed cannot exist: the SDK signs what it sends.
    assertThat(fake.client().signedHost()).isEqualTo(QosOracle.host(fake));
    assertThat(fake.requestCount()).isEqualTo(3);
  }

  @Test
  void aReplayedNonceOfGeturlIsRetriedWithAFreshOneButOpenIsNot(FakeQosServer fake) {
    // Nonces 7, 7, 8: the second geturl reuses 7, is refused with 4500, and is retried with 8.
    QosClient qos = seedClient(fake, 7, 7, 8);
    qos.geturl(seedGeturl());
    assertThat(qos.geturl(seedGeturl()).errno()).isZero();
    assertThat(fake.requests()).hasSize(3);
    assertThat(fake.requests().get(1).answerBody()).contains("4500");
    assertThat(fake.requests().get(2).param("Nonce")).isEqualTo("8");
    assertThat(fake.requests().get(2).violation()).isEmpty();

    fake.reset();
    QosClient opener = seedClient(fake, 9, 9, 10);
    opener.open(seedOpen());
    Throwable t = catchThrowable(() -> opener.open(seedOpen()));
    assertThat(t)
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(QosErrorCode.REPLAY));
    assertThat(fake.requestCount()).isEqualTo(2);
  }

  @Test
  void aClockMoreThanTwoHoursOffIsAReplay(FakeQosServer fake) {
    QosClient late = fake.clientBuilder().clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(-3))).build();
    Throwable t = catchThrowable(() -> late.close(CloseRequest.of(seedOpen())));
    assertThat(t)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.rawCode()).isEqualTo(4500);
              assertThat(e.vendorMessage()).contains("Timestamp");
            });
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void theOlderHostNameOfTheExamplesCanBeSignedToo() {
    // Seed 000 line 64 uses qos.api.qcloud.com; the signed host follows the base URL.
    QosClient q =
        QosClient.builder()
            .gameId("8282828")
            .secretId(FakeQosServer.DEFAULT_SECRET_ID)
            .secretKey(io.github.gamesdk.core.Secret.of(FakeQosServer.DEFAULT_SECRET_KEY))
            .baseUrl("https://qos.api.qcloud.com")
            .build();
    assertThat(q.signedHost()).isEqualTo("qos.api.qcloud.com");
    assertThat(q.baseUrl().toString()).isEqualTo("https://qos.api.qcloud.com/");
  }
}
