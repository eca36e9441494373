package io.github.gamesdk.core.sign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SignatureResultTest {
  @Test
  void equalsHashCodeToString() {
    SignatureResult a = new SignatureResult("****123", "abc");
    SignatureResult b = new SignatureResult("****123", "abc");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(new SignatureResult("****123", "abd"));
    assertThat(a).isNotEqualTo(new SignatureResult("****124", "abc"));
    assertThat(a).isNotEqualTo("****123");
    assertThat(a.toString())
        .isEqualTo("SignatureResult{canonical=****123, signature=****}")
        .doesNotContain("abc");
  }

  @Test
  void toStringMasksTokensInTheCanonicalText() {
    // PROTOCOLS.md §1: the QQ Connect canonical text holds access_token in the clear.
    SignatureResult qq =
        QqConnectSigner.of(Secret.of("123456"))
            .sign(
                Strings.mapOf(
                    "access_token", "1821FD577DD45526CA6EA2ADAC685508",
                    "cmd", "qc_set_summary_card",
                    "openid", "29439511BB5D23F36BD09F5B0DF94181"));
    assertThat(qq.canonical()).contains("$access_token$1821FD577DD45526CA6EA2ADAC685508$");
    assertThat(qq.toString())
        .doesNotContain("1821FD577DD45526CA6EA2ADAC685508")
        .contains("$access_token$****$cmd$qc_set_summary_card$openid$29439511BB5D23F36BD09F5B0DF94181");
    // PROTOCOLS.md §6: the OpenAPI V3 source holds openkey, encoded.
    SignatureResult open =
        OpenApiV3Signer.of(Secret.of("228bf094169a40a3bd188ba37ebe8723"))
            .sign(
                "GET",
                "/v3/user/get_info",
                Strings.mapOf(
                    "openid", "11111111111111111",
                    "openkey", "2222222222222222",
                    "appid", "123456",
                    "pf", "qzone"));
    assertThat(open.canonical()).contains("openkey%3D2222222222222222");
    assertThat(open.toString())
        .doesNotContain("2222222222222222")
        .contains("openid%3D11111111111111111%26openkey%3D****%26pf%3Dqzone");
    // A key-free plain canonical text is shown unchanged.
    assertThat(new SignatureResult("GETh/p?Action=x&Nonce=1", "s").toString())
        .isEqualTo("SignatureResult{canonical=GETh/p?Action=x&Nonce=1, signature=****}");
    assertThat(new SignatureResult("GETh/p?token=abc&Nonce=1", "s").toString()).doesNotContain("abc");
  }

  @Test
  void threadsShareNoState() throws Exception {
    CloudApiV2Signer cloud = CloudApiV2Signer.of(Secret.of("cloud-key"));
    OpenApiV3Signer open = OpenApiV3Signer.of(Secret.of("open-key"));
    QqConnectSigner qq = QqConnectSigner.of(Secret.of("qq-key"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        final int thread = t;
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    String v = thread + "-" + i;
                    java.util.Map<String, String> p =
                        Strings.mapOf("SignatureMethod", i % 2 == 0 ? "HmacSHA256" : "HmacSHA1",
                            "Nonce", v);
                    if (!cloud.sign("GET", "h", "/p", p).signature()
                            .equals(Reference.cloudApiV2Sign("cloud-key", "GET", "h", "/p", p))
                        || !open.sign("GET", "/p", p).signature()
                            .equals(Reference.openApiSign("open-key", "GET", "/p", p))
                        || !qq.sign(p).signature().equals(Reference.qqConnectSign("qq-key", p))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
