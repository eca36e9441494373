package io.github.gamesdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class WireRequestTest {
  static final HttpUrl URL = HttpUrl.get("http://127.0.0.1:1/p?sig=abc");

  @Test
  void headersAreCopiedInOrderAndTheOriginalStays() {
    WireRequest base = WireRequest.post(URL, "{}".getBytes(StandardCharsets.UTF_8), "application/json");
    assertThat(base.headers()).isEmpty();
    WireRequest one = base.withHeader("A", "1");
    Map<String, String> more = new LinkedHashMap<>();
    more.put("B", "2");
    more.put("C", "3");
    WireRequest three = one.withHeaders(more);
    more.put("D", "4");
    assertThat(base.headers()).isEmpty();
    assertThat(one.headers()).containsExactly(entry("A", "1"));
    assertThat(three.headers()).containsExactly(entry("A", "1"), entry("B", "2"), entry("C", "3"));
    assertThat(three.withHeader("A", "9").headers()).containsEntry("A", "9").hasSize(3);
    assertThatThrownBy(() -> three.headers().put("E", "5")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(three.method()).isEqualTo(HttpMethod.POST);
    assertThat(three.toString()).doesNotContain("abc");
  }

  private static Map.Entry<String, String> entry(String k, String v) {
    return new java.util.AbstractMap.SimpleEntry<>(k, v);
  }
}
