package io.github.gamesdk.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.Secret;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OpenApiV3SignerTest {
  /** PROTOCOLS.md §6, from the Tencent Open Platform wiki. */
  private static final String APPKEY = "228bf094169a40a3bd188ba37ebe8723";

  private static Map<String, String> wikiParams() {
    return Strings.mapOf(
        "openid", "11111111111111111",
        "openkey", "2222222222222222",
        "appid", "123456",
        "pf", "qzone",
        "format", "json",
        "userip", "112.90.139.30");
  }

  private final OpenApiV3Signer signer = OpenApiV3Signer.of(Secret.of(APPKEY));

  @Test
  void wikiVector() {
    SignatureResult r = signer.sign("GET", "/v3/user/get_info", wikiParams());
    assertThat(r.canonical())
        .isEqualTo(
            "GET&%2Fv3%2Fuser%2Fget_info&appid%3D123456%26format%3Djson"
                + "%26openid%3D11111111111111111%26openkey%3D2222222222222222%26pf%3Dqzone"
                + "%26userip%3D112.90.139.30");
    assertThat(r.signature()).isEqualTo("FdJkiDYwMj5Aj1UG2RUPc83iokk=");
  }

  @Test
  void sigParameterIsIgnored() {
    Map<String, String> p = wikiParams();
    p.put("sig", "FdJkiDYwMj5Aj1UG2RUPc83iokk=");
    assertThat(signer.sign("GET", "/v3/user/get_info", p).signature())
        .isEqualTo("FdJkiDYwMj5Aj1UG2RUPc83iokk=");
  }

  @Test
  void encodeSpecialCharacters() {
    assertThat(OpenApiV3Signer.encode("~")).isEqualTo("%7E");
    assertThat(OpenApiV3Signer.encode("*")).isEqualTo("%2A");
    assertThat(OpenApiV3Signer.encode(" ")).isEqualTo("%20");
    assertThat(OpenApiV3Signer.encode("\u4e2d")).isEqualTo("%E4%B8%AD");
    assertThat(OpenApiV3Signer.encode("\ud83d\ude00")).isEqualTo("%F0%9F%98%80");
    assertThat(OpenApiV3Signer.encode("\u00e9")).isEqualTo("%C3%A9");
    assertThat(OpenApiV3Signer.encode("+/=&%")).isEqualTo("%2B%2F%3D%26%25");
    assertThat(OpenApiV3Signer.encode("AZaz09-_.")).isEqualTo("AZaz09-_.");
    assertThat(OpenApiV3Signer.encode("")).isEmpty();
    // An unpaired surrogate becomes '?', as String.getBytes(UTF_8) does.
    assertThat(OpenApiV3Signer.encode("a\ud83db")).isEqualTo("a%3Fb");
  }

  @Test
  void postIsSignedAsPost() {
    SignatureResult r = signer.sign("POST", "/v3/user/get_info", wikiParams());
    assertThat(r.canonical()).startsWith("POST&%2Fv3%2Fuser%2Fget_info&appid%3D123456");
    assertThat(r.signature())
        .isEqualTo(Reference.openApiSign(APPKEY, "POST", "/v3/user/get_info", wikiParams()));
  }

  @Test
  void invalidArguments() {
    assertThatThrownBy(() -> signer.sign("get", "/v3/user/get_info", wikiParams()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> signer.sign("PUT", "/v3/user/get_info", wikiParams()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> signer.sign(null, "/v3/user/get_info", wikiParams()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> signer.sign("GET", null, wikiParams()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> signer.sign("GET", "/v3/user/get_info", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> signer.sign("GET", "/p", Strings.mapOf("openkey", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter openkey has no value");
    assertThatThrownBy(() -> OpenApiV3Signer.encode(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> OpenApiV3Signer.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void keyNeverShown() {
    SignatureResult r = signer.sign("GET", "/v3/user/get_info", wikiParams());
    assertThat(r.canonical()).doesNotContain(APPKEY);
    assertThat(r.toString()).doesNotContain(APPKEY).doesNotContain(r.signature());
    assertThat(signer.toString()).doesNotContain(APPKEY);
  }

  @Property
  void encodeMatchesReference(@ForAll("text") String s) {
    assertThat(OpenApiV3Signer.encode(s)).isEqualTo(Reference.openApiEncode(s));
  }

  @Property
  void matchesReference(
      @ForAll("text") String appkey,
      @ForAll("path") String path,
      @ForAll("params") Map<String, String> params,
      @ForAll("httpMethod") String httpMethod) {
    SignatureResult r = OpenApiV3Signer.of(Secret.of(appkey)).sign(httpMethod, path, params);
    assertThat(r.canonical()).isEqualTo(Reference.openApiSource(httpMethod, path, params));
    assertThat(r.signature()).isEqualTo(Reference.openApiSign(appkey, httpMethod, path, params));
  }

  @Property
  void orderIndependent(@ForAll("params") Map<String, String> params, @ForAll long seed) {
    SignatureResult expected = signer.sign("GET", "/v3/user/get_info", new HashMap<>(params));
    assertThat(signer.sign("GET", "/v3/user/get_info", Strings.shuffled(params, seed)))
        .isEqualTo(expected);
    assertThat(signer.sign("GET", "/v3/user/get_info", new TreeMap<>(params))).isEqualTo(expected);
    Map<String, String> reversed = new TreeMap<>(Collections.reverseOrder());
    reversed.putAll(params);
    assertThat(signer.sign("GET", "/v3/user/get_info", reversed)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> text() {
    return Strings.text(1, 20);
  }

  @Provide
  Arbitrary<String> path() {
    return Strings.text(0, 5).map(s -> "/v3/" + s);
  }

  @Provide
  Arbitrary<Map<String, String>> params() {
    return Strings.params();
  }

  @Provide
  Arbitrary<String> httpMethod() {
    return Arbitraries.of("GET", "POST");
  }
}
