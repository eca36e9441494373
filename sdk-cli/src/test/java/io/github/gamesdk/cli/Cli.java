package io.github.gamesdk.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;

/** Runs {@link GamesdkCli#run} in-process with captured streams. */
final class Cli {
  private Cli() {}

  /** What one run printed and returned. */
  static final class Result {
    final int exit;
    final String out;
    final String err;

    Result(int exit, String out, String err) {
      this.exit = exit;
      this.out = out;
      this.err = err;
    }

    /** Standard output without its final line break. */
    String line() {
      return out.endsWith(System.lineSeparator())
          ? out.substring(0, out.length() - System.lineSeparator().length())
          : out;
    }

    @Override
    public String toString() {
      return "exit=" + exit + "\nout=" + out + "\nerr=" + err;
    }
  }

  static Result run(String... args) {
    return run(Collections.<String, String>emptyMap(), "", args);
  }

  static Result runWithInput(String stdin, String... args) {
    return run(Collections.<String, String>emptyMap(), stdin, args);
  }

  static Result run(Map<String, String> env, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, "UTF-8");
        PrintStream e = new PrintStream(err, true, "UTF-8")) {
      int exit =
          GamesdkCli.run(
              args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), o, e, env);
      return new Result(
          exit,
          new String(out.toByteArray(), StandardCharsets.UTF_8),
          new String(err.toByteArray(), StandardCharsets.UTF_8));
    } catch (UnsupportedEncodingException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
