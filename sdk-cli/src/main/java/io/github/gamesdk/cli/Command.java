package io.github.gamesdk.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The grammar of one command or command group: its words, which options take a value, whether it
 * takes {@code NAME=VALUE} parameters, how many positional arguments it takes, and its help text (a
 * resource under {@code help/}, whose first line is the synopsis).
 */
final class Command {
  /** The program name used in usage texts. */
  static final String PROGRAM = "gamesdk-cli";

  /** The program itself: {@code gamesdk-cli}. */
  static final Command MAIN = group("", "main");

  /** The group {@code sign}. */
  static final Command SIGN = group("sign", "sign");

  /** The group {@code tea}. */
  static final Command TEA = group("tea", "tea");

  /** The group {@code call}. */
  static final Command CALL = group("call", "call");

  /** {@code sign qqconnect --key KEY [NAME=VALUE]...}. */
  static final Command SIGN_QQCONNECT = leaf("sign qqconnect", "sign-qqconnect", true, 0, "key");

  /** {@code sign vip-callback --appkey KEY --data JSON}. */
  static final Command SIGN_VIP_CALLBACK =
      leaf("sign vip-callback", "sign-vip-callback", false, 0, "appkey", "data");

  /** {@code sign msdk --key KEY --timestamp TS}. */
  static final Command SIGN_MSDK = leaf("sign msdk", "sign-msdk", false, 0, "key", "timestamp");

  /** {@code sign qos --secret-key KEY [--method ...] [NAME=VALUE]...}. */
  static final Command SIGN_QOS =
      leaf(
          "sign qos",
          "sign-qos",
          true,
          0,
          "secret-key",
          "method",
          "host",
          "path",
          "signature-method");

  /** {@code sign openapi --appkey KEY [--method] --path PATH [NAME=VALUE]...}. */
  static final Command SIGN_OPENAPI =
      leaf("sign openapi", "sign-openapi", true, 0, "appkey", "method", "path");

  /** {@code tea encrypt --key HEX [--random HEX]}. */
  static final Command TEA_ENCRYPT = leaf("tea encrypt", "tea-encrypt", false, 0, "key", "random");

  /** {@code tea decrypt --key HEX}. */
  static final Command TEA_DECRYPT = leaf("tea decrypt", "tea-decrypt", false, 0, "key");

  /** {@code call qqconnect CMD --openid ID --access-token TOKEN [NAME=VALUE]...}. */
  static final Command CALL_QQCONNECT =
      leaf("call qqconnect", "call-qqconnect", true, 1, "openid", "access-token");

  /** {@code call qos ACTION [--signature-method M] [NAME=VALUE]...}. */
  static final Command CALL_QOS = leaf("call qos", "call-qos", true, 1, "signature-method");
  /** {@code call phonecheck MOBILE [--get]}. */
  static final Command CALL_PHONECHECK =
      leaf("call phonecheck", "call-phonecheck", false, 1).withFlags("get");
  /** {@code call openapi PATH --openid ID --openkey KEY [--method GET|POST] [NAME=VALUE]...}. */
  static final Command CALL_OPENAPI =
      leaf("call openapi", "call-openapi", true, 1, "openid", "openkey", "method");
  /** {@code call msdk MODULE/INTERFACE --openid ID [--body JSON|@FILE] [--encrypt] [NAME=VALUE]...}. */
  static final Command CALL_MSDK =
      leaf("call msdk", "call-msdk", true, 1, "openid", "body").withFlags("encrypt");

  private final String words;
  private final String helpResource;
  private final Set<String> valueOptions;
  private final Set<String> flags;
  private final boolean takesParams;
  private final int positionals;

  private Command(
      String words,
      String helpResource,
      boolean takesParams,
      int positionals,
      String... valueOptions) {
    this(words, helpResource, takesParams, positionals, Collections.<String>emptySet(), valueOptions);
  }

  private Command(
      String words,
      String helpResource,
      boolean takesParams,
      int positionals,
      Set<String> flags,
      String... valueOptions) {
    this.words = words;
    this.helpResource = helpResource;
    this.takesParams = takesParams;
    this.positionals = positionals;
    this.valueOptions =
        Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(valueOptions)));
    this.flags = Collections.unmodifiableSet(new LinkedHashSet<>(flags));
  }

  /** The same command with options that take no value, such as {@code --get}. */
  private Command withFlags(String... names) {
    return new Command(
        words,
        helpResource,
        takesParams,
        positionals,
        new LinkedHashSet<>(Arrays.asList(names)),
        valueOptions.toArray(new String[0]));
  }

  private static Command group(String words, String helpResource) {
    return new Command(words, helpResource, false, 0);
  }

  private static Command leaf(
      String words,
      String helpResource,
      boolean takesParams,
      int positionals,
      String... valueOptions) {
    return new Command(words, helpResource, takesParams, positionals, valueOptions);
  }

  /**
   * The words after the program name, for example {@code sign qos}; empty for the program itself.
   *
   * @return the words
   */
  String words() {
    return words;
  }

  /**
   * Whether {@code --NAME VALUE} is an option of this command.
   *
   * @param name the option name without the leading {@code --}
   * @return whether the option exists
   */
  boolean hasOption(String name) {
    return valueOptions.contains(name);
  }

  /**
   * Whether {@code --NAME} is an option of this command that takes no value.
   *
   * @param name the option name without the leading {@code --}
   * @return whether the flag exists
   */
  boolean hasFlag(String name) {
    return flags.contains(name);
  }

  /**
   * Whether the command takes {@code NAME=VALUE} parameters.
   *
   * @return whether it does
   */
  boolean takesParams() {
    return takesParams;
  }

  /**
   * How many positional arguments the command takes (all required).
   *
   * @return the count
   */
  int positionals() {
    return positionals;
  }

  /**
   * The full help text, ending with a line break.
   *
   * @return the text
   */
  String help() {
    String resource = "help/" + helpResource + ".txt";
    try (InputStream in = Command.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      byte[] chunk = new byte[4096];
      for (int n; (n = in.read(chunk)) > 0; ) {
        buf.write(chunk, 0, n);
      }
      return new String(buf.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The synopsis: the first line of the help text.
   *
   * @return for example {@code Usage: gamesdk-cli sign msdk --key KEY --timestamp TS}
   */
  String synopsis() {
    String help = help();
    int nl = help.indexOf('\n');
    return nl < 0 ? help : help.substring(0, nl);
  }

  /**
   * A usage error of this command.
   *
   * @param message what is wrong, free of secret values
   * @return the exception to throw
   */
  UsageException usageError(String message) {
    return new UsageException(message, words, synopsis());
  }

  @Override
  public String toString() {
    return words.isEmpty() ? PROGRAM : PROGRAM + " " + words;
  }
}
