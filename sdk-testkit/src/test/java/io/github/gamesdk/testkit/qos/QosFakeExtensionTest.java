package io.github.gamesdk.testkit.qos;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.qos.QosClient;
import io.github.gamesdk.qos.model.GetUrlRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension starts, injects, configures, resets and closes fakes. */
class QosFakeExtensionTest {
  @Nested
  @ExtendWith(QosFakeExtension.class)
  class Defaults {
    FakeQosServer before;

    @BeforeEach
    void remember(FakeQosServer fake) {
      before = fake;
    }

    @Test
    void injectsTheFakeAndItsClient(QosClient qos, FakeQosServer fake) {
      assertThat(fake).isSameAs(before);
      assertThat(qos).isSameAs(fake.client());
      assertThat(qos.gameId()).isEqualTo(FakeQosServer.DEFAULT_GAME_ID);
      assertThat(qos.baseUrl().toString()).isEqualTo(fake.baseUrl() + "/");
      assertThat(qos.geturl(GetUrlRequest.forServer("10.0.0.1", "1.2.3.4")).errno()).isZero();
      assertThat(fake.takeRequest().signatureValid()).isTrue();
    }
  }

  @Nested
  @ExtendWith(QosFakeExtension.class)
  @QosFakeConfig(gameId = "1001", secretId = "AKIDclass", secretKey = "class-key")
  class Configured {
    @Test
    void usesTheClassSettings(QosClient qos, FakeQosServer fake) {
      assertThat(fake.gameId()).isEqualTo("1001");
      assertThat(fake.secretId()).isEqualTo("AKIDclass");
      assertThat(qos.geturl(GetUrlRequest.forServer("10.0.0.1", "1.2.3.4")).errno()).isZero();
    }

    @Test
    @QosFakeConfig(gameId = "2002", secretId = "AKIDmethod", secretKey = "method-key")
    void aMethodsSettingsWin(QosClient qos, FakeQosServer fake) {
      assertThat(fake.gameId()).isEqualTo("2002");
      assertThat(qos.geturl(GetUrlRequest.forServer("10.0.0.1", "1.2.3.4")).errno()).isZero();
    }
  }

  @Nested
  class PerClass {
    @RegisterExtension
    final QosFakeExtension qos =
        QosFakeExtension.withGame("3003", "AKIDfield", Secret.of("field-key")).perClass();

    @Test
    void aFieldExtensionServesTheTest() {
      FakeQosServer fake = qos.server();
      fake.respondWith("geturl", 200, "{\"errno\":0,\"errmsg\":\"success\",\"isQos\":0,\"mobileUrl\":\"unknown\"}");
      assertThat(fake.client().geturl(GetUrlRequest.forServer("10.0.0.1", "1.2.3.4")).mobileUrlKnown()).isFalse();
      assertThat(fake.gameId()).isEqualTo("3003");
      assertThat(qos.toString()).contains("3003").doesNotContain("field-key");
    }
  }
}
