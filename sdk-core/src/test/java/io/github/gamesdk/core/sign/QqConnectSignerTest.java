package io.github.gamesdk.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.Secret;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class QqConnectSignerTest {
  /** The worked example of seed 003, lines ~1625-1665 (PROTOCOLS.md §1). */
  private static Map<String, String> seedExample() {
    return Strings.mapOf(
        "oauth_consumer_key", "100330589",
        "access_token", "1821FD577DD45526CA6EA2ADAC685508",
        "openid", "29439511BB5D23F36BD09F5B0DF94181",
        "cmd", "qc_set_summary_card",
        "card_id", "11746",
        "style_id", "1",
        "version", "7.2.5",
        "platform", "2");
  }

  private static final String SEED_MIDDLE =
      "$access_token$1821FD577DD45526CA6EA2ADAC685508$card_id$11746$cmd$qc_set_summary_card"
          + "$oauth_consumer_key$100330589$openid$29439511BB5D23F36BD09F5B0DF94181$platform$2"
          + "$style_id$1$version$7.2.5";

  @Test
  void seedExampleVector() {
    SignatureResult r = QqConnectSigner.of(Secret.of("123456")).sign(seedExample());
    assertThat(r.signature()).isEqualTo("a61529eb51852c7bb6fe396bd62dadcd");
    assertThat(r.canonical()).isEqualTo("****" + SEED_MIDDLE + "****");
  }

  @Test
  void seedExampleVectorIgnoresSignParameter() {
    Map<String, String> p = seedExample();
    p.put("sign", "a61529eb51852c7bb6fe396bd62dadcd");
    SignatureResult r = QqConnectSigner.of(Secret.of("123456")).sign(p);
    assertThat(r.signature()).isEqualTo("a61529eb51852c7bb6fe396bd62dadcd");
    assertThat(r.canonical()).doesNotContain("$sign$");
  }

  @Test
  void keyNeverShown() {
    String key = "K3y-Only-Here";
    QqConnectSigner signer = QqConnectSigner.of(Secret.of(key));
    SignatureResult r = signer.sign(seedExample());
    assertThat(r.canonical()).doesNotContain(key).startsWith("****$").endsWith("****");
    assertThat(r.toString()).doesNotContain(key).doesNotContain(r.signature());
    assertThat(signer.toString()).doesNotContain(key).contains("****");
  }

  @Test
  void emptyParameters() {
    SignatureResult r = QqConnectSigner.of(Secret.of("k")).sign(Collections.emptyMap());
    assertThat(r.canonical()).isEqualTo("********");
    assertThat(r.signature()).isEqualTo(Reference.md5Hex("kk"));
  }

  @Test
  void nulls() {
    QqConnectSigner signer = QqConnectSigner.of(Secret.of("k"));
    assertThatThrownBy(() -> signer.sign(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> signer.sign(Strings.mapOf("cmd", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter cmd has no value");
    Map<String, String> nullName = new HashMap<>();
    nullName.put(null, "x");
    assertThatThrownBy(() -> signer.sign(nullName)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QqConnectSigner.of(null)).isInstanceOf(NullPointerException.class);
    // The sign parameter is left out before its value is looked at.
    assertThat(signer.sign(Strings.mapOf("a", "1", "sign", null)))
        .isEqualTo(signer.sign(Strings.mapOf("a", "1")));
  }

  @Test
  void sortedMapInUtf16OrderIsResortedToByteOrder() {
    // U+FF01 sorts after an emoji in UTF-16 (TreeMap) but before it in UTF-8 byte order.
    Map<String, String> tree = new TreeMap<>(Strings.mapOf("\ud83d\ude00", "1", "\uff01", "2"));
    SignatureResult r = QqConnectSigner.of(Secret.of("k")).sign(tree);
    assertThat(r.canonical()).isEqualTo("****$\uff01$2$\ud83d\ude00$1****");
    assertThat(r.signature()).isEqualTo(Reference.qqConnectSign("k", tree));
  }

  @Property
  void matchesReference(@ForAll("key") String key, @ForAll("params") Map<String, String> params) {
    SignatureResult r = QqConnectSigner.of(Secret.of(key)).sign(params);
    assertThat(r.signature()).isEqualTo(Reference.qqConnectSign(key, params));
    String text = Reference.qqConnectText(key, params);
    assertThat(r.canonical())
        .isEqualTo("****" + text.substring(key.length(), text.length() - key.length()) + "****");
  }

  @Property
  void orderIndependent(@ForAll("params") Map<String, String> params, @ForAll long seed) {
    QqConnectSigner signer = QqConnectSigner.of(Secret.of("key"));
    SignatureResult expected = signer.sign(new HashMap<>(params));
    assertThat(signer.sign(Strings.shuffled(params, seed))).isEqualTo(expected);
    assertThat(signer.sign(new TreeMap<>(params))).isEqualTo(expected);
    Map<String, String> reversed = new TreeMap<>(Collections.reverseOrder());
    reversed.putAll(params);
    assertThat(signer.sign(reversed)).isEqualTo(expected);
    assertThat(signer.sign(new ConcurrentSkipListMap<>(params))).isEqualTo(expected);
  }

  @Provide
  Arbitrary<Map<String, String>> params() {
    return Strings.params();
  }

  @Provide
  Arbitrary<String> key() {
    return Strings.text(1, 5);
  }
}
