package io.github.gamesdk.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The streams and environment of one run, and the secrets seen so far. Everything a command reports
 * on standard error, and everything {@code call} prints, passes through {@link #scrub(String)},
 * which replaces every registered secret with {@code ****}: a second line of defence behind
 * messages that are written never to contain values in the first place.
 */
final class Io {
  /** Secrets shorter than this are not scrubbed: they would match ordinary text, not leak. */
  private static final int MIN_SCRUBBED_LENGTH = 6;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final List<String> secrets = new ArrayList<>();

  /**
   * Creates the context of one run.
   *
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param env the environment
   */
  Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = env;
  }

  /**
   * Registers a key or token so that it is scrubbed from what is printed.
   *
   * @param value the secret value
   * @return the value
   */
  String secret(String value) {
    if (value != null && value.length() >= MIN_SCRUBBED_LENGTH && !secrets.contains(value)) {
      secrets.add(value);
    }
    return value;
  }

  /**
   * Replaces every registered secret in a text with {@code ****}.
   *
   * @param text the text
   * @return the text without secrets
   */
  String scrub(String text) {
    String s = text;
    for (String secret : secrets) {
      s = s.replace(secret, "****");
    }
    return s;
  }

  /**
   * An environment variable.
   *
   * @param name its name
   * @return its value, or {@code null} when unset or empty
   */
  String env(String name) {
    String v = env.get(name);
    return v == null || v.isEmpty() ? null : v;
  }

  /**
   * Reads standard input to its end.
   *
   * @return the bytes
   * @throws IOException if reading fails
   */
  byte[] readStdin() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    for (int n; (n = in.read(chunk)) >= 0; ) {
      buf.write(chunk, 0, n);
    }
    return buf.toByteArray();
  }

  /**
   * Standard output.
   *
   * @return the stream
   */
  PrintStream out() {
    return out;
  }

  /**
   * Prints one line on standard error, scrubbed of secrets.
   *
   * @param line the line
   */
  void error(String line) {
    err.println(scrub(line));
  }

  /**
   * Prints a text as it is on standard error (help texts, which hold no values).
   *
   * @param text the text
   */
  void errorText(String text) {
    err.print(text);
  }
}
