package io.github.gamesdk.core.tea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The vectors of PROTOCOLS.md §4 and the edge cases of {@link MsdkTea}. */
class MsdkTeaTest {
  private static final byte[] DEFAULT_KEY = "msdkmsdkmsdkmsdk".getBytes(StandardCharsets.US_ASCII);

  /** key, body, random bytes, ciphertext: the frame vectors of PROTOCOLS.md §4. */
  static Stream<Arguments> frameVectors() {
    return Stream.of(
        Arguments.of(
            DEFAULT_KEY,
            ascii("123456"),
            Hex.decode("a5 11 22"),
            "34b1afe221e4bdb7f8d901043fb219c3"),
        Arguments.of(
            DEFAULT_KEY,
            ascii("hello world!"),
            Hex.decode("f8 dc dc dc dc"),
            "5a37219471e2ccdbccd23874b318815012157604d1f0e87e"),
        Arguments.of(
            Hex.repeat(0xFF, 16),
            Hex.repeat(0xFF, 32),
            Hex.decode("fe dc dc dc dc dc dc dc dc"),
            "753dde5e57b69d403c023d625d1031916363cfa41a6c48bd"
                + "64221b2dcea62c2b9dd6ac1b4b241b6afadadb847046e6f1"));
  }

  @Test
  void oneBlockVector() {
    MsdkTea tea = MsdkTea.withDefaultKey();
    assertThat(tea.encryptBlock(0L)).isEqualTo(0x4283fd0fca7edc59L);
    assertThat(tea.decryptBlock(0x4283fd0fca7edc59L)).isEqualTo(0L);
  }

  @Test
  void oneBlockVectorHoldsForTheReference() {
    ReferenceTea reference = new ReferenceTea(DEFAULT_KEY);
    assertThat(Hex.encode(reference.teaEncrypt(new byte[8]))).isEqualTo("4283fd0fca7edc59");
    assertThat(reference.teaDecrypt(Hex.decode("4283fd0fca7edc59"))).isEqualTo(new byte[8]);
  }

