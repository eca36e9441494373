package io.github.gamesdk.testkit.qqconnect;

import static io.github.gamesdk.testkit.qqconnect.QqConnectClientEndToEndTest.seedCard;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.qqconnect.QqConnectClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A per-class fake from a static {@code @RegisterExtension} field, injected into {@code @BeforeAll}. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QqConnectFakeExtensionStaticFieldTest {
  @RegisterExtension
  static final QqConnectFakeExtension QQ =
      QqConnectFakeExtension.withApp("1104466820", Secret.of("static-key")).perClass();

  static FakeQqConnectServer fromBeforeAll;

  @BeforeAll
  static void fakeIsAvailableBeforeAll(FakeQqConnectServer fake, QqConnectClient qq) {
    fromBeforeAll = fake;
    assertThat(qq.appId()).isEqualTo("1104466820");
  }

  @Test
  @Order(1)
  void theSameFakeForEveryTest(FakeQqConnectServer fake, QqConnectClient qq) {
    assertThat(fake).isSameAs(fromBeforeAll).isSameAs(QQ.server());
    assertThat(qq.qcSetSummaryCard(seedCard()).ret()).isZero();
    assertThat(fake.takeRequest().signValid()).isTrue();
  }

  @Test
  @Order(2)
  void resetBetweenTests(FakeQqConnectServer fake) {
    assertThat(fake).isSameAs(fromBeforeAll);
    assertThat(fake.requestCount()).isZero();
  }
}
