package io.github.gamesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The example runs offline against the fake, as the README's first command does. */
class QqConnectExampleTest {
  @Test
  void runsOfflineEndToEnd() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, "UTF-8");
    new QqConnectExample(Collections.<String, String>emptyMap(), out).run();
    String text = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("in-process fake")
        .contains("openid 29439511BB5D23F36BD09F5B0DF94181")
        .contains("rejected before sending: dst")
        .contains("https://mq.vip.qq.com/m/connect/open?code=svip&month=1&aid=mvip.p.hz.demo")
        .contains("first delivery:        {\"ret\":0,\"msg\":\"succ\"} credited [20171012-1712128958]")
        .contains("same order again:      {\"ret\":0,\"msg\":\"succ\"} credited [20171012-1712128958]")
        .contains("replayed 2 hours late: {\"ret\":-3")
        .contains("forged sign:           {\"ret\":-2")
        .doesNotContain("1821FD577DD45526CA6EA2ADAC685508");
  }
}