  @ParameterizedTest
  @MethodSource("frameVectors")
  void encryptsTheVector(byte[] key, byte[] body, byte[] random, String cipherHex) {
    RandomSource source = RandomSource.fixed(random);
    assertThat(Hex.encode(MsdkTea.of(key).encrypt(body, source))).isEqualTo(cipherHex);
    // Exactly header + padding + salt bytes were consumed.
    assertThatThrownBy(source::nextByte).isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @MethodSource("frameVectors")
  void decryptsTheVector(byte[] key, byte[] body, byte[] random, String cipherHex) {
    assertThat(MsdkTea.of(key).decrypt(Hex.decode(cipherHex))).isEqualTo(body);
  }

  @ParameterizedTest
  @MethodSource("frameVectors")
  void referenceAgreesWithTheVector(byte[] key, byte[] body, byte[] random, String cipherHex) {
    ReferenceTea reference = new ReferenceTea(key);
    assertThat(Hex.encode(reference.encrypt(body, random))).isEqualTo(cipherHex);
    assertThat(reference.decrypt(Hex.decode(cipherHex))).isEqualTo(body);
  }

  @Test
  void defaultKeyIsMsdkRepeated() {
    byte[] plain = ascii("{\"appid\":\"100703379\"}");
    byte[] random = Hex.decode("01 02 03 04 05 06 07 08 09 0a");
    assertThat(MsdkTea.withDefaultKey().encrypt(plain, RandomSource.fixed(random)))
        .isEqualTo(MsdkTea.of(DEFAULT_KEY).encrypt(plain, RandomSource.fixed(random)));
    assertThat(MsdkTea.withDefaultKey()).isSameAs(MsdkTea.withDefaultKey());
    assertThat(MsdkTea.ENCODING).isEqualTo("msdktea");
  }

  @Test
  void randomSourceRunningOutFails() {
    // "123456" needs 3 random bytes (no padding); two are not enough.
    RandomSource twoBytes = RandomSource.fixed(Hex.decode("a5 11"));
    assertThatThrownBy(() -> MsdkTea.withDefaultKey().encrypt(ascii("123456"), twoBytes))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void keyMustHave16Bytes() {
    assertThatThrownBy(() -> MsdkTea.of(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16");
    assertThatThrownBy(() -> MsdkTea.of(new byte[17])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MsdkTea.of(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MsdkTea.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void keyIsCopied() {
    byte[] key = Hex.repeat(0xFF, 16);
    MsdkTea tea = MsdkTea.of(key);
    Arrays.fill(key, (byte) 0);
    assertThat(
            Hex.encode(
                tea.encrypt(Hex.repeat(0xFF, 32), RandomSource.fixed(Hex.decode("fe" + dc(8))))))
        .startsWith("753dde5e57b69d40");
  }

  @Test
  void toStringHidesTheKey() {
    assertThat(MsdkTea.withDefaultKey().toString())
        .isEqualTo("MsdkTea[key=****]")
        .doesNotContain("msdkmsdk");
    assertThat(MsdkTea.of(Hex.repeat(0xAB, 16)).toString()).doesNotContainIgnoringCase("ab");
  }

  @Test
  void emptyBodyIs16Bytes() {
    MsdkTea tea = MsdkTea.withDefaultKey();
    byte[] cipher = tea.encrypt(new byte[0]);
    assertThat(cipher).hasSize(16);
    assertThat(tea.decrypt(cipher)).isEmpty();
  }

  @Test
  void secureEncryptionRoundTripsAndVaries() {
    MsdkTea tea = MsdkTea.withDefaultKey();
    byte[] plain = ascii("{\"openid\":\"F4382318AFBBD94F856E8B1C8C1DDEF1\"}");
    byte[] first = tea.encrypt(plain);
    byte[] second = tea.encrypt(plain);
    assertThat(tea.decrypt(first)).isEqualTo(plain);
    assertThat(tea.decrypt(second)).isEqualTo(plain);
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void offsetAndLengthOverloads() {
    MsdkTea tea = MsdkTea.withDefaultKey();
    byte[] cipher = Hex.decode("5a37219471e2ccdbccd23874b318815012157604d1f0e87e");
    byte[] padded = new byte[cipher.length + 11];
    System.arraycopy(cipher, 0, padded, 5, cipher.length);
    assertThat(tea.decrypt(padded, 5, cipher.length)).isEqualTo(ascii("hello world!"));

    byte[] body = ascii("xxhello world!yy");
    assertThat(tea.encrypt(body, 2, 12, RandomSource.fixed(Hex.decode("f8" + dc(4)))))
        .isEqualTo(cipher);

    assertThatThrownBy(() -> tea.decrypt(padded, 20, 16))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> tea.decrypt(padded, -1, 16))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> tea.encrypt(body, 10, 7, RandomSource.secure()))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> tea.encrypt(body, 0, -1, RandomSource.secure()))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void rejectsBadLengths() {
    MsdkTea tea = MsdkTea.withDefaultKey();
    for (int length : new int[] {0, 1, 7, 8, 9, 15, 17, 23, 31}) {
      assertThatThrownBy(() -> tea.decrypt(new byte[length]))
          .as("length %d", length)
          .isInstanceOf(MsdkTeaException.class)
          .hasMessageContaining("multiple of 8");
    }
  }

  @Test
  void rejectsNegativeBodyLength() {
    MsdkTea tea = MsdkTea.withDefaultKey();
    // A first block whose header announces 7 padding bytes: 1 + 7 + 2 + 7 = 17 > 16 bytes.
    long firstBlock = tea.encryptBlock(0x07L << 56);
    byte[] cipher = new byte[16];
    for (int i = 0; i < 8; i++) {
      cipher[i] = (byte) (firstBlock >>> (56 - 8 * i));
    }
    assertThatThrownBy(() -> tea.decrypt(cipher))
        .isInstanceOf(MsdkTeaException.class)
        .hasMessageContaining("negative body length");
  }

  @Test
  void rejectsFlippedBitInLastBlock() {
    MsdkTea tea = MsdkTea.withDefaultKey();
    byte[] cipher = Hex.decode("5a37219471e2ccdbccd23874b318815012157604d1f0e87e");
    for (int bit = 0; bit < 64; bit++) {
      byte[] corrupt = cipher.clone();
      corrupt[cipher.length - 8 + bit / 8] ^= (byte) (1 << (bit % 8));
      assertThatThrownBy(() -> tea.decrypt(corrupt))
          .isInstanceOf(MsdkTeaException.class)
          .hasMessageContaining("trailing");
    }
  }

  @Test
  void rejectsWrongKey() {
    byte[] cipher = Hex.decode("34b1afe221e4bdb7f8d901043fb219c3");
    assertThatThrownBy(() -> MsdkTea.of(Hex.repeat(0x01, 16)).decrypt(cipher))
        .isInstanceOf(MsdkTeaException.class);
  }

  @Test
  void messagesNeverShowTheKey() {
    MsdkTea tea = MsdkTea.withDefaultKey();
    List<byte[]> corrupt = new ArrayList<>();
    corrupt.add(new byte[15]);
    corrupt.add(new byte[24]);
    byte[] flipped = Hex.decode("34b1afe221e4bdb7f8d901043fb219c3");
    flipped[15] ^= 1;
    corrupt.add(flipped);
    for (byte[] cipher : corrupt) {
      assertThatThrownBy(() -> tea.decrypt(cipher))
          .isInstanceOf(MsdkTeaException.class)
          .hasMessageStartingWith("msdktea: ")
          .satisfies(
              e ->
                  assertThat(e.getMessage())
                      .doesNotContain("msdkmsdk")
                      .doesNotContainIgnoringCase(Hex.encode(DEFAULT_KEY)));
    }
  }

  @Test
  void isThreadSafe() throws Exception {
    MsdkTea tea = MsdkTea.withDefaultKey();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int task = 0; task < 200; task++) {
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    byte[] plain = new byte[ThreadLocalRandom.current().nextInt(300)];
                    ThreadLocalRandom.current().nextBytes(plain);
                    if (!Arrays.equals(tea.decrypt(tea.encrypt(plain)), plain)) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static String dc(int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append("dc");
    }
    return sb.toString();
  }
}
