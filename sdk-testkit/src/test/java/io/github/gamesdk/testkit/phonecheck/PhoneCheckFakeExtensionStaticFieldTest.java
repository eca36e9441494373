package io.github.gamesdk.testkit.phonecheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A static, per-class extension built in code: one fake for the class, reset before each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhoneCheckFakeExtensionStaticFieldTest {
  static final String KEY = "static-field-key-0000000000000000";

  @RegisterExtension
  static final PhoneCheckFakeExtension PHONES =
      PhoneCheckFakeExtension.withApikey(Secret.of(KEY)).keyStyle(KeyStyle.QUOTED).perClass();

  static String firstBaseUrl;

  @BeforeAll
  static void resolvedBeforeAll(FakePhoneCheckServer fake) {
    firstBaseUrl = fake.baseUrl();
  }

  @Test
  @Order(1)
  void usesTheKeyAndStyle() {
    assertThat(PHONES.server().baseUrl()).isEqualTo(firstBaseUrl);
    assertThat(PHONES.server().client().check("13812345678").code()).isZero();
    RecordedPhoneCheckRequest r = PHONES.server().takeRequest();
    assertThat(r.param("apikey")).isEqualTo(KEY);
    assertThat(r.answerBody()).startsWith("{\"code\":0");
  }

  @Test
  @Order(2)
  void theSameFakeIsResetBetweenTests() {
    assertThat(PHONES.server().baseUrl()).isEqualTo(firstBaseUrl);
    assertThat(PHONES.server().requestCount()).isZero();
    assertThat(PHONES.toString()).doesNotContain(KEY);
  }
}
