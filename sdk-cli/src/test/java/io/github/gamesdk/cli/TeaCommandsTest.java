package io.github.gamesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The msdktea vectors of PROTOCOLS.md §4 through {@code tea encrypt --random} and back through
 * {@code tea decrypt}; malformed input is a usage error (2), undecryptable ciphertext a bad
 * response (5).
 */
class TeaCommandsTest {
  /** {@code msdkmsdkmsdkmsdk} as hex. */
  private static final String MSDK_KEY = "6d73646b6d73646b6d73646b6d73646b";

  private static final String FF_KEY = Crypto.repeat("ff", 16);

  private static Cli.Result encrypt(String key, String random, String plainHex) {
    return random == null
        ? Cli.runWithInput(plainHex, "tea", "encrypt", "--key", key)
        : Cli.runWithInput(plainHex, "tea", "encrypt", "--key", key, "--random", random);
  }

  private static Cli.Result decrypt(String key, String cipherHex) {
    return Cli.runWithInput(cipherHex, "tea", "decrypt", "--key", key);
  }

  private static void assertVector(String key, String random, String plainHex, String cipherHex) {
    Cli.Result e = encrypt(key, random, plainHex);
    assertThat(e.exit).as(e.toString()).isZero();
    assertThat(e.err).isEmpty();
    assertThat(e.out).isEqualTo(cipherHex + System.lineSeparator());
    Cli.Result d = decrypt(key, cipherHex);
    assertThat(d.exit).as(d.toString()).isZero();
    assertThat(d.err).isEmpty();
    assertThat(d.out).isEqualTo(plainHex + System.lineSeparator());
  }

  @Test
  void body123456() {
    assertVector(MSDK_KEY, "a51122", Crypto.hex("123456"), "34b1afe221e4bdb7f8d901043fb219c3");
  }

  @Test
  void bodyHelloWorld() {
    assertVector(
        MSDK_KEY,
        "f8dcdcdcdc",
        Crypto.hex("hello world!"),
        "5a37219471e2ccdbccd23874b318815012157604d1f0e87e");
  }

  @Test
  void allOnesKeyAndBody() {
    assertVector(
        FF_KEY,
        "fe" + Crypto.repeat("dc", 8),
        Crypto.repeat("ff", 32),
        "753dde5e57b69d403c023d625d1031916363cfa41a6c48bd64221b2dcea62c2b"
            + "9dd6ac1b4b241b6afadadb847046e6f1");
  }

  /**
   * The one-block vector (TEA of 8 zero bytes is {@code 4283fd0fca7edc59}) is not a frame, but it
   * is the first ciphertext block of every frame whose first plaintext block is zero: a 6-byte zero
   * body has no padding, and with random bytes {@code 00 00 00} the header and salt are zero too,
   * so C0 = TEA(P0 xor 0) xor 0 = TEA(0).
   */
  @Test
  void oneTeaBlockAsTheFirstBlockOfAFrame() {
    Cli.Result e = encrypt(MSDK_KEY, "000000", "000000000000");
    assertThat(e.exit).as(e.toString()).isZero();
    assertThat(e.line()).hasSize(32).startsWith("4283fd0fca7edc59");
    Cli.Result d = decrypt(MSDK_KEY, e.line());
    assertThat(d.line()).isEqualTo("000000000000");
  }

  @Test
  void inputMayHaveWhitespaceAndUpperCaseAndOutputIsLowerCase() {
    Cli.Result e =
        Cli.runWithInput(
            " 31 32 33\n34\t35 36\r\n",
            "tea",
            "encrypt",
            "--key",
            MSDK_KEY.toUpperCase(),
            "--random",
            "A5 11 22");
    assertThat(e.exit).as(e.toString()).isZero();
    assertThat(e.line()).isEqualTo("34b1afe221e4bdb7f8d901043fb219c3");
    Cli.Result d =
        Cli.runWithInput(
            "34B1AFE2 21E4BDB7\nF8D90104 3FB219C3\n", "tea", "decrypt", "--key", MSDK_KEY);
    assertThat(d.line()).isEqualTo(Crypto.hex("123456"));
  }

