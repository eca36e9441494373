package io.github.gamesdk.phonecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.http.WireRequest;
import io.github.gamesdk.core.http.WireResponse;
import io.github.gamesdk.phonecheck.internal.PhoneCheckWire;
import io.github.gamesdk.phonecheck.model.PhoneCheckRequest;
import io.github.gamesdk.phonecheck.model.PhoneCheckResponse;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The wire form of a query and the reading of every kind of answer. */
class WireTest {
  /** The apikey of the seed's parameter table (seed 001 line 72). */
  static final String APIKEY = "7c11272au708345c834b8ue81ac78972";

  static final PhoneCheckWire WIRE =
      new PhoneCheckWire(Secret.of(APIKEY), HttpUrl.get("https://ps.szqxt.com"));

  static WireResponse answer(int status, String body) {
    return new WireResponse(
        status,
        Headers.of("Content-Type", "application/json; charset=utf-8"),
        body.getBytes(StandardCharsets.UTF_8));
  }

  static PhoneCheckResponse handle(HttpMethod m, WireResponse r) {
    return PhoneCheckWire.handler(PhoneCheckEndpoints.check(m, false)).handle(r);
  }

  @Test
  void postSendsAFormBodyToTheDocumentedPath() {
    WireRequest r = WIRE.request(PhoneCheckRequest.of("18466849135"), HttpMethod.POST);
    assertThat(r.method()).isEqualTo(HttpMethod.POST);
    assertThat(r.url().toString()).isEqualTo("https://ps.szqxt.com/ssPhone_Privacy");
    assertThat(new String(r.body(), StandardCharsets.UTF_8))
        .isEqualTo("apikey=7c11272au708345c834b8ue81ac78972&mobile=18466849135");
    assertThat(r.contentType()).isEqualTo("application/x-www-form-urlencoded; charset=utf-8");
    assertThat(r.toString()).doesNotContain(APIKEY).doesNotContain("18466849135");
  }

  @Test
  void getSendsTheSeedsExampleQueryString() {
    // Seed 001 line 77: ?apikey=...&mobile=16717707933, apikey first.
    WireRequest r = WIRE.request(PhoneCheckRequest.of("16717707933"), HttpMethod.GET);
    assertThat(r.method()).isEqualTo(HttpMethod.GET);
    assertThat(r.body()).isNull();
    assertThat(r.url().toString())
        .isEqualTo(
            "https://ps.szqxt.com/ssPhone_Privacy?apikey=7c11272au708345c834b8ue81ac78972&mobile=16717707933");
    assertThat(r.toString())
        .contains("apikey=****")
        .contains("mobile=167****7933")
        .doesNotContain(APIKEY)
        .doesNotContain("16717707933");
  }

  @Test
  void apikeyIsEncodedInBothForms() {
    PhoneCheckWire w = new PhoneCheckWire(Secret.of("a+b&c=d é"), HttpUrl.get("http://127.0.0.1:1"));
    PhoneCheckRequest q = PhoneCheckRequest.of("13812345678");
    assertThat(new String(w.request(q, HttpMethod.POST).body(), StandardCharsets.UTF_8))
        .isEqualTo("apikey=a%2Bb%26c%3Dd+%C3%A9&mobile=13812345678");
    assertThat(w.request(q, HttpMethod.GET).url().queryParameter("apikey")).isEqualTo("a+b&c=d é");
    assertThat(w.checkUrl().toString()).isEqualTo("http://127.0.0.1:1/ssPhone_Privacy");
  }

  @Test
  void bothSeedAnswersAreRead() {
    PhoneCheckResponse a = handle(HttpMethod.POST, answer(200, SeedAnswers.PRIVACY));
    assertThat(a.result().isPrivacyNumber()).isTrue();
    PhoneCheckResponse b = handle(HttpMethod.GET, answer(200, SeedAnswers.NOT_PRIVACY));
    assertThat(b.result().city()).isEqualTo("深圳");
  }

