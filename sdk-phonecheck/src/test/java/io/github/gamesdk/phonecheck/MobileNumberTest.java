package io.github.gamesdk.phonecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.error.InvalidRequestException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code mobile} rule: one mainland mobile number, the +86 country code normalized away. */
class MobileNumberTest {
  @ParameterizedTest
  @CsvSource({
    // The seed's own numbers (lines 77, 86, 102).
    "16717707933,16717707933",
    "18819079212,18819079212",
    "18466849135,18466849135",
    "13012345678,13012345678",
    "19912345678,19912345678",
    "+8613812345678,13812345678",
    "'+86 13812345678',13812345678",
    "+86-13812345678,13812345678",
    "008613812345678,13812345678",
    "8613812345678,13812345678",
    "'  13812345678 ',13812345678",
  })
  void acceptsAndNormalizes(String given, String sent) {
    assertThat(MobileNumber.normalize(given)).isEqualTo(sent);
    assertThat(MobileNumber.isValid(given)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "1381234567", // 10 digits
        "138123456789", // 12 digits
        "12812345678", // 12x is not a mobile prefix
        "10012345678",
        "23812345678",
        "138 1234 5678", // separators inside
        "138-1234-5678",
        "１３８１２３４５６７８", // full-width digits
        "+8513812345678", // another country code
        "+86 1381234567",
        "+86  13812345678", // two spaces
        "86 86 13812345678",
        "075512345678", // a landline
        "1381234567x",
        "tel:13812345678",
      })
  void rejectsNamingMobileAndNeverTheNumber(String bad) {
    assertThatThrownBy(() -> MobileNumber.normalize(bad))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.field()).isEqualTo("mobile");
              if (bad.trim().length() > 3) {
                assertThat(e.getMessage()).doesNotContain(bad.trim());
              }
            });
    assertThat(MobileNumber.isValid(bad)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"13812345678,13912345678", "13812345678 13912345678", "13812345678;13912345678"})
  void aListIsRejectedAsOneNumberPerCall(String list) {
    assertThatThrownBy(() -> MobileNumber.normalize(list))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.field()).isEqualTo("mobile");
              assertThat(e.rule()).contains("one number per call");
              assertThat(e.getMessage()).doesNotContain("13812345678").doesNotContain("13912345678");
            });
  }

  @Test
  void nullIsRequired() {
    assertThatThrownBy(() -> MobileNumber.normalize(null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.rule()).isEqualTo("required"));
    assertThat(MobileNumber.isValid(null)).isFalse();
  }

  @Property(tries = 300)
  void everyElevenDigitNumberFrom13To19IsAcceptedAsIs(@ForAll("mainland") String n) {
    assertThat(MobileNumber.normalize(n)).isEqualTo(n);
    assertThat(MobileNumber.normalize("+86" + n)).isEqualTo(n);
    assertThat(MobileNumber.normalize("0086 " + n)).isEqualTo(n);
  }

  @Property(tries = 300)
  void digitStringsOfAnyOtherLengthAreRejected(
      @ForAll @IntRange(min = 1, max = 20) int length, @ForAll @StringLength(20) String digitsSeed) {
    if (length == 11) {
      return; // covered by the property above
    }
    StringBuilder sb = new StringBuilder("1");
    for (int i = 1; i < length; i++) {
      sb.append((char) ('0' + Math.abs(digitsSeed.charAt(i % digitsSeed.length()) % 10)));
    }
    assertThat(MobileNumber.isValid(sb.toString())).isFalse();
  }

  @Property(tries = 300)
  void elevenDigitsNotStartingWith13To19AreRejected(@ForAll("notMainland") String n) {
    assertThat(MobileNumber.isValid(n)).isFalse();
  }

  @Provide
  Arbitrary<String> mainland() {
    return Arbitraries.integers()
        .between(3, 9)
        .flatMap(
            second ->
                Arbitraries.strings()
                    .numeric()
                    .ofLength(9)
                    .map(rest -> "1" + second + rest));
  }

  @Provide
  Arbitrary<String> notMainland() {
    Arbitrary<String> first = Arbitraries.of("0", "2", "3", "4", "5", "6", "7", "8", "9");
    Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(10);
    Arbitrary<String> badFirst = first.flatMap(f -> rest.map(r -> f + r));
    Arbitrary<String> badSecond =
        Arbitraries.of("0", "1", "2").flatMap(s -> Arbitraries.strings().numeric().ofLength(9).map(r -> "1" + s + r));
    return Arbitraries.oneOf(badFirst, badSecond);
  }
}
