package io.github.gamesdk.core.tea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of {@link MsdkTea}, checked against the independent {@link ReferenceTea}. */
class MsdkTeaPropertiesTest {

  @Property
  void roundTrips(
      @ForAll @Size(max = 5000) byte[] body,
      @ForAll @Size(16) byte[] key,
      @ForAll @Size(10) byte[] random) {
    MsdkTea tea = MsdkTea.of(key);
    assertThat(tea.decrypt(tea.encrypt(body, RandomSource.fixed(random)))).isEqualTo(body);
  }

  @Property(tries = 200)
  void roundTripsWithSecureRandom(@ForAll @Size(max = 5000) byte[] body) {
    MsdkTea tea = MsdkTea.withDefaultKey();
    assertThat(tea.decrypt(tea.encrypt(body))).isEqualTo(body);
  }

  @Property
  void ciphertextLengthFollowsTheFrame(
      @ForAll @Size(max = 5000) byte[] body, @ForAll @Size(10) byte[] random) {
    int padLen = (8 - (body.length + 10) % 8) % 8;
    AtomicInteger consumed = new AtomicInteger();
    RandomSource fixed = RandomSource.fixed(random);
    RandomSource counting =
        () -> {
          consumed.incrementAndGet();
          return fixed.nextByte();
        };
    byte[] cipher = MsdkTea.withDefaultKey().encrypt(body, counting);
    assertThat(cipher).hasSize(body.length + 10 + padLen);
    assertThat(cipher.length % 8).isZero();
    assertThat(cipher.length).isGreaterThanOrEqualTo(16);
    assertThat(consumed.get()).isEqualTo(1 + padLen + 2);
  }

  @Property
  void agreesWithTheReference(
      @ForAll @Size(max = 5000) byte[] body,
      @ForAll @Size(16) byte[] key,
      @ForAll @Size(10) byte[] random) {
    ReferenceTea reference = new ReferenceTea(key);
    byte[] expected = reference.encrypt(body, random);
    MsdkTea tea = MsdkTea.of(key);
    assertThat(tea.encrypt(body, RandomSource.fixed(random))).isEqualTo(expected);
    assertThat(tea.decrypt(expected)).isEqualTo(reference.decrypt(expected)).isEqualTo(body);
  }

  @Property
  void garbageOfBlockLengthIsRejectedOnlyWithMsdkTeaException(
      @ForAll("blockGarbage") byte[] garbage, @ForAll @Size(16) byte[] key) {
    checkGarbage(garbage, key);
  }

  @Property
  void garbageOfAnyLengthIsRejectedOnlyWithMsdkTeaException(
      @ForAll @Size(max = 300) byte[] garbage, @ForAll @Size(16) byte[] key) {
    checkGarbage(garbage, key);
  }

  @Property
  void anyFlippedBitIsDetected(
      @ForAll @Size(max = 600) byte[] body,
      @ForAll @Size(16) byte[] key,
      @ForAll @Size(10) byte[] random,
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int position) {
    MsdkTea tea = MsdkTea.of(key);
    byte[] cipher = tea.encrypt(body, RandomSource.fixed(random));
    int bit = position % (cipher.length * 8);
    cipher[bit / 8] ^= (byte) (1 << (bit % 8));
    assertThatThrownBy(() -> tea.decrypt(cipher)).isInstanceOf(MsdkTeaException.class);
  }

  @Provide
  Arbitrary<byte[]> blockGarbage() {
    return Arbitraries.integers()
        .between(0, 80)
        .flatMap(blocks -> Arbitraries.bytes().array(byte[].class).ofSize(8 * blocks));
  }

  /** Decrypting garbage either fails with MsdkTeaException or yields what the reference yields. */
  private static void checkGarbage(byte[] garbage, byte[] key) {
    byte[][] result = new byte[1][];
    Throwable thrown = catchThrowable(() -> result[0] = MsdkTea.of(key).decrypt(garbage));
    Throwable referenceThrown = catchThrowable(() -> new ReferenceTea(key).decrypt(garbage));
    if (thrown == null) {
      assertThat(referenceThrown).isNull();
      assertThat(result[0]).isEqualTo(new ReferenceTea(key).decrypt(garbage));
    } else {
      assertThat(thrown).isInstanceOf(MsdkTeaException.class);
      assertThat(referenceThrown).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
