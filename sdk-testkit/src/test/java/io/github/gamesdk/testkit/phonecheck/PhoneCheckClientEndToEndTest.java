package io.github.gamesdk.testkit.phonecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.phonecheck.PhoneCheckClient;
import io.github.gamesdk.phonecheck.PhoneCheckErrorCode;
import io.github.gamesdk.phonecheck.model.Carrier;
import io.github.gamesdk.phonecheck.model.PhoneCheckRequest;
import io.github.gamesdk.phonecheck.model.PhoneCheckResponse;
import io.github.gamesdk.phonecheck.model.PhoneCheckResult;
import io.github.gamesdk.phonecheck.model.PrivacyStatus;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** PhoneCheckClient against the fake: what goes on the wire, and what comes back typed. */
@ExtendWith(PhoneCheckFakeExtension.class)
class PhoneCheckClientEndToEndTest {
  static final String KEY = FakePhoneCheckServer.DEFAULT_APIKEY;

  @Test
  void defaultIsAFormPostWithApikeyAndMobile(PhoneCheckClient phones, FakePhoneCheckServer fake) {
    phones.check("18466849135");
    RecordedPhoneCheckRequest r = fake.takeRequest();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/ssPhone_Privacy");
    assertThat(r.contentType()).isEqualTo("application/x-www-form-urlencoded; charset=utf-8");
    assertThat(r.body()).isEqualTo("apikey=" + KEY + "&mobile=18466849135");
    assertThat(r.params()).containsOnlyKeys("apikey", "mobile");
    assertThat(r.apikeyValid()).isTrue();
    assertThat(r.violation()).isEmpty();
    assertThat(r.billed()).isTrue();
  }

