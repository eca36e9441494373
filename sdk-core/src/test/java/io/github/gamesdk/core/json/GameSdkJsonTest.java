package io.github.gamesdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.error.ResponseFormatException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GameSdkJsonTest {
  private static JsonNode tree(String s) {
    return GameSdkJson.readTree(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "v", "e", 200);
  }

  @Test
  void jsonpWrappersAreUnwrapped() {
    assertThat(GameSdkJson.unwrapJsonp("callback( {\"a\":1} );")).isEqualTo("{\"a\":1}");
    assertThat(GameSdkJson.unwrapJsonp("_Callback({\"a\":1})")).isEqualTo("{\"a\":1}");
    assertThat(GameSdkJson.unwrapJsonp("  jQuery.cb_1 (\n{\"a\":1}\n) ; \n")).isEqualTo("{\"a\":1}");
    assertThat(GameSdkJson.unwrapJsonp(" {\"a\":1} ")).isEqualTo("{\"a\":1}");
    assertThat(tree("callback( {\"ret\":-1,\"msg\":\"x\"} );").get("ret").asInt()).isEqualTo(-1);
  }

  @Test
  void unquotedKeysAsInSeed001Parse() {
    // Seed 001 writes its answers with unquoted keys.
    JsonNode n = tree("{code:0, msg:\"ok\", data:{Area:\"广东 深圳\"}}");
    assertThat(n.get("code").asInt()).isZero();
    assertThat(n.path("data").path("Area").asText()).isEqualTo("广东 深圳");
  }

  /** A minimal typed target for coercion checks. */
  public static final class Target {
    public int ret;
    public String appid;
  }

  @Test
  void numbersAsStringsAndStringsAsNumbersAreAccepted() {
    Target t = GameSdkJson.read("{\"ret\":\"-1011\",\"appid\":100703379}".getBytes(StandardCharsets.UTF_8), Target.class, "v", "e", 200);
    assertThat(t.ret).isEqualTo(-1011);
    assertThat(t.appid).isEqualTo("100703379");
  }

  @Test
  void htmlIsATypedError() {
    assertThatThrownBy(() -> tree("<html><body>502 Bad Gateway</body></html>"))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("HTML")
        .hasMessageContaining("502 Bad Gateway");
  }

  @Test
  void truncatedJsonIsATypedError() {
    assertThatThrownBy(() -> tree("{\"ret\":0,\"msg\":\"o"))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void emptyAndNonObjectBodiesAreTypedErrors() {
    assertThatThrownBy(() -> tree("")).isInstanceOf(ResponseFormatException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> tree("[1,2]")).isInstanceOf(ResponseFormatException.class).hasMessageContaining("object");
  }

  @Test
  void wrongShapeNamesTheField() {
    assertThatThrownBy(
            () -> GameSdkJson.read("{\"ret\":{\"x\":1}}".getBytes(StandardCharsets.UTF_8), Target.class, "v", "e", 200))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("ret")
        .hasNoCause();
  }

  @Test
  void secretsInBadBodiesDoNotReachTheMessage() {
    assertThatThrownBy(() -> tree("<html>access_token=SECRET123&sign=abc</html>"))
        .isInstanceOf(ResponseFormatException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET123").doesNotContain("sign=abc"));
  }

  @Test
  void writeLeavesNullsOut() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("a", 1);
    m.put("b", null);
    assertThat(GameSdkJson.writeString(m)).isEqualTo("{\"a\":1}");
  }
}
