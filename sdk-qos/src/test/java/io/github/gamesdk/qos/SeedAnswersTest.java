package io.github.gamesdk.qos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.WireResponse;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.qos.internal.QosWire;
import io.github.gamesdk.qos.model.CloseResponse;
import io.github.gamesdk.qos.model.GetUrlResponse;
import io.github.gamesdk.qos.model.OpenResponse;
import io.github.gamesdk.qos.model.QosResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/**
 * Every example answer of seed 000 parses into its typed response without loss, exactly as the
 * seed prints it (full-width colons, trailing spaces, the {@code Response} wrapper of geturl); the
 * error shapes become typed exceptions keeping the vendor's code and message.
 */
class SeedAnswersTest {
  /** Seed 000 lines 78-85, verbatim: wrapped in Response, full-width colons (U+FF1A). */
  static final String GETURL_ANSWER =
      "{ \n"
          + "    \"Response\": { \n"
          + "        \"errno\"\uFF1A0,            \n"
          + "        \"errmsg\"\uFF1A\"success\",    \n"
          + "        \"isQos\"\uFF1A1,             \n"
          + "        \"mobileUrl\"\uFF1A\"http://xxx.com\" \n"
          + "    } \n"
          + "} \n";

  /** Seed 000 lines 196-201, verbatim: flat, full-width colons. */
  static final String OPEN_ANSWER =
      "{ \n"
          + "\"errno\"\uFF1A0,            \n"
          + "\"errmsg\"\uFF1A\"success\",    \n"
          + "\"sessionId\"\uFF1A\"193424\",   \n"
          + "\"sessiontime\"\uFF1A7200    \n"
          + "} \n";

  /** Seed 000 lines 283-286, verbatim. */
  static final String CLOSE_ANSWER =
      "{ \n" + "\"errno\"\uFF1A0,            \n" + "\"errmsg\"\uFF1A\"success\"  \n" + "} \n";

  private static final ObjectMapper PLAIN = new ObjectMapper();

  static WireResponse answer(int status, String body) {
    return new WireResponse(
        status,
        Headers.of("Content-Type", "application/json; charset=utf-8"),
        body.getBytes(StandardCharsets.UTF_8));
  }

  static <T extends QosResponse> T read(io.github.gamesdk.core.http.Endpoint ep, Class<T> type, String body) {
    return QosWire.handler(ep, type).handle(answer(200, body));
  }

  private static JsonNode tree(Object value) throws Exception {
    return PLAIN.readTree(GameSdkJson.writeString(value));
  }

  @Test
  void geturlSeedAnswerParsesThroughTheResponseWrapper() throws Exception {
    GetUrlResponse r = read(QosEndpoints.GETURL, GetUrlResponse.class, GETURL_ANSWER);
    assertThat(r.errno()).isZero();
    assertThat(r.errmsg()).isEqualTo("success");
    assertThat(r.isQos()).isEqualTo(1);
    assertThat(r.qosActive()).isTrue();
    assertThat(r.mobileUrl()).isEqualTo("http://xxx.com");
    assertThat(r.mobileUrlKnown()).isTrue();
    assertThat(r.extra()).isEmpty();
    // Written flat, with the four documented fields and nothing else.
    assertThat(tree(r))
        .isEqualTo(PLAIN.readTree("{\"errno\":0,\"errmsg\":\"success\",\"isQos\":1,\"mobileUrl\":\"http://xxx.com\"}"));
  }

  @Test
  void openSeedAnswerParsesAndExposesTheSessionLifetime() throws Exception {
    OpenResponse r = read(QosEndpoints.OPEN, OpenResponse.class, OPEN_ANSWER);
    assertThat(r.errno()).isZero();
    assertThat(r.errmsg()).isEqualTo("success");
    assertThat(r.sessionId()).isEqualTo("193424");
    assertThat(r.sessionTimeSeconds()).isEqualTo(7200);
    assertThat(r.sessionDuration()).isEqualTo(Duration.ofHours(2));
    assertThat(r.expiresAt(Instant.ofEpochSecond(1496203804L))).isEqualTo(Instant.ofEpochSecond(1496211004L));
    assertThat(tree(r))
        .isEqualTo(PLAIN.readTree("{\"errno\":0,\"errmsg\":\"success\",\"sessionId\":\"193424\",\"sessiontime\":7200}"));
  }

  @Test
  void closeSeedAnswerParses() throws Exception {
    CloseResponse r = read(QosEndpoints.CLOSE, CloseResponse.class, CLOSE_ANSWER);
    assertThat(r.errno()).isZero();
    assertThat(r.errmsg()).isEqualTo("success");
    assertThat(tree(r)).isEqualTo(PLAIN.readTree("{\"errno\":0,\"errmsg\":\"success\"}"));
  }