  @Test
  void secureRandomRoundTripsEveryLength() {
    Random random = new Random(42);
    for (int n = 0; n <= 40; n++) {
      byte[] body = new byte[n];
      random.nextBytes(body);
      Cli.Result e = encrypt(MSDK_KEY, null, Crypto.hex(body));
      assertThat(e.exit).as(e.toString()).isZero();
      int padLen = (8 - (n + 10) % 8) % 8;
      assertThat(e.line()).hasSize(2 * (n + 10 + padLen)).matches("[0-9a-f]*");
      Cli.Result d = decrypt(MSDK_KEY, e.line());
      assertThat(d.exit).as(d.toString()).isZero();
      assertThat(d.line()).isEqualTo(Crypto.hex(body));
    }
  }

  @Test
  void emptyBodyEncryptsToSixteenBytes() {
    Cli.Result e = encrypt(MSDK_KEY, "00" + Crypto.repeat("11", 6) + "2222", "");
    assertThat(e.exit).as(e.toString()).isZero();
    assertThat(e.line()).hasSize(32);
    assertThat(decrypt(MSDK_KEY, e.line()).line()).isEmpty();
  }

  @Test
  void wrongKeyOrCorruptCiphertextIsABadResponse() {
    String cipher = "34b1afe221e4bdb7f8d901043fb219c3";
    String[] corrupt = {
      cipher.substring(0, 30) + "c4", // last byte flipped: non-zero tail
      cipher.substring(0, 30), // 15 bytes: not a multiple of 8
      cipher.substring(0, 16), // 8 bytes: below 16
      "", // nothing at all
    };
    for (String c : corrupt) {
      Cli.Result d = decrypt(MSDK_KEY, c);
      assertThat(d.exit).as(c).isEqualTo(5);
      assertThat(d.out).isEmpty();
      assertThat(d.err).startsWith("cannot decrypt: msdktea: ");
    }
    Cli.Result wrongKey = decrypt(FF_KEY, cipher);
    assertThat(wrongKey.exit).isEqualTo(5);
    assertThat(wrongKey.err).contains("cannot decrypt").doesNotContain(FF_KEY);
  }

  @Test
  void malformedHexIsAUsageError() {
    for (String input : new String[] {"abc", "zz", "0x3132", "3132-3334", "３１"}) {
      Cli.Result d = decrypt(MSDK_KEY, input);
      assertThat(d.exit).as(input).isEqualTo(2);
      assertThat(d.out).isEmpty();
      assertThat(d.err).contains("standard input is not hex");
      assertThat(encrypt(MSDK_KEY, null, input).exit).as(input).isEqualTo(2);
    }
  }

  @Test
  void keyMustBeSixteenBytesAndIsNeverEchoed() {
    String[] keys = {
      "6d73646b6d73646b6d73646b6d7364", // 15 bytes
      MSDK_KEY + "00", // 17 bytes
      "secretsecretsecretsecretsecretse", // 32 characters, not hex
      MSDK_KEY.substring(1), // odd
    };
    for (String key : keys) {
      Cli.Result r = encrypt(key, null, "3132");
      assertThat(r.exit).as(key).isEqualTo(2);
      assertThat(r.err).contains("--key").doesNotContain(key);
      assertThat(decrypt(key, "3132").exit).isEqualTo(2);
    }
    assertThat(Cli.runWithInput("3132", "tea", "encrypt").exit).isEqualTo(2);
  }

  @Test
  void randomMustHoldExactlyTheBytesTheFrameTakes() {
    String body = Crypto.hex("123456"); // 6 bytes: padLen 0, 3 random bytes
    Cli.Result few = encrypt(MSDK_KEY, "a511", body);
    assertThat(few.exit).isEqualTo(2);
    assertThat(few.err).contains("exactly 3 bytes for a 6-byte body");
    assertThat(encrypt(MSDK_KEY, "a5112233", body).exit).isEqualTo(2);
    assertThat(encrypt(MSDK_KEY, "a5112", body).exit).isEqualTo(2);
    assertThat(Cli.runWithInput("3132", "tea", "decrypt", "--key", MSDK_KEY, "--random", "00").exit)
        .isEqualTo(2);
  }

  @Test
  void plaintextOfUtf8TextRoundTrips() {
    String json = "{\"openid\":\"名字\",\"ret\":0}";
    Cli.Result e = encrypt(MSDK_KEY, null, Crypto.hex(json));
    Cli.Result d = decrypt(MSDK_KEY, e.line());
    byte[] back = new byte[d.line().length() / 2];
    for (int i = 0; i < back.length; i++) {
      back[i] = (byte) Integer.parseInt(d.line().substring(2 * i, 2 * i + 2), 16);
    }
    assertThat(new String(back, StandardCharsets.UTF_8)).isEqualTo(json);
  }
}
