package io.github.gamesdk.testkit.phonecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.phonecheck.PhoneCheckClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension: injection, configuration, and the per-test and per-class lifecycles. */
class PhoneCheckFakeExtensionTest {
  @Nested
  @ExtendWith(PhoneCheckFakeExtension.class)
  class Defaults {
    @Test
    void injectsAFakeAndAClientPointedAtIt(FakePhoneCheckServer fake, PhoneCheckClient phones) {
      assertThat(phones).isSameAs(fake.client());
      assertThat(phones.baseUrl().toString()).isEqualTo(fake.baseUrl() + "/");
      assertThat(phones.check(FakePhoneCheckServer.SEED_PRIVACY_MOBILE).result().isPrivacyNumber()).isTrue();
      assertThat(fake.takeRequest().param("apikey")).isEqualTo(FakePhoneCheckServer.DEFAULT_APIKEY);
      assertThat(fake.requests().get(0).answerBody()).startsWith("{\n  code: 0,");
    }

    @Test
    @PhoneCheckFakeConfig(apikey = "method-key-0000000000000000000000", keyStyle = KeyStyle.QUOTED)
    void aMethodAnnotationConfiguresItsOwnFake(FakePhoneCheckServer fake) {
      assertThat(fake.client().check("13812345678").code()).isZero();
      RecordedPhoneCheckRequest r = fake.takeRequest();
      assertThat(r.param("apikey")).isEqualTo("method-key-0000000000000000000000");
      assertThat(r.answerBody()).startsWith("{\"code\":0");
    }
  }

  @Nested
  @ExtendWith(PhoneCheckFakeExtension.class)
  @PhoneCheckFakeConfig(keyStyle = KeyStyle.QUOTED, perClass = true)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerClass {
    @Test
    @Order(1)
    void first(FakePhoneCheckServer fake) {
      fake.setBalance(0);
      fake.keyStyle(KeyStyle.UNQUOTED);
      assertThatThrownBy(() -> fake.client().check("13812345678")).hasMessageContaining("code -5");
      assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void secondSeesTheSameFakeResetWithItsConfiguredKeyStyle(FakePhoneCheckServer fake) {
      assertThat(fake.requestCount()).isZero();
      assertThat(fake.client().check("13812345678").code()).isZero();
      assertThat(fake.takeRequest().answerBody()).startsWith("{\"code\":0");
    }
  }

  @Test
  void serverOutsideATestIsAnError() {
    assertThatThrownBy(() -> new PhoneCheckFakeExtension().server())
        .isInstanceOf(IllegalStateException.class);
    assertThat(new PhoneCheckFakeExtension().keyStyle(KeyStyle.QUOTED).toString())
        .contains("keyStyle=QUOTED")
        .contains("(from @PhoneCheckFakeConfig)");
  }
}