  @Test
  void everyActionAcceptsBothTheWrappedAndTheFlatForm() {
    String flat = "{\"errno\":0,\"errmsg\":\"success\",\"isQos\":0,\"mobileUrl\":\"unknown\"}";
    GetUrlResponse g = read(QosEndpoints.GETURL, GetUrlResponse.class, flat);
    assertThat(g.mobileUrlKnown()).isFalse();
    assertThat(g.qosActive()).isFalse();
    OpenResponse o =
        read(
            QosEndpoints.OPEN,
            OpenResponse.class,
            "{\"Response\":{\"errno\":0,\"errmsg\":\"success\",\"sessionId\":193424,\"sessiontime\":\"60\"}}");
    // Number for the string and string for the number: both accepted.
    assertThat(o.sessionId()).isEqualTo("193424");
    assertThat(o.sessionDuration()).isEqualTo(Duration.ofMinutes(1));
    CloseResponse c =
        read(QosEndpoints.CLOSE, CloseResponse.class, "{\"Response\":{\"errno\":\"0\",\"errmsg\":\"success\"}}");
    assertThat(c.errno()).isZero();
  }

  @Test
  void unknownFieldsAreKeptAndRoundTripWithoutLoss() throws Exception {
    String json =
        "{\"errno\":0,\"errmsg\":\"success\",\"sessionId\":\"9\",\"sessiontime\":30,"
            + "\"bandwidth\":{\"up\":1,\"down\":2},\"tags\":[\"a\"]}";
    OpenResponse r = read(QosEndpoints.OPEN, OpenResponse.class, json);
    assertThat(r.extra()).containsKeys("bandwidth", "tags");
    assertThat(tree(r)).isEqualTo(PLAIN.readTree(json));
    // Fields beside the wrapper are kept too.
    GetUrlResponse g =
        read(
            QosEndpoints.GETURL,
            GetUrlResponse.class,
            "{\"Response\":{\"errno\":0,\"errmsg\":\"success\",\"isQos\":1,\"mobileUrl\":\"http://x\"},\"RequestId\":\"r-1\"}");
    assertThat(g.extra()).containsEntry("RequestId", "r-1");
  }

  @Test
  void aFullWidthColonInsideAStringIsNotTouched() {
    GetUrlResponse r =
        read(
            QosEndpoints.GETURL,
            GetUrlResponse.class,
            "{\"errno\"\uFF1A0,\"errmsg\"\uFF1A\"ok\uFF1Ayes\",\"isQos\":0,\"mobileUrl\":\"http://a/\\\"\uFF1A\"}");
    assertThat(r.errmsg()).isEqualTo("ok\uFF1Ayes");
    assertThat(r.mobileUrl()).isEqualTo("http://a/\"\uFF1A");
  }

