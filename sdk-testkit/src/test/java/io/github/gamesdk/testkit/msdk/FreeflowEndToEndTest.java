package io.github.gamesdk.testkit.msdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.msdk.MsdkClient;
import io.github.gamesdk.msdk.MsdkErrorCode;
import io.github.gamesdk.msdk.model.freeflow.Carrier;
import io.github.gamesdk.msdk.model.freeflow.FreeflowGetinfoRequest;
import io.github.gamesdk.msdk.model.freeflow.FreeflowGetinfoResponse;
import io.github.gamesdk.msdk.model.freeflow.GetCcinfoRequest;
import io.github.gamesdk.msdk.model.freeflow.GetCcinfoResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The /freeflow calls end to end: happy path, a vendor error retried (read-only), a limit. */
@ExtendWith(MsdkFakeExtension.class)
class FreeflowEndToEndTest {
  static final String OPENID = "23F7F96A4920872EA3CA2DB6CB8EFE04";

  @Test
  void getinfoReadsTheSeedsAnswer(FakeMsdkServer fake, MsdkClient msdk) {
    FreeflowGetinfoResponse r = msdk.freeflow().getinfo(OPENID, FreeflowGetinfoRequest.of(OPENID));
    assertThat(r.freeFlowInfo().free()).isTrue();
    assertThat(r.freeFlowInfo().carrier()).isEqualTo(Carrier.CHINA_TELECOM);
    assertThat(r.freeFlowInfo().expire()).isEqualTo(3600);
    assertThat(fake.takeRequest().json().get("openid").asText()).isEqualTo(OPENID);
  }

  @Test
  void getCcinfoSendsIpInUrlAndBody(FakeMsdkServer fake, MsdkClient msdk) {
    GetCcinfoResponse r =
        msdk.freeflow().getCcinfo(OPENID, GetCcinfoRequest.builder().openid(OPENID).ip("59.37.125.72").build());
    assertThat(r.data().city()).isEqualTo("션전시");
    assertThat(r.data().oper()).isEqualTo("차이나 텔레콤");
    RecordedMsdkRequest req = fake.takeRequest();
    assertThat(req.param("ip")).isEqualTo("59.37.125.72");
    assertThat(req.json().get("ip").asText()).isEqualTo("59.37.125.72");
    // Seed line 2344: ip follows the fixed parameters.
    assertThat(req.params().keySet()).containsExactly("timestamp", "appid", "sig", "openid", "encode", "ip");
  }

  @Test
  void rateLimitIsRetriedForThisReadOnlyCall(FakeMsdkServer fake, MsdkClient msdk) {
    fake.respondWith("freeflow/getinfo", 200, "{\"ret\":-503,\"msg\":\"request too frequently\"}");
    FreeflowGetinfoResponse r = msdk.freeflow().getinfo(OPENID, FreeflowGetinfoRequest.of(OPENID));
    assertThat(r.ret()).isZero();
    assertThat(fake.requestCount()).isEqualTo(2);
    // Every attempt is signed afresh; both carry a valid sig.
    assertThat(fake.requests()).allSatisfy(q -> assertThat(q.sigValid()).isTrue());
  }

  @Test
  void rateLimitThatPersistsEndsAsApiException(FakeMsdkServer fake, MsdkClient msdk) {
    for (int i = 0; i < 3; i++) {
      fake.respondWith("freeflow/getinfo", 200, "{\"ret\":-503,\"msg\":\"request too frequently\"}");
    }
    assertThatThrownBy(() -> msdk.freeflow().getinfo(OPENID, FreeflowGetinfoRequest.of(OPENID)))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(MsdkErrorCode.RATE_LIMITED));
    assertThat(fake.requestCount()).isEqualTo(3);
  }

  @Test
  void aMalformedIpNeverLeaves(FakeMsdkServer fake) {
    assertThatThrownBy(() -> GetCcinfoRequest.builder().openid(OPENID).ip("59.37.125").build())
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("ip"));
    assertThat(fake.requestCount()).isZero();
  }
}
