package io.github.gamesdk.testkit.msdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.msdk.MsdkClient;
import io.github.gamesdk.msdk.model.freeflow.FreeflowGetinfoRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension: defaults, {@code @MsdkFakeConfig}, {@code withApp(...).perClass()}. */
class MsdkFakeExtensionTest {
  @Nested
  @ExtendWith(MsdkFakeExtension.class)
  class Defaults {
    @Test
    void injectsTheFakeAndItsClient(FakeMsdkServer fake, MsdkClient msdk) {
      assertThat(fake.appId()).isEqualTo(FakeMsdkServer.DEFAULT_APP_ID);
      assertThat(msdk).isSameAs(fake.client());
      assertThat(msdk.baseUrl().toString()).startsWith(fake.baseUrl());
      assertThat(msdk.freeflow().getinfo("o", FreeflowGetinfoRequest.of("o")).ret()).isZero();
    }
  }

  @Nested
  @ExtendWith(MsdkFakeExtension.class)
  @MsdkFakeConfig(appId = "wxcde873f99466f74a", msdkKey = "configured-key", appKey = "")
  class Configured {
    @Test
    void usesTheAnnotation(FakeMsdkServer fake, MsdkClient msdk) {
      assertThat(fake.appId()).isEqualTo("wxcde873f99466f74a");
      assertThat(msdk.freeflow().getinfo("o", FreeflowGetinfoRequest.of("o")).ret()).isZero();
      assertThat(fake.takeRequest().param("sig")).isEqualTo(
          Independent.md5("configured-key" + fake.requests().get(0).param("timestamp")));
    }
  }

  @Nested
  class PerClass {
    @RegisterExtension
    final MsdkFakeExtension msdk = MsdkFakeExtension.withApp("G_100703379", Secret.of("guest-key")).perClass();

    @Test
    void serverIsReachableFromTheField() {
      assertThat(msdk.server().appId()).isEqualTo("G_100703379");
      assertThat(msdk.server().client().freeflow().getinfo(null, FreeflowGetinfoRequest.of("o")).ret()).isZero();
      assertThat(msdk.toString()).doesNotContain("guest-key");
    }
  }
}
