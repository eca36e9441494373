package io.github.gamesdk.testkit.openapi;

import static io.github.gamesdk.testkit.openapi.OpenApiClientEndToEndTest.getInfo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.openapi.OpenApiClient;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension in its registrations: per test, configured, in an instance field. */
class OpenApiFakeExtensionTest {
  static String previousUrl;

  static boolean refusesConnections(String baseUrl) {
    try {
      Oracle.get(baseUrl + "/v3/user/get_info");
      return false;
    } catch (UncheckedIOException expected) {
      return true;
    }
  }

  @Nested
  @ExtendWith(OpenApiFakeExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerTestWithDefaults {
    @Test
    @Order(1)
    void injectsTheFakeAndAClientPointedAtIt(FakeOpenApiServer fake, OpenApiClient openapi) {
      assertThat(fake.appId()).isEqualTo("123456");
      assertThat(openapi).isSameAs(fake.client());
      assertThat(openapi.baseUrl().toString()).isEqualTo(fake.baseUrl() + "/");
      assertThat(openapi.getInfo(getInfo()).ret()).isZero();
      assertThat(fake.requestCount()).isEqualTo(1);
      previousUrl = fake.baseUrl();
    }

    @Test
    @Order(2)
    void eachTestGetsAFreshFakeAndThePreviousOneIsClosed(FakeOpenApiServer fake) {
      assertThat(previousUrl).isNotNull().isNotEqualTo(fake.baseUrl());
      assertThat(fake.requestCount()).isZero();
      assertThat(refusesConnections(previousUrl)).isTrue();
    }
  }

  @Nested
  @ExtendWith(OpenApiFakeExtension.class)
  @OpenApiFakeConfig(appId = "1104466820", appKey = "class-level-key")
  class ConfiguredByAnnotation {
    @Test
    void theClassAnnotationSetsTheCredentials(FakeOpenApiServer fake, OpenApiClient openapi) {
      assertThat(openapi.appId()).isEqualTo("1104466820");
      assertThat(openapi.getInfo(getInfo()).ret()).isZero();
      RecordedOpenApiRequest r = fake.takeRequest();
      assertThat(r.param("appid")).isEqualTo("1104466820");
      assertThat(r.param("sig")).isEqualTo(Oracle.sig("class-level-key", "POST", r.path(), r.params()));
    }

    @Test
    @OpenApiFakeConfig(appId = "42", appKey = "method-level-key")
    void aMethodAnnotationWins(OpenApiClient openapi) {
      assertThat(openapi.appId()).isEqualTo("42");
    }
  }

  @Nested
  class PerTestInAnInstanceField {
    @RegisterExtension
    final OpenApiFakeExtension openApi = OpenApiFakeExtension.withApp("7", Secret.of("field-key"));

    @Test
    void theFieldsServerIsTheInjectedOne(FakeOpenApiServer fake) {
      assertThat(openApi.server()).isSameAs(fake);
      assertThat(fake.appId()).isEqualTo("7");
    }
  }

  @Test
  void withAppRejectsBadIdsAndServerNeedsATest() {
    assertThatThrownBy(() -> OpenApiFakeExtension.withApp("x", Secret.of("k")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OpenApiFakeExtension.withApp("1", Secret.of("k")).server())
        .isInstanceOf(IllegalStateException.class);
    assertThat(OpenApiFakeExtension.withApp("1", Secret.of("secret-k")).perClass().toString())
        .doesNotContain("secret-k")
        .contains("perClass=true");
  }
}
