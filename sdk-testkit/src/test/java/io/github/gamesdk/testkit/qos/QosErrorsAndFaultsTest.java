package io.github.gamesdk.testkit.qos;

import static io.github.gamesdk.testkit.qos.QosClientEndToEndTest.seedGeturl;
import static io.github.gamesdk.testkit.qos.QosClientEndToEndTest.seedOpen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.qos.QosClient;
import io.github.gamesdk.qos.QosErrorCode;
import io.github.gamesdk.qos.model.CloseRequest;
import io.github.gamesdk.qos.model.GetUrlRequest;
import io.github.gamesdk.qos.model.MobileUrlRequest;
import io.github.gamesdk.qos.model.OpenRequest;
import io.github.gamesdk.testkit.Fault;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Vendor error answers and network faults: typed exceptions keeping the vendor's code and
 * message; open and close are sent once, geturl and the lookup are retried, each retry signed
 * afresh; an invalid request never leaves the process.
 */
@ExtendWith(QosFakeExtension.class)
class QosErrorsAndFaultsTest {
  static QosClient fastClient(FakeQosServer fake) {
    return fake.clientBuilder()
        .timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2)))
        .build();
  }

  static void assertTyped(Fault fault, Throwable t) {
    assertThat(t).isInstanceOf(GameSdkException.class);
    switch (fault) {
      case TIMEOUT:
        assertThat(t).isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.isTimeout()).isTrue();
          assertThat(e.mayHaveBeenSent()).isTrue();
        });
        break;
      case RESET:
        assertThat(t).isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isTrue());
        break;
      case HTTP_500:
        assertThat(t).isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.httpStatus()).isEqualTo(500));
        break;
      case HTML:
        assertThat(t).isInstanceOfSatisfying(ResponseFormatException.class, e -> assertThat(e.excerpt()).startsWith("<!DOCTYPE html>"));
        break;
      case TRUNCATED:
        assertThat(t).isInstanceOfSatisfying(ResponseFormatException.class, e -> assertThat(e.getMessage()).contains("truncated JSON"));
        break;
      default:
        throw new AssertionError(fault);
    }
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void openMeetingAFaultFailsTypedAndIsSentOnce(Fault fault, FakeQosServer fake) {
    fake.failNext(fault);
    assertTyped(fault, catchThrowable(() -> fastClient(fake).open(seedOpen())));
    assertThat(fake.requestCount()).isEqualTo(1);
    assertThat(fake.takeRequest().fault()).hasValue(fault);
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void closeMeetingAFaultAsyncFailsTypedAndIsSentOnce(Fault fault, FakeQosServer fake) {
    fake.failNext(fault);
    CompletableFuture<?> f = fastClient(fake).closeAsync(CloseRequest.of(seedOpen()));
    Throwable t = catchThrowable(() -> f.get(5, TimeUnit.SECONDS));
    assertThat(t).isInstanceOf(ExecutionException.class);
    assertTyped(fault, t.getCause());
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void geturlIsRetriedAfterA500AndATimeoutWithAFreshNonceEachTime(FakeQosServer fake) {
    fake.failNext(Fault.HTTP_500);
    fake.failNext(Fault.TIMEOUT);
    assertThat(fastClient(fake).geturl(seedGeturl()).errno()).isZero();
    assertThat(fake.requests()).hasSize(3);
    assertThat(fake.requests()).allSatisfy(r -> assertThat(r.signatureValid()).isTrue());
    assertThat(new HashSet<>(Arrays.asList(
            fake.requests().get(0).param("Nonce"), fake.requests().get(1).param("Nonce"), fake.requests().get(2).param("Nonce"))))
        .hasSize(3);
    assertThat(fake.requests().get(2).violation()).isEmpty();
  }

  @Test
  void geturlGivesUpAfterTheAttemptsAllowed(FakeQosServer fake) {
    fake.failNext(Fault.HTTP_500, 5);
    assertThatThrownBy(() -> fake.client().geturl(seedGeturl()))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.httpStatus()).isEqualTo(500));
    assertThat(fake.requestCount()).isEqualTo(FakeQosServer.TEST_RETRY_POLICY.maxAttempts());
  }

  @Test
  void theLookupIsRetriedButNotOnHtml(FakeQosServer fake) throws Exception {
    fake.failNext(Fault.RESET);
    assertThat(fastClient(fake).fetchMobileUrlAsync(MobileUrlRequest.of(fake.mobileUrl())).get(5, TimeUnit.SECONDS).succeeded())
        .isTrue();
    assertThat(fake.requestCount()).isEqualTo(2);
    fake.reset();
    fake.failNext(Fault.HTML);
    assertThatThrownBy(() -> fake.client().fetchMobileUrl(MobileUrlRequest.of(fake.mobileUrl())))
        .isInstanceOf(ResponseFormatException.class);
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void geturlErrno1IsNotRetried(FakeQosServer fake) {
    fake.respondWith("geturl", 200, "{\"Response\":{\"errno\":1,\"errmsg\":\"获取唯一标识地址失败\"}}");
    Throwable t = catchThrowable(() -> fake.client().geturl(seedGeturl()));
    assertThat(t).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.errorCode()).isEqualTo(QosErrorCode.GET_URL_FAILED);
      assertThat(e.category()).isEqualTo(ErrorCategory.NONE);
      assertThat(e.vendorMessage()).isEqualTo("获取唯一标识地址失败");
      assertThat(e.endpoint()).isEqualTo("geturl");
    });
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void aFailedLookupIs4002(FakeQosServer fake) {
    fake.respondWith(FakeQosServer.MOBILE_URL, 200, FakeQosServer.SEED_MOBILE_URL_FAILURE);
    Throwable t = catchThrowable(() -> fake.client().fetchMobileUrl(MobileUrlRequest.of(fake.mobileUrl())));
    assertThat(t).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.errorCode()).isEqualTo(QosErrorCode.NOT_SUPPORTED);
      assertThat(e.vendorMessage()).isEqualTo("Not supported!");
    });
  }

  @Test
  void scriptedOpenErrorsAndTheFlatOrWrappedFormsAreRead(FakeQosServer fake) {
    fake.respondWith("open", 200, "{\"errno\":17,\"errmsg\":\"no quota\"}");
    assertThat(catchThrowable(() -> fake.client().open(seedOpen())))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.rawCode()).isEqualTo(17);
          assertThat(e.errorCode()).isEqualTo(QosErrorCode.UNKNOWN);
          assertThat(e.vendorMessage()).isEqualTo("no quota");
        });
    fake.respondWith("open", 200, "{\"Response\":{\"errno\":0,\"errmsg\":\"success\",\"sessionId\":\"5\",\"sessiontime\":60}}");
    assertThat(fake.client().open(seedOpen()).sessionId()).isEqualTo("5");
    fake.respondWith("geturl", 200, "{\"errno\":0,\"errmsg\":\"success\",\"isQos\":0,\"mobileUrl\":\"unknown\"}");
    assertThat(fake.client().geturl(seedGeturl()).mobileUrlKnown()).isFalse();
  }

  @Test
  void invalidRequestsNeverReachTheFake(QosClient qos, FakeQosServer fake) {
    assertThatThrownBy(() -> OpenRequest.builder().from(seedOpen())
            .dstIps(Arrays.asList("1.1.1.1", "2.2.2.2", "3.3.3.3", "4.4.4.4", "5.5.5.5")).build())
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("DstIP"));
    assertThatThrownBy(() -> GetUrlRequest.builder().privateIp("23.4.5.5").build())
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("PublicIP"));
    assertThatThrownBy(() -> qos.fetchMobileUrl(MobileUrlRequest.of("unknown")))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("mobileUrl"));
    CompletableFuture<?> f = qos.openAsync(null);
    assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(InvalidRequestException.class);
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void aClosedFakeRefusesConnectionsAndOpenIsRetriedAsNeverSent() {
    FakeQosServer fake = FakeQosServer.start();
    QosClient qos = fastClient(fake);
    fake.close();
    fake.close();
    assertThatThrownBy(() -> qos.open(seedOpen()))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isFalse());
    assertThat(fake.requestCount()).isZero();
  }
}