  @Test
  void errno1OfGeturlIsAnApiExceptionWithItsSeedMeaning() {
    Throwable t =
        catchThrowable(
            () -> read(QosEndpoints.GETURL, GetUrlResponse.class, "{\"Response\":{\"errno\":1,\"errmsg\":\"获取唯一标识地址失败\"}}"));
    assertThat(t)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.vendor()).isEqualTo("qos");
              assertThat(e.endpoint()).isEqualTo("geturl");
              assertThat(e.rawCode()).isEqualTo(1);
              assertThat(e.vendorMessage()).isEqualTo("获取唯一标识地址失败");
              assertThat(e.errorCode()).isEqualTo(QosErrorCode.GET_URL_FAILED);
              assertThat(e.category()).isEqualTo(ErrorCategory.NONE);
            });
  }

  @Test
  void cloudApiAuthCodesAreApiExceptions() {
    String body = "{\"code\":4100,\"message\":\"鉴权失败\",\"codeDesc\":\"AuthFailure\"}";
    for (io.github.gamesdk.core.http.Endpoint ep : new io.github.gamesdk.core.http.Endpoint[] {QosEndpoints.OPEN, QosEndpoints.GETURL}) {
      Throwable t = catchThrowable(() -> read(ep, OpenResponse.class, body));
      assertThat(t)
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.rawCode()).isEqualTo(4100);
                assertThat(e.errorCode()).isEqualTo(QosErrorCode.AUTH_FAILED);
                assertThat(e.category()).isEqualTo(ErrorCategory.FIX_REQUEST);
                assertThat(e.vendorMessage()).isEqualTo("鉴权失败");
              });
    }
    Throwable replay =
        catchThrowable(() -> read(QosEndpoints.GETURL, GetUrlResponse.class, "{\"Response\":{\"code\":\"4500\",\"message\":\"replay\"}}"));
    assertThat(replay)
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(QosErrorCode.REPLAY));
    Throwable unknown = catchThrowable(() -> read(QosEndpoints.CLOSE, CloseResponse.class, "{\"errno\":77,\"errmsg\":\"x\"}"));
    assertThat(unknown)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.rawCode()).isEqualTo(77);
              assertThat(e.errorCode()).isEqualTo(QosErrorCode.UNKNOWN);
            });
  }

  @Test
  void badAnswersAreTypedFormatErrors() {
    assertThat(catchThrowable(() -> read(QosEndpoints.OPEN, OpenResponse.class, "<html><body>gateway</body></html>")))
        .isInstanceOfSatisfying(ResponseFormatException.class, e -> assertThat(e.getMessage()).contains("HTML"));
    assertThat(catchThrowable(() -> read(QosEndpoints.OPEN, OpenResponse.class, "{\"errno\":0,\"errmsg\":\"succ")))
        .isInstanceOfSatisfying(ResponseFormatException.class, e -> assertThat(e.getMessage()).contains("truncated"));
    assertThat(catchThrowable(() -> read(QosEndpoints.CLOSE, CloseResponse.class, "{\"errmsg\":\"success\"}")))
        .isInstanceOfSatisfying(ResponseFormatException.class, e -> assertThat(e.getMessage()).contains("no errno"));
    assertThat(catchThrowable(() -> read(QosEndpoints.CLOSE, CloseResponse.class, "{\"errno\":\"zero\"}")))
        .isInstanceOfSatisfying(ResponseFormatException.class, e -> assertThat(e.getMessage()).contains("errno"));
    // A success without a documented field of the call.
    assertThat(catchThrowable(() -> read(QosEndpoints.OPEN, OpenResponse.class, "{\"errno\":0,\"errmsg\":\"success\"}")))
        .isInstanceOf(ResponseFormatException.class);
    assertThat(catchThrowable(() -> read(QosEndpoints.GETURL, GetUrlResponse.class, "")))
        .isInstanceOf(ResponseFormatException.class);
  }

  @Test
  void flatAnswersReadDirectlyKeepEveryErrorRule() {
    // errno first and every field present: read without a tree, still checked.
    Throwable errno = catchThrowable(
        () -> read(QosEndpoints.GETURL, GetUrlResponse.class, "{\"errno\":1,\"errmsg\":\"x\",\"isQos\":0,\"mobileUrl\":\"unknown\"}"));
    assertThat(errno).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.rawCode()).isEqualTo(1));
    Throwable code = catchThrowable(
        () -> read(QosEndpoints.CLOSE, CloseResponse.class, "{\"errno\":0,\"errmsg\":\"\",\"code\":\"4103\",\"message\":\"sub-user\"}"));
    assertThat(code).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.errorCode()).isEqualTo(QosErrorCode.SUB_ACCOUNT_NOT_ALLOWED);
      assertThat(e.vendorMessage()).isEqualTo("sub-user");
    });
    Throwable badCode = catchThrowable(
        () -> read(QosEndpoints.CLOSE, CloseResponse.class, "{\"errno\":0,\"code\":\"four\"}"));
    assertThat(badCode).isInstanceOf(ResponseFormatException.class);
    // errno first but the call's fields missing (an error answer of open): read the general way.
    Throwable open = catchThrowable(() -> read(QosEndpoints.OPEN, OpenResponse.class, "{\"errno\":2,\"errmsg\":\"busy\"}"));
    assertThat(open).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.rawCode()).isEqualTo(2));
    assertThat(read(QosEndpoints.CLOSE, CloseResponse.class, " \n{ \"errno\" : 0 }").errmsg()).isEmpty();
  }

  @Test
  void errorStatusesKeepAVendorCodeWhenThereIsOne() {
    Throwable withCode =
        catchThrowable(
            () -> QosWire.handler(QosEndpoints.OPEN, OpenResponse.class).handle(answer(403, "{\"code\":4104,\"message\":\"SecretId不存在\"}")));
    assertThat(withCode)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(QosErrorCode.SECRET_ID_INVALID);
              assertThat(e.httpStatus()).isEqualTo(403);
            });
    Throwable page =
        catchThrowable(
            () -> QosWire.handler(QosEndpoints.OPEN, OpenResponse.class).handle(answer(502, "<html>bad gateway</html>")));
    assertThat(page)
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(502);
              assertThat(e.mayHaveBeenSent()).isTrue();
            });
  }
}
