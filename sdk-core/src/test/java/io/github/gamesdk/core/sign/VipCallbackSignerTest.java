package io.github.gamesdk.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.Secret;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class VipCallbackSignerTest {
  private static final String DATA =
      "{\"appid\":\"1111\",\"aid\":\"aaaa\",\"uin\":\"10001\",\"ts\":1514736000000,\"num\":1}";

  @Test
  void md5OfDataThenAppkey() {
    // RFC 1321 test suite: MD5("abc") = 900150983cd24fb0d6963f7d28e17f72.
    SignatureResult r = VipCallbackSigner.of(Secret.of("c")).sign("ab");
    assertThat(r.signature()).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
    assertThat(r.canonical()).isEqualTo("ab****");
  }

  @Test
  void seedAppkey() {
    // Seed 003 line ~1990: appkey ffff.
    SignatureResult r = VipCallbackSigner.of(Secret.of("ffff")).sign(DATA);
    assertThat(r.signature()).isEqualTo(Reference.md5Hex(DATA + "ffff"));
    assertThat(r.canonical()).isEqualTo(DATA + "****");
  }

  @Test
  void verifyAcceptsBothCases() {
    VipCallbackSigner signer = VipCallbackSigner.of(Secret.of("ffff"));
    String sign = Reference.md5Hex(DATA + "ffff");
    assertThat(signer.verify(DATA, sign)).isTrue();
    assertThat(signer.verify(DATA, sign.toUpperCase(Locale.ROOT))).isTrue();
  }

  @Test
  void verifyRejectsMalformed() {
    VipCallbackSigner signer = VipCallbackSigner.of(Secret.of("ffff"));
    String sign = Reference.md5Hex(DATA + "ffff");
    assertThat(signer.verify(DATA, null)).isFalse();
    assertThat(signer.verify(null, sign)).isFalse();
    assertThat(signer.verify(DATA, "")).isFalse();
    assertThat(signer.verify(DATA, sign.substring(1))).isFalse();
    assertThat(signer.verify(DATA, sign + "0")).isFalse();
    assertThat(signer.verify(DATA, "g" + sign.substring(1))).isFalse();
    assertThat(signer.verify(DATA, " " + sign.substring(1))).isFalse();
    assertThat(signer.verify(DATA + " ", sign)).isFalse();
    assertThat(VipCallbackSigner.of(Secret.of("fffe")).verify(DATA, sign)).isFalse();
  }

  @Test
  void keyNeverShown() {
    VipCallbackSigner signer = VipCallbackSigner.of(Secret.of("AppKeyOnlyHere"));
    SignatureResult r = signer.sign(DATA);
    assertThat(r.canonical()).doesNotContain("AppKeyOnlyHere");
    assertThat(r.toString()).doesNotContain("AppKeyOnlyHere").doesNotContain(r.signature());
    assertThat(signer.toString()).doesNotContain("AppKeyOnlyHere");
  }

  @Test
  void nulls() {
    assertThatThrownBy(() -> VipCallbackSigner.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> VipCallbackSigner.of(Secret.of("k")).sign(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Property
  void matchesReferenceAndVerifies(@ForAll("text") String appkey, @ForAll("text") String data) {
    VipCallbackSigner signer = VipCallbackSigner.of(Secret.of(appkey));
    String expected = Reference.md5Hex(data + appkey);
    assertThat(signer.sign(data).signature()).isEqualTo(expected);
    assertThat(signer.verify(data, expected)).isTrue();
    assertThat(signer.verify(data, expected.toUpperCase(Locale.ROOT))).isTrue();
  }

  @Property
  void verifyRejectsAnyOneCharChange(
      @ForAll("text") String data,
      @ForAll @IntRange(min = 0, max = 31) int position,
      @ForAll @IntRange(min = 1, max = 15) int delta) {
    VipCallbackSigner signer = VipCallbackSigner.of(Secret.of("appkey"));
    String sign = Reference.md5Hex(data + "appkey");
    int digit = Character.digit(sign.charAt(position), 16);
    char changed = Character.forDigit((digit + delta) % 16, 16);
    String tampered = sign.substring(0, position) + changed + sign.substring(position + 1);
    assertThat(signer.verify(data, tampered)).isFalse();
  }

  @Property
  void verifyRejectsWrongLength(
      @ForAll("text") String data, @ForAll @IntRange(min = 0, max = 64) int length) {
    VipCallbackSigner signer = VipCallbackSigner.of(Secret.of("appkey"));
    String sign = Reference.md5Hex(data + "appkey");
    String other = (sign + sign).substring(0, length);
    assertThat(signer.verify(data, other)).isEqualTo(length == 32);
  }

  @Provide
  Arbitrary<String> text() {
    return Strings.text(1, 20);
  }
}
