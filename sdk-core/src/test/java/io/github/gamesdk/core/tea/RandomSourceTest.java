package io.github.gamesdk.core.tea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RandomSourceTest {

  @Test
  void fixedReturnsTheBytesInOrderThenFails() {
    byte[] bytes = Hex.decode("00 7f 80 ff");
    RandomSource source = RandomSource.fixed(bytes);
    bytes[0] = 1; // copied
    assertThat(source.nextByte()).isEqualTo(0x00);
    assertThat(source.nextByte()).isEqualTo(0x7F);
    assertThat(source.nextByte()).isEqualTo(0x80);
    assertThat(source.nextByte()).isEqualTo(0xFF);
    assertThatThrownBy(source::nextByte)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exhausted");
    assertThatThrownBy(source::nextByte).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void emptyFixedFailsAtOnce() {
    assertThatThrownBy(RandomSource.fixed(new byte[0])::nextByte)
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void secureIsSharedAndInRange() {
    RandomSource source = RandomSource.secure();
    assertThat(source).isSameAs(RandomSource.secure());
    boolean[] seen = new boolean[256];
    for (int i = 0; i < 20_000; i++) {
      int b = source.nextByte();
      assertThat(b).isBetween(0, 255);
      seen[b] = true;
    }
    for (int b = 0; b < 256; b++) {
      assertThat(seen[b]).as("byte %d seen", b).isTrue();
    }
  }
}
