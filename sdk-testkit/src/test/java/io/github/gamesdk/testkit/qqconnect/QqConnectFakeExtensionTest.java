package io.github.gamesdk.testkit.qqconnect;

import static io.github.gamesdk.testkit.qqconnect.QqConnectClientEndToEndTest.seedCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.qqconnect.QqConnectClient;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension in its registrations: per test, per class, configured, injected. */
class QqConnectFakeExtensionTest {

  static boolean refusesConnections(String baseUrl) {
    try {
      Independent.get(HttpUrl.get(baseUrl + "/oauth2.0/me"));
      return false;
    } catch (UncheckedIOException expected) {
      return true;
    }
  }

  @Nested
  @ExtendWith(QqConnectFakeExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerTestWithDefaults {
    final List<String> seenInBeforeEach = new ArrayList<>();

    @BeforeEach
    void injectedIntoBeforeEachToo(FakeQqConnectServer fake) {
      seenInBeforeEach.add(fake.baseUrl());
    }

    @Test
    @Order(1)
    void injectsTheFakeAndAClientPointedAtIt(FakeQqConnectServer fake, QqConnectClient qq) {
      assertThat(seenInBeforeEach).containsExactly(fake.baseUrl());
      assertThat(fake.appId()).isEqualTo("100330589");
      assertThat(qq).isSameAs(fake.client());
      assertThat(qq.appId()).isEqualTo("100330589");
      assertThat(qq.baseUrl().toString()).isEqualTo(fake.baseUrl() + "/");
      assertThat(qq.graphBaseUrl().toString()).isEqualTo(fake.baseUrl() + "/");
      assertThat(qq.qcSetSummaryCard(seedCard()).ret()).isZero();
      assertThat(fake.requestCount()).isEqualTo(1);
      Shared.previousPerTestUrl = fake.baseUrl();
    }

    @Test
    @Order(2)
    void eachTestGetsAFreshFakeAndThePreviousOneIsClosed(FakeQqConnectServer fake) {
      assertThat(Shared.previousPerTestUrl).isNotNull().isNotEqualTo(fake.baseUrl());
      assertThat(fake.requestCount()).isZero();
      assertThat(refusesConnections(Shared.previousPerTestUrl)).isTrue();
    }
  }

  @Nested
  @ExtendWith(QqConnectFakeExtension.class)
  @QqConnectFakeConfig(appId = "1104466820", appKey = "class-level-key")
  class ConfiguredByAnnotation {
    @Test
    void theClassAnnotationSetsTheCredentials(FakeQqConnectServer fake, QqConnectClient qq) {
      assertThat(fake.appId()).isEqualTo("1104466820");
      assertThat(qq.qcSetSummaryCard(seedCard()).ret()).isZero();
      RecordedQqRequest sent = fake.takeRequest();
      assertThat(sent.param("oauth_consumer_key")).isEqualTo("1104466820");
      assertThat(sent.param("sign"))
          .isEqualTo(Independent.qqSign(withoutSign(sent), "class-level-key"));
    }

    @Test
    @QqConnectFakeConfig(appId = "222", appKey = "method-level-key")
    void aMethodAnnotationWins(FakeQqConnectServer fake, QqConnectClient qq) {
      assertThat(fake.appId()).isEqualTo("222");
      assertThat(qq.qcSetSummaryCard(seedCard()).ret()).isZero();
      assertThat(Independent.qqSign(withoutSign(fake.takeRequest()), "method-level-key"))
          .isEqualTo(fake.requests().get(0).param("sign"));
    }
  }

  static java.util.Map<String, String> withoutSign(RecordedQqRequest r) {
    java.util.Map<String, String> p = new java.util.LinkedHashMap<>(r.params());
    p.remove("sign");
    return p;
  }

  @Nested
  @ExtendWith(QqConnectFakeExtension.class)
  @QqConnectFakeConfig(appId = "1104466820", appKey = "per-class-key", perClass = true)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerClassByAnnotation {
    @Test
    @Order(1)
    void oneFakeServesTheClass(FakeQqConnectServer fake) {
      assertThat(fake.appId()).isEqualTo("1104466820");
      fake.respondWith("qc_set_summary_card", 200, "{\"ret\":0,\"msg\":\"scripted\"}");
      assertThat(fake.client().qcSetSummaryCard(seedCard()).msg()).isEqualTo("scripted");
      fake.respondWith("qc_set_summary_card", 200, "{\"ret\":0,\"msg\":\"left over\"}");
      fake.registerToken(Secret.of("t"), "o");
      Shared.perClassUrl = fake.baseUrl();
    }

    @Test
    @Order(2)
    void itIsResetBeforeEachTest(FakeQqConnectServer fake, QqConnectClient qq) {
      assertThat(fake.baseUrl()).isEqualTo(Shared.perClassUrl);
      assertThat(fake.requestCount()).isZero();
      assertThat(qq.qcSetSummaryCard(seedCard()).msg()).isEqualTo("ok");
    }
  }

  @Nested
  class InstanceField {
    @RegisterExtension
    final QqConnectFakeExtension qq = QqConnectFakeExtension.withApp("100330589", Secret.of("123456"));

    @Test
    void serverIsTheCurrentFake(FakeQqConnectServer injected) {
      assertThat(qq.server()).isSameAs(injected);
      assertThat(qq.toString()).contains("100330589").doesNotContain("123456");
    }
  }

  @Test
  void withAppChecksTheAppId() {
    assertThatThrownBy(() -> QqConnectFakeExtension.withApp("abc", Secret.of("k")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new QqConnectFakeExtension().server()).isInstanceOf(IllegalStateException.class);
  }

  @AfterAll
  static void thePerClassFakeIsClosedWithItsClass() {
    // The nested per-class test class has finished by now.
    assertThat(Shared.perClassUrl).isNotNull();
    assertThat(refusesConnections(Shared.perClassUrl)).isTrue();
  }

  /** State that crosses test instances. */
  static final class Shared {
    static volatile String previousPerTestUrl;
    static volatile String perClassUrl;

    private Shared() {}
  }
}
