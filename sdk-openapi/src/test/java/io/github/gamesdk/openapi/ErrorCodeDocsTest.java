package io.github.gamesdk.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI V3 section of docs/error-codes.md lists exactly the codes of the enum, with their
 * constants, descriptions and categories, so the two cannot drift. Only that section is read:
 * QQ Connect's table has rows with the same numbers and constant names.
 */
class ErrorCodeDocsTest {
  static List<String> sectionRows() throws IOException {
    Path doc = Paths.get("..", "docs", "error-codes.md");
    String text = new String(Files.readAllBytes(doc), StandardCharsets.UTF_8);
    int start = text.indexOf("## OpenAPI V3 (`OpenApiErrorCode`)");
    assertThat(start).as("the OpenAPI V3 section of docs/error-codes.md").isNotNegative();
    int end = text.indexOf("\n## ", start + 1);
    String section = end < 0 ? text.substring(start) : text.substring(start, end);
    List<String> rows = new ArrayList<>();
    for (String line : section.split("\n")) {
      if (line.matches("\\| -?[0-9]+ \\| `.*")) {
        rows.add(line);
      }
    }
    return rows;
  }

  @Test
  void theSectionListsExactlyTheEnum() throws IOException {
    List<String> expected = new ArrayList<>();
    for (OpenApiErrorCode c : OpenApiErrorCode.values()) {
      if (c != OpenApiErrorCode.UNKNOWN) {
        expected.add(
            "| " + c.code() + " | `" + c.name() + "` | " + c.description() + " | `" + c.category()
                + "` |");
      }
    }
    assertThat(sectionRows()).containsExactlyElementsOf(expected);
  }
}
