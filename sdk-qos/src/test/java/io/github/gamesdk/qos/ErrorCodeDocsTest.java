package io.github.gamesdk.qos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The QoS section of docs/error-codes.md lists exactly the codes of {@link QosErrorCode}, each
 * with its constant, description and category, so the two cannot drift.
 */
class ErrorCodeDocsTest {
  private static final Pattern ROW = Pattern.compile("^\\| (-?\\d+) \\| `([A-Z_]+)` \\|.*$", Pattern.MULTILINE);

  private static String qosSection() throws IOException {
    String text =
        new String(Files.readAllBytes(Paths.get("..", "docs", "error-codes.md")), StandardCharsets.UTF_8);
    int start = text.indexOf("## QoS (`QosErrorCode`)");
    assertThat(start).as("docs/error-codes.md has a QoS section").isNotNegative();
    int end = text.indexOf("\n## ", start + 1);
    return end < 0 ? text.substring(start) : text.substring(start, end);
  }

  @Test
  void everyCodeIsDocumented() throws IOException {
    String section = qosSection();
    for (QosErrorCode c : QosErrorCode.values()) {
      if (c == QosErrorCode.UNKNOWN) {
        continue;
      }
      assertThat(section)
          .as("docs/error-codes.md row for %s", c)
          .contains("| " + c.code() + " | `" + c.name() + "` | " + c.description() + " | `" + c.category() + "` |");
    }
  }

  @Test
  void everyDocumentedRowIsACode() throws IOException {
    List<String> rows = new ArrayList<>();
    Matcher m = ROW.matcher(qosSection());
    while (m.find()) {
      rows.add(m.group(2));
      assertThat(QosErrorCode.valueOf(m.group(2)).code()).isEqualTo(Long.parseLong(m.group(1)));
    }
    assertThat(rows).hasSize(QosErrorCode.values().length - 1);
  }
}
