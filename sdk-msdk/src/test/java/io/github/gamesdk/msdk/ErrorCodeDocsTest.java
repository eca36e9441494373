package io.github.gamesdk.msdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** docs/error-codes.md lists every MSDK code of the enum with its category, so the two cannot drift. */
class ErrorCodeDocsTest {
  @Test
  void everyCodeIsDocumented() throws IOException {
    Path doc = Paths.get("..", "docs", "error-codes.md");
    String text = new String(Files.readAllBytes(doc), StandardCharsets.UTF_8);
    int section = text.indexOf("## MSDK (`MsdkErrorCode`");
    assertThat(section).as("MSDK section of docs/error-codes.md").isGreaterThanOrEqualTo(0);
    String msdk = text.substring(section);
    for (MsdkErrorCode c : MsdkErrorCode.values()) {
      if (c == MsdkErrorCode.UNKNOWN) {
        continue;
      }
      assertThat(msdk)
          .as("docs/error-codes.md row for %s", c)
          .contains("| " + c.code() + " | `" + c.name() + "` | " + c.description() + " | `" + c.category() + "` |");
    }
  }
}
