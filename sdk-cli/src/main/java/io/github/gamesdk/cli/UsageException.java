package io.github.gamesdk.cli;

/**
 * The command line itself is wrong: an unknown command or option, a missing or malformed argument,
 * a missing environment variable. Ends the run with exit status {@link GamesdkCli#EXIT_USAGE}.
 * Messages name options and parameters but never repeat their values, which may be keys.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The synopsis of the command that was being parsed, or {@code null} for none. */
  private final String synopsis;

  /** The words that name the command, for the "--help" hint, e.g. {@code sign qos}. */
  private final String command;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, free of secret values
   * @param command the command words, for example {@code sign qos}, or {@code null}
   * @param synopsis the command's one-line synopsis, or {@code null}
   */
  UsageException(String message, String command, String synopsis) {
    super(message, null, false, false);
    this.command = command;
    this.synopsis = synopsis;
  }

  /**
   * The synopsis of the command that was being parsed.
   *
   * @return the synopsis, or {@code null}
   */
  String synopsis() {
    return synopsis;
  }

  /**
   * The command words.
   *
   * @return for example {@code sign qos}, or {@code null}
   */
  String command() {
    return command;
  }
}
