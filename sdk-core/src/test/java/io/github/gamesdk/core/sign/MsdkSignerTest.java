package io.github.gamesdk.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.Secret;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MsdkSignerTest {
  @Test
  void seedCommentVector() {
    // Seed 004, PHP example comment: the md5 of "111111" is "96e79218965e...d5a330112".
    SignatureResult r = MsdkSigner.of(Secret.of("1111")).sign(11);
    assertThat(r.signature()).isEqualTo("96e79218965eb72c92a549dd5a330112");
    assertThat(r.canonical()).isEqualTo("****11");
  }

  @Test
  void keyThenSeconds() {
    SignatureResult r = MsdkSigner.of(Secret.of("f92212f75cd0123456789")).sign(1496203804L);
    assertThat(r.signature()).isEqualTo(Reference.md5Hex("f92212f75cd01234567891496203804"));
    assertThat(r.canonical()).isEqualTo("****1496203804");
    assertThat(r.toString()).doesNotContain("f92212f75cd").doesNotContain(r.signature());
    assertThat(MsdkSigner.of(Secret.of("f92212f75cd0123456789")).toString())
        .doesNotContain("f92212f75cd");
  }

  @Test
  void rejectsNegativeTimestamp() {
    assertThatThrownBy(() -> MsdkSigner.of(Secret.of("k")).sign(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timestamp");
    assertThatThrownBy(() -> MsdkSigner.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Property
  void matchesReference(
      @ForAll("key") String key, @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long ts) {
    SignatureResult r = MsdkSigner.of(Secret.of(key)).sign(ts);
    assertThat(r.signature()).isEqualTo(Reference.md5Hex(key + ts));
    assertThat(r.canonical()).isEqualTo("****" + ts);
  }

  @Provide
  Arbitrary<String> key() {
    return Strings.text(1, 10);
  }
}
