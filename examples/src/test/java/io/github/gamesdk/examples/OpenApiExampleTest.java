package io.github.gamesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The example runs offline against the fake, as the README's first command does. */
class OpenApiExampleTest {
  @Test
  void runsOfflineEndToEnd() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, "UTF-8");
    new OpenApiExample(Collections.<String, String>emptyMap(), out).run();
    String text = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("in-process fake")
        .contains("1. v3/user/get_info: Peter (男), yellow VIP level 7")
        .contains("2. v3/user/is_login: 用户已登录")
        .contains("rejected before sending: userip")
        .contains("3. v3/relation/get_app_friends: 1 friend(s) playing")
        .contains("4. OpenKeyKeepAlive: openkey renewed")
        .contains("5. after two hours without is_login: code -23, REAUTHORIZE")
        .doesNotContain("keep-alive stopped")
        .doesNotContain("2222222222222222");
  }
}
