package io.github.gamesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The MSDK example runs offline against the fake, as the README's first command does. */
class MsdkExampleTest {
  static String run(Map<String, String> env) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, "UTF-8");
    new MsdkExample(env, out).run();
    return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void runsOfflineEndToEnd() throws Exception {
    String text = run(Collections.<String, String>emptyMap());
    assertThat(text)
        .contains("in-process fake")
        .contains("1. auth/verify_login: user is logged in (msdkExtInfo echoed: example_001)")
        .contains("1b. relation/qqfriends_detail: 1 friend(s) playing, first 69FF99F3B17436F2F6621FA158B30549")
        .contains("profile/query_vip: QQ level 10, blue diamond no")
        .contains("2. share/qq: success")
        .contains("rejected before sending: title: at most 45 bytes")
        .contains("3. auth/check_token: WeChat code 40001 (invalid credential) -> REFRESH_TOKEN")
        .doesNotContain("933FE8C9AB9C585D7EABD04373B7155F");
  }

  @Test
  void runsWithMsdktea() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("GAMESDK_MSDK_MSDKTEA", "1");
    assertThat(run(env)).contains("2. share/qq: success");
  }
}