  @Test
  void everyErrorOfTheTableIsAnApiExceptionWithItsEnum() {
    PhoneCheckErrorCode[] expected = {
      PhoneCheckErrorCode.PARAMETER_INVALID,
      PhoneCheckErrorCode.APIKEY_MISMATCH,
      PhoneCheckErrorCode.MOBILE_LENGTH,
      PhoneCheckErrorCode.MOBILE_INVALID,
      PhoneCheckErrorCode.NO_INFORMATION,
      PhoneCheckErrorCode.BALANCE_EXHAUSTED,
      PhoneCheckErrorCode.SYSTEM_ERROR,
      PhoneCheckErrorCode.IP_NOT_AUTHORIZED,
    };
    for (int i = 0; i < SeedAnswers.ERRORS.length; i++) {
      int code = (Integer) SeedAnswers.ERRORS[i][0];
      String reason = (String) SeedAnswers.ERRORS[i][1];
      Throwable t = catchThrowable(() -> handle(HttpMethod.POST, answer(200, SeedAnswers.error(code, reason))));
      PhoneCheckErrorCode want = expected[i];
      assertThat(t)
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.vendor()).isEqualTo("phonecheck");
                assertThat(e.endpoint()).isEqualTo("ssPhone_Privacy");
                assertThat(e.rawCode()).isEqualTo(code);
                assertThat(e.errorCode()).isEqualTo(want);
                assertThat(e.vendorMessage()).isEqualTo(reason);
                assertThat(e.httpStatus()).isEqualTo(200);
              });
    }
  }

  @Test
  void anUndocumentedCodeIsUnknownAndKeepsItsNumber() {
    Throwable t = catchThrowable(() -> handle(HttpMethod.POST, answer(200, "{code: -7, reason: \"?\"}")));
    assertThat(t)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.rawCode()).isEqualTo(-7);
              assertThat(e.errorCode()).isEqualTo(PhoneCheckErrorCode.UNKNOWN);
              assertThat(e.category()).isEqualTo(ErrorCategory.UNKNOWN);
            });
  }

  @Test
  void anErrorWithAResultOfAnyShapeIsStillTheError() {
    Throwable t =
        catchThrowable(
            () -> handle(HttpMethod.POST, answer(200, "{code: -4, reason: \"none\", result: {}}")));
    assertThat(t).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.rawCode()).isEqualTo(-4));
  }

  @Test
  void malformedAnswersAreFormatErrors() {
    String[] bad = {
      "<html><body>Access denied</body></html>",
      "{code: 0, reason: \"Succ\"}", // no result
      "{reason: \"Succ\", result: {}}", // no code
      "{code: \"zero\"}",
      "{code: 0, reason: \"Succ\", result: {Mobile: \"18466849135\"",
      "[1,2]",
      "",
    };
    for (String b : bad) {
      Throwable t = catchThrowable(() -> handle(HttpMethod.POST, answer(200, b)));
      assertThat(t).as(b).isInstanceOf(ResponseFormatException.class);
      assertThat(t.getMessage()).as(b).doesNotContain("18466849135");
    }
  }

  @Test
  void anHttpErrorWithACodeIsAnApiExceptionOtherwiseATransportFailure() {
    Throwable coded = catchThrowable(() -> handle(HttpMethod.POST, answer(503, "{code: -8, reason: \"busy\"}")));
    assertThat(coded)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(PhoneCheckErrorCode.SYSTEM_ERROR);
              assertThat(e.httpStatus()).isEqualTo(503);
            });
    Throwable page = catchThrowable(() -> handle(HttpMethod.POST, answer(502, "<html>502 Bad Gateway</html>")));
    assertThat(page)
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(502);
              assertThat(e.mayHaveBeenSent()).isTrue();
            });
  }

  @Test
  void numbersInAnswersNeverReachExceptionMessages() {
    Throwable api =
        catchThrowable(
            () -> handle(HttpMethod.POST, answer(200, "{code: -3, reason: \"bad number 18466849135\"}")));
    assertThat(api.getMessage()).doesNotContain("18466849135").contains("184****9135");
    assertThat(((ApiException) api).vendorMessage()).doesNotContain("18466849135");
    Throwable format =
        catchThrowable(
            () -> handle(HttpMethod.POST, answer(200, "{code: 0, reason: \"Succ\", Mobile: \"18466849135\"}")));
    assertThat(format).isInstanceOf(ResponseFormatException.class);
    assertThat(format.getMessage()).doesNotContain("18466849135");
    assertThat(((ResponseFormatException) format).excerpt()).doesNotContain("18466849135");
  }
}
