package io.github.gamesdk.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing of the Redis URI; no Redis needed. */
class RedisUriTest {
  @Test
  void hostAlone() {
    RedisUri u = RedisUri.parse("redis://cache.internal");
    assertThat(u.host()).isEqualTo("cache.internal");
    assertThat(u.port()).isEqualTo(6379);
    assertThat(u.database()).isZero();
    assertThat(u.tls()).isFalse();
    assertThat(u.user()).isNull();
    assertThat(u.password()).isNull();
    assertThat(u.redacted()).isEqualTo("redis://cache.internal:6379/0");
  }

  @Test
  void everyPart() {
    RedisUri u = RedisUri.parse("rediss://game:s3cr%40t@10.1.2.3:6380/5");
    assertThat(u.tls()).isTrue();
    assertThat(u.host()).isEqualTo("10.1.2.3");
    assertThat(u.port()).isEqualTo(6380);
    assertThat(u.database()).isEqualTo(5);
    assertThat(u.user()).isEqualTo("game");
    assertThat(u.password()).isEqualTo("s3cr@t");
    assertThat(u.redacted()).isEqualTo("rediss://****@10.1.2.3:6380/5");
  }

  @Test
  void passwordWithoutUser() {
    RedisUri colon = RedisUri.parse("redis://:pw1@h:1/");
    assertThat(colon.user()).isNull();
    assertThat(colon.password()).isEqualTo("pw1");
    RedisUri bare = RedisUri.parse("redis://pw2@h");
    assertThat(bare.user()).isNull();
    assertThat(bare.password()).isEqualTo("pw2");
    assertThat(bare.redacted()).isEqualTo("redis://****@h:6379/0");
  }

  @Test
  void ipv6() {
    RedisUri u = RedisUri.parse("redis://[::1]:7000/2");
    assertThat(u.host()).isEqualTo("::1");
    assertThat(u.redacted()).isEqualTo("redis://[::1]:7000/2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://:topsecret@h:1",
        "redis://:topsecret@/0",
        "redis://:topsecret@h:1/x",
        "redis://:topsecret@h:1/0?timeout=5",
        "redis://:top secret@h:1",
        "topsecret"
      })
  void invalidUrisAreRejectedWithoutQuotingThem(String uri) {
    assertThatThrownBy(() -> RedisUri.parse(uri))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("redisUri")
        .hasMessageNotContaining("secret");
  }

  @Test
  void storeToStringNeverShowsThePassword() {
    try (RedisDedupeStore store =
        RedisDedupeStore.create("redis://admin:hunter2@127.0.0.1:1/3", "p:")) {
      assertThat(store.toString())
          .isEqualTo("RedisDedupeStore{redis://****@127.0.0.1:1/3, timeout=PT1S, keyPrefix=p:}")
          .doesNotContain("hunter2")
          .doesNotContain("admin");
    }
  }

  @Test
  void createChecksItsArguments() {
    assertThatThrownBy(() -> RedisDedupeStore.create("redis://h", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RedisDedupeStore.create("redis://h", "p", java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> RedisDedupeStore.create("redis://h", "p", java.time.Duration.ofMinutes(2)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