  @Test
  void getPutsBothParametersInTheQueryString(FakePhoneCheckServer fake) {
    PhoneCheckClient phones = fake.clientBuilder().httpMethod(HttpMethod.GET).build();
    PhoneCheckResponse r = phones.check("18819079212");
    assertThat(r.result().privacyStatus()).isEqualTo(PrivacyStatus.NOT_PRIVACY_NUMBER);
    RecordedPhoneCheckRequest sent = fake.takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.body()).isEmpty();
    assertThat(sent.param("apikey")).isEqualTo(KEY);
    assertThat(sent.mobile()).isEqualTo("18819079212");
    assertThat(sent.violation()).isEmpty();
  }

  @Test
  void theSeedsTwoNumbersComeBackTyped(PhoneCheckClient phones) {
    PhoneCheckResult privacy = phones.check("18466849135").result();
    assertThat(privacy.mobile()).isEqualTo("18466849135");
    assertThat(privacy.isPrivacyNumber()).isTrue();
    assertThat(privacy.province()).isEqualTo("上海");
    assertThat(privacy.city()).isEqualTo("上海");
    assertThat(privacy.carrier()).isEqualTo(Carrier.CHINA_MOBILE);

    PhoneCheckResponse plain = phones.check(PhoneCheckRequest.of("18819079212"));
    assertThat(plain.code()).isZero();
    assertThat(plain.reason()).isEqualTo("Succ");
    assertThat(plain.result().isPrivacyNumber()).isFalse();
    assertThat(plain.result().province()).isEqualTo("广东");
    assertThat(plain.result().city()).isEqualTo("深圳");
  }

  @Test
  void bothKeyStylesAreRead(FakePhoneCheckServer fake) {
    PhoneCheckResponse unquoted = fake.client().check("18466849135");
    fake.keyStyle(KeyStyle.QUOTED);
    PhoneCheckResponse quoted = fake.client().check("18466849135");
    assertThat(fake.requests().get(0).answerBody()).startsWith("{\n  code: 0");
    assertThat(fake.requests().get(1).answerBody()).startsWith("{\"code\":0");
    assertThat(quoted).isEqualTo(unquoted);
  }

  @ParameterizedTest
  @CsvSource({
    "+8613812345678",
    "'+86 13812345678'",
    "008613812345678",
    "8613812345678",
    "' 13812345678 '",
  })
  void theCountryCodeIsRemovedBeforeSending(String given, FakePhoneCheckServer fake) {
    fake.client().check(given);
    RecordedPhoneCheckRequest r = fake.takeRequest();
    assertThat(r.mobile()).isEqualTo("13812345678");
    assertThat(r.violation()).isEmpty();
  }

  @Test
  void registeredNumbersMapToTheirEnums(FakePhoneCheckServer fake) {
    fake.registerNumber("17012345678", PrivacyStatus.PRIVACY_NUMBER, "北京-北京", "其它运营商（虚拟运营商）");
    fake.registerNumber("13312345678", PrivacyStatus.NOT_PRIVACY_NUMBER, "内蒙古-呼和浩特", "中国电信");
    fake.registerNumber("13012345678", PrivacyStatus.NOT_PRIVACY_NUMBER, "广东-广州", "中国联通");
    PhoneCheckResult mvno = fake.client().check("17012345678").result();
    assertThat(mvno.isPrivacyNumber()).isTrue();
    assertThat(mvno.carrier()).isEqualTo(Carrier.OTHER);
    PhoneCheckResult telecom = fake.client().check("13312345678").result();
    assertThat(telecom.carrier()).isEqualTo(Carrier.CHINA_TELECOM);
    assertThat(telecom.province()).isEqualTo("内蒙古");
    assertThat(telecom.city()).isEqualTo("呼和浩特");
    assertThat(fake.client().check("13012345678").result().carrier()).isEqualTo(Carrier.CHINA_UNICOM);
  }

  @Test
  void asyncCheckGivesTheSameAnswer(PhoneCheckClient phones) throws Exception {
    PhoneCheckResponse r = phones.checkAsync("18466849135").get(5, TimeUnit.SECONDS);
    assertThat(r).isEqualTo(phones.check("18466849135"));
    assertThat(phones.checkAsync(PhoneCheckRequest.of("18819079212")).get(5, TimeUnit.SECONDS).result().area())
        .isEqualTo("广东-深圳");
  }

  @ParameterizedTest
  @CsvSource({
    "1,PARAMETER_INVALID,FIX_REQUEST",
    "-1,APIKEY_MISMATCH,FIX_REQUEST",
    "-2,MOBILE_LENGTH,FIX_REQUEST",
    "-3,MOBILE_INVALID,FIX_REQUEST",
    "-4,NO_INFORMATION,NONE",
    "-5,BALANCE_EXHAUSTED,CONTACT_VENDOR",
    "-8,SYSTEM_ERROR,RETRY",
    "-9,IP_NOT_AUTHORIZED,CONTACT_VENDOR",
  })
  void everyErrorCodeBecomesATypedApiException(
      int code, PhoneCheckErrorCode constant, ErrorCategory category, FakePhoneCheckServer fake) {
    fake.respondWithError(code);
    Throwable t = catchThrowable(() -> fake.client().check("13812345678"));
    assertThat(t)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.rawCode()).isEqualTo(code);
              assertThat(e.errorCode()).isEqualTo(constant);
              assertThat(e.category()).isEqualTo(category);
              assertThat(e.vendor()).isEqualTo("phonecheck");
              assertThat(e.vendorMessage()).isNotEmpty();
            });
    // Billed queries are not sent again, not even -8 ("try again later"), by default.
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void aWrongApikeyIsMinusOne(FakePhoneCheckServer fake) {
    PhoneCheckClient wrong = fake.clientBuilder().apikey(Secret.of(KEY.replace('c', 'd'))).build();
    Throwable t = catchThrowable(() -> wrong.check("13812345678"));
    assertThat(t)
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(PhoneCheckErrorCode.APIKEY_MISMATCH));
    assertThat(fake.takeRequest().apikeyValid()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(HttpMethod.class)
  void anExhaustedBalanceIsMinusFiveAndNeverRetried(HttpMethod method, FakePhoneCheckServer fake) {
    fake.setBalance(1);
    PhoneCheckClient phones = fake.clientBuilder().httpMethod(method).retryAfterSend(true).build();
    assertThat(phones.check("13812345678").code()).isZero();
    Throwable t = catchThrowable(() -> phones.check("13812345678"));
    assertThat(t)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(PhoneCheckErrorCode.BALANCE_EXHAUSTED);
              assertThat(e.category().isRetryable()).isFalse();
            });
    assertThat(fake.requestCount()).isEqualTo(2);
    assertThat(fake.billedQueries()).isEqualTo(1);
  }
}
