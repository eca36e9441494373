package io.github.gamesdk.testkit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Finding {@code redis-server}, and what a missing one does inside and outside CI. */
class LocalRedisServerTest {
  @TempDir Path dir;

  Path executable(String dirName) throws IOException {
    Path d = Files.createDirectories(dir.resolve(dirName));
    Path bin = Files.createFile(d.resolve("redis-server"));
    assertThat(bin.toFile().setExecutable(true)).isTrue();
    return bin;
  }

  @Test
  void anExplicitBinaryComesFirstThenThePathThenTheFallbacks() throws IOException {
    Path explicit = executable("explicit");
    Path onPath = executable("onpath");
    Path fallback = executable("fallback");
    String path = dir.resolve("empty") + File.pathSeparator + onPath.getParent();
    assertThat(
            LocalRedisServer.findBinary(
                explicit.toString(), path, Collections.singletonList(fallback)))
        .contains(explicit);
    assertThat(LocalRedisServer.findBinary(null, path, Collections.singletonList(fallback)))
        .contains(onPath);
    assertThat(
            LocalRedisServer.findBinary(
                dir.resolve("nope").toString(), "", Collections.singletonList(fallback)))
        .contains(fallback);
    assertThat(LocalRedisServer.findBinary(null, null, Collections.<Path>emptyList())).isEmpty();
  }

  @Test
  void aFileThatIsNotExecutableIsNotABinary() throws IOException {
    Path plain = Files.createFile(dir.resolve("redis-server"));
    assertThat(plain.toFile().setExecutable(false)).isTrue();
    assertThat(LocalRedisServer.findBinary(plain.toString(), null, Collections.<Path>emptyList()))
        .isEmpty();
  }

  @Test
  void aMissingRedisSkipsOutsideCiAndFailsUnderCi() {
    assertThatThrownBy(() -> LocalRedisServer.requireBinary(Optional.<Path>empty(), false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("Redis integration tests skipped");
    assertThatThrownBy(() -> LocalRedisServer.requireBinary(Optional.<Path>empty(), true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CI=true");
    assertThat(RequiresRedisServer.evaluate(false, false).isDisabled()).isTrue();
    assertThat(RequiresRedisServer.evaluate(false, false).getReason().orElse(""))
        .contains("Redis integration tests skipped");
    assertThatThrownBy(() -> RequiresRedisServer.evaluate(false, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CI=true");
    assertThat(RequiresRedisServer.evaluate(true, true).isDisabled()).isFalse();
    Path p = dir.resolve("x");
    assertThat(LocalRedisServer.requireBinary(Optional.of(p), true)).isEqualTo(p);
  }
}
