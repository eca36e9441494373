package io.github.gamesdk.phonecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PhoneCheck table of docs/error-codes.md lists exactly the codes of the enum, each with its
 * constant, description and category, so the two cannot drift either way.
 */
class ErrorCodeDocsTest {
  static final String HEADING = "## PhoneCheck (`PhoneCheckErrorCode`)";

  @Test
  void theDocTableIsTheEnum() throws IOException {
    String doc =
        new String(Files.readAllBytes(Paths.get("..", "docs", "error-codes.md")), StandardCharsets.UTF_8);
    int start = doc.indexOf(HEADING);
    assertThat(start).as("section %s", HEADING).isGreaterThanOrEqualTo(0);
    int end = doc.indexOf("\n## ", start + HEADING.length());
    String section = end < 0 ? doc.substring(start) : doc.substring(start, end);

    List<String> rows = new ArrayList<>();
    for (String line : section.split("\n")) {
      if (line.matches("\\| -?[0-9]+ \\|.*")) {
        rows.add(line.trim());
      }
    }
    List<String> expected = new ArrayList<>();
    for (PhoneCheckErrorCode c : PhoneCheckErrorCode.values()) {
      if (c != PhoneCheckErrorCode.UNKNOWN) {
        expected.add(
            "| " + c.code() + " | `" + c.name() + "` | " + c.description() + " | `" + c.category() + "` |");
      }
    }
    assertThat(rows).containsExactlyElementsOf(expected);
  }
}
