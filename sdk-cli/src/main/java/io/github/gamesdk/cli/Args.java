package io.github.gamesdk.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed arguments of one leaf command. The grammar is small and fixed:
 *
 * <ul>
 *   <li>{@code --help} or {@code -h} anywhere in option position asks for the help text, and wins
 *       over every other problem on the line;
 *   <li>{@code --NAME VALUE} or {@code --NAME=VALUE} sets an option the command declares; each at
 *       most once; {@code --NAME} alone sets a flag the command declares;
 *   <li>{@code NAME=VALUE} (split at the first {@code =}) adds a request parameter, when the
 *       command takes them; the value may be empty, each name at most once;
 *   <li>anything else is a positional argument, when the command takes one.
 * </ul>
 *
 * <p>A problem is remembered rather than thrown at once, so that a later {@code --help} still shows
 * the help. Messages name options and parameters, never their values: a value may be a key.
 */
final class Args {
  private final Command command;
  private final Map<String, String> options = new LinkedHashMap<>();
  private final Map<String, String> params = new LinkedHashMap<>();
  private final List<String> positionals = new ArrayList<>();
  private boolean help;
  private String error;

  private Args(Command command) {
    this.command = command;
  }

  /**
   * Parses {@code argv[from..]} against a command's grammar.
   *
   * @param command the command
   * @param argv the whole command line
   * @param from the index of the first argument after the command words
   * @return the arguments; check {@link #help()} first, then call {@link #checkValid()}
   */
  static Args parse(Command command, String[] argv, int from) {
    Args a = new Args(command);
    for (int i = from; i < argv.length; i++) {
      String t = argv[i];
      if (t.equals("--help") || t.equals("-h")) {
        a.help = true;
      } else if (t.startsWith("--")) {
        i = a.option(t, argv, i);
      } else if (t.startsWith("-") && t.length() > 1) {
        a.fail("unknown option " + safeName(t));
      } else if (t.indexOf('=') >= 0 && command.takesParams()) {
        a.param(t, i - from + 1);
      } else if (a.positionals.size() < command.positionals()) {
        a.positionals.add(t);
      } else {
        a.fail(
            "unexpected argument #"
                + (i - from + 1)
                + (command.takesParams() ? " (expected NAME=VALUE)" : ""));
      }
    }
    if (a.positionals.size() < command.positionals()) {
      a.fail("missing argument");
    }
    return a;
  }

  private int option(String token, String[] argv, int i) {
    int eq = token.indexOf('=');
    String name = eq < 0 ? token.substring(2) : token.substring(2, eq);
    if (command.hasFlag(name)) {
      if (eq >= 0) {
        fail("option --" + name + " takes no value");
      } else if (options.containsKey(name)) {
        fail("option --" + name + " given more than once");
      } else {
        options.put(name, "true");
      }
      return i;
    }
    if (!command.hasOption(name)) {
      fail("unknown option " + safeName("--" + name));
      return i;
    }
    String value;
    int next = i;
    if (eq >= 0) {
      value = token.substring(eq + 1);
    } else if (i + 1 < argv.length) {
      next = i + 1;
      value = argv[next];
    } else {
      fail("option --" + name + " needs a value");
      return i;
    }
    if (options.containsKey(name)) {
      fail("option --" + name + " given more than once");
    } else {
      options.put(name, value);
    }
    return next;
  }

  private void param(String token, int position) {
    int eq = token.indexOf('=');
    String name = token.substring(0, eq);
    if (name.isEmpty()) {
      fail("argument #" + position + " has no parameter name before '='");
    } else if (params.containsKey(name)) {
      fail("parameter " + safeName(name) + " given more than once");
    } else {
      params.put(name, token.substring(eq + 1));
    }
  }

  private void fail(String message) {
    if (error == null) {
      error = message;
    }
  }

  /**
   * An option or parameter name as it may appear in a message: names are not secret, but a mistyped
   * argument might be a value, so only short, plain names are repeated.
   */
  private static String safeName(String name) {
    return name.length() <= 40 && name.matches("-{0,2}[A-Za-z0-9_.\\-\\[\\]]+")
        ? name
        : "(not shown)";
  }

  /**
   * Whether {@code --help} or {@code -h} was given.
   *
   * @return whether to print the help and stop
   */
  boolean help() {
    return help;
  }

  /**
   * Throws the first problem found while parsing, if any.
   *
   * @return this
   * @throws UsageException if the command line did not fit the grammar
   */
  Args checkValid() {
    if (error != null) {
      throw command.usageError(error);
    }
    return this;
  }

  /**
   * An option's value.
   *
   * @param name the option name without {@code --}
   * @return the value, or {@code null} when the option was not given
   */
  String option(String name) {
    return options.get(name);
  }

  /**
   * An option's value, or a default.
   *
   * @param name the option name without {@code --}
   * @param defaultValue the value when the option was not given
   * @return the value
   */
  String option(String name, String defaultValue) {
    String v = options.get(name);
    return v == null ? defaultValue : v;
  }

  /**
   * A required option's value.
   *
   * @param name the option name without {@code --}
   * @return the value, not empty
   * @throws UsageException if the option is missing or empty
   */
  String required(String name) {
    String v = options.get(name);
    if (v == null) {
      throw command.usageError("missing option --" + name);
    }
    if (v.isEmpty()) {
      throw command.usageError("option --" + name + " must not be empty");
    }
    return v;
  }

  /**
   * Whether an option was given.
   *
   * @param name the option name without {@code --}
   * @return whether it was given
   */
  boolean has(String name) {
    return options.containsKey(name);
  }

  /**
   * The {@code NAME=VALUE} parameters, in the order given.
   *
   * @return the parameters, unmodifiable
   */
  Map<String, String> params() {
    return Collections.unmodifiableMap(params);
  }

  /**
   * The positional arguments.
   *
   * @return the arguments, unmodifiable
   */
  List<String> positionals() {
    return Collections.unmodifiableList(positionals);
  }

  /**
   * A usage error of the parsed command.
   *
   * @param message what is wrong, free of secret values
   * @return the exception to throw
   */
  UsageException usageError(String message) {
    return command.usageError(message);
  }
}
