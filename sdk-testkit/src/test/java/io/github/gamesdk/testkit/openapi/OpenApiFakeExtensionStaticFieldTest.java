package io.github.gamesdk.testkit.openapi;

import static io.github.gamesdk.testkit.openapi.OpenApiClientEndToEndTest.getInfo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.openapi.OpenApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A per-class fake from a static {@code @RegisterExtension} field, injected into {@code @BeforeAll}. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiFakeExtensionStaticFieldTest {
  @RegisterExtension
  static final OpenApiFakeExtension OPENAPI =
      OpenApiFakeExtension.withApp("1104466820", Secret.of("static-key")).perClass();

  static FakeOpenApiServer fromBeforeAll;

  @BeforeAll
  static void fakeIsAvailableBeforeAll(FakeOpenApiServer fake, OpenApiClient openapi) {
    fromBeforeAll = fake;
    assertThat(openapi.appId()).isEqualTo("1104466820");
  }

  @Test
  @Order(1)
  void theSameFakeForEveryTest(FakeOpenApiServer fake, OpenApiClient openapi) {
    assertThat(fake).isSameAs(fromBeforeAll).isSameAs(OPENAPI.server());
    assertThat(openapi.getInfo(getInfo()).ret()).isZero();
    assertThat(fake.takeRequest().sigValid()).isTrue();
    fake.registerApi("/v3/a/b", "{\"ret\":0}");
  }

  @Test
  @Order(2)
  void resetBetweenTests(FakeOpenApiServer fake) {
    assertThat(fake).isSameAs(fromBeforeAll);
    assertThat(fake.requestCount()).isZero();
  }
}
