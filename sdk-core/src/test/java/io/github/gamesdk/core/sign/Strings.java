package io.github.gamesdk.core.sign;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** jqwik generators shared by the signer property tests. */
final class Strings {
  private Strings() {}

  /**
   * Text mixing ASCII letters and digits, the characters signatures trip over ({@code ~*+/= &%$_.-}
   * and friends), Chinese, characters from U+E000 to U+FFFF (which sort differently in UTF-16 and
   * UTF-8) and emoji (surrogate pairs).
   */
  static Arbitrary<String> text(int minTokens, int maxTokens) {
    Arbitrary<String> ascii =
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
            .ofMinLength(1).ofMaxLength(4);
    Arbitrary<String> special = Arbitraries.of("~", "*", "+", "/", "=", " ", "&", "%", "$", "_",
        ".", "-", "!", "'", "(", ")", "?", "#", "\"", "\\", ",", ":", ";", "@", "\u00e9");
    Arbitrary<String> chinese = Arbitraries.chars().range('\u4e00', '\u9fa5').map(String::valueOf);
    Arbitrary<String> high = Arbitraries.of("\ue000", "\uff01", "\uffe5", "\ufffd");
    Arbitrary<String> emoji = Arbitraries.of("\ud83d\ude00", "\ud83c\udfae", "\ud840\udc00");
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, ascii),
            net.jqwik.api.Tuple.of(3, special),
            net.jqwik.api.Tuple.of(2, chinese),
            net.jqwik.api.Tuple.of(1, high),
            net.jqwik.api.Tuple.of(1, emoji))
        .list().ofMinSize(minTokens).ofMaxSize(maxTokens)
        .map(parts -> String.join("", parts));
  }

  static Arbitrary<Map<String, String>> params() {
    return Arbitraries.maps(text(1, 4), text(0, 6)).ofMaxSize(10);
  }

  /** The same entries, inserted in a random order. */
  static Map<String, String> shuffled(Map<String, String> params, long seed) {
    List<Map.Entry<String, String>> entries = new java.util.ArrayList<>(params.entrySet());
    Collections.shuffle(entries, new Random(seed));
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : entries) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  /** A mutable map of alternating names and values. */
  static Map<String, String> mapOf(String... namesAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return m;
  }

  static Map<String, String> hashMapOf(Map<String, String> m) {
    return new HashMap<>(m);
  }
}
