package io.github.gamesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The example runs offline against the fake, as the README's first command does. */
class PhoneCheckExampleTest {
  @Test
  void runsOfflineEndToEnd() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, "UTF-8");
    new PhoneCheckExample(Collections.<String, String>emptyMap(), out).run();
    String text = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("in-process fake")
        .contains("1. 184****9135 (184****9135, POST): 隐私号 / PRIVACY_NUMBER, 上海 上海, CHINA_MOBILE -> refused: privacy number")
        .contains("2. 188****9212 (188****9212, GET): 非隐私号 / NOT_PRIVACY_NUMBER, 广东 深圳, CHINA_MOBILE -> accepted")
        .contains("3. 188****9212 (+86 188****9212, POST)")
        .contains("4. rejected before sending: mobile: must be one mainland China mobile number")
        .contains("5. balance used up: code -5 BALANCE_EXHAUSTED (CONTACT_VENDOR), retryable false")
        .contains("6. answer lost: timed out true, may have been sent true; sent 1 time(s), billed 1")
        .doesNotContain("18466849135")
        .doesNotContain("18819079212")
        .doesNotContain("7c11272au708345c834b8ue81ac78972");
  }
}
