package io.github.gamesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The example runs offline against the fake, as the README's first command does. */
class QosExampleTest {
  @Test
  void runsOfflineEndToEnd() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, "UTF-8");
    new QosExample(Collections.<String, String>emptyMap(), out).run();
    String text = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("in-process fake")
        .contains("1. geturl: accelerating now true, lookup URL http://127.0.0.1:")
        .contains("2. lookup relayed by the phone: encrypted number received")
        .contains("a failed lookup reads as NOT_SUPPORTED (Not supported!), PhoneNO \"\"")
        .contains("rejected before sending: DstIP: at most 4 addresses")
        .contains("3. open: session 193424 for PT2H, until ")
        .contains("4. close: success")
        .doesNotContain("Tl8WPi0");
  }
}
