package io.github.gamesdk.cli;

import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.log.Redaction;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.util.Map;
import java.util.Objects;

/**
 * The gamesdk command-line tool, run as {@code java -jar gamesdk-cli.jar COMMAND ...}:
 *
 * <ul>
 *   <li>{@code sign qqconnect|vip-callback|msdk|qos|openapi ...} computes a signature offline and
 *       prints {@code {"canonical":"...","signature":"..."}};
 *   <li>{@code tea encrypt|decrypt --key HEX} applies the {@code msdktea} cipher to hex read from
 *       standard input;
 *   <li>{@code call qqconnect CMD ...} calls the QQ Connect server interfaces and prints the typed
 *       answer as JSON;
 *   <li>{@code call qos ACTION ...} calls Tencent Cloud QoS ({@code geturl}, {@code open}, {@code
 *       close}) and prints the typed answer as JSON;
 *   <li>{@code call phonecheck MOBILE [--get]} checks one number with the QXT phone check and
 *       prints the typed answer as JSON;
 *   <li>{@code call openapi PATH ...} calls the OpenAPI V3 and prints the typed answer as JSON;
 *   <li>{@code call msdk MODULE/INTERFACE ...} calls the MSDK game backend and prints the typed
 *       answer as JSON.
 * </ul>
 *
 * <p>Every command and command group answers {@code --help}. Exit statuses: {@value #EXIT_OK}
 * success, {@value #EXIT_USAGE} invalid request or usage, {@value #EXIT_VENDOR} vendor error code,
 * {@value #EXIT_TRANSPORT} transport failure, {@value #EXIT_BAD_RESPONSE} bad response, and {@value
 * #EXIT_INTERNAL} for a fault of the tool itself. Keys and tokens are never printed; the only
 * secret-derived value on standard output is the signature a {@code sign} command computes.
 */
public final class GamesdkCli {
  /** Success. */
  public static final int EXIT_OK = 0;

  /** A fault of the tool itself (a bug); the message names the exception type. */
  public static final int EXIT_INTERNAL = 1;

  /**
   * Invalid request or usage: an unknown command or option, a missing or malformed argument, a
   * missing environment variable, or a request the SDK rejected before sending it.
   */
  public static final int EXIT_USAGE = 2;

  /** The vendor answered with an error code. */
  public static final int EXIT_VENDOR = 3;

  /** Transport failure: no connection, timeout, or an HTTP error status without a vendor code. */
  public static final int EXIT_TRANSPORT = 4;

  /**
   * Bad response: an answer that is not the documented JSON, or ciphertext that does not decrypt.
   */
  public static final int EXIT_BAD_RESPONSE = 5;

  private GamesdkCli() {}

  /**
   * Runs the tool and exits the JVM with its exit status. Standard output and standard error are
   * written in UTF-8.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = utf8(new FileOutputStream(FileDescriptor.out));
    PrintStream err = utf8(new FileOutputStream(FileDescriptor.err));
    int status = run(args, System.in, out, err, System.getenv());
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs one command line, without touching {@code System} streams or exiting: the entry point for
   * tests and for embedding.
   *
   * @param args the command line, without the program name
   * @param in standard input (read by {@code tea} only)
   * @param out standard output: results and help requested with {@code --help}
   * @param err standard error: error messages and usage after a usage error
   * @param env the environment ({@code call} reads {@code GAMESDK_QQCONNECT_*} and {@code
   *     GAMESDK_QOS_*}, {@code GAMESDK_PHONECHECK_*}, {@code GAMESDK_OPENAPI_*}, {@code GAMESDK_MSDK_*})
   * @return the exit status, one of the {@code EXIT_*} constants
   */
  public static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    Objects.requireNonNull(args, "args");
    Io io =
        new Io(
            Objects.requireNonNull(in, "in"),
            Objects.requireNonNull(out, "out"),
            Objects.requireNonNull(err, "err"),
            Objects.requireNonNull(env, "env"));
    try {
      return dispatch(args, io);
    } catch (UsageException e) {
      io.error(Command.PROGRAM + ": " + e.getMessage());
      if (e.synopsis() != null) {
        io.errorText(e.synopsis() + "\n");
      }
      String words = e.command() == null || e.command().isEmpty() ? "" : e.command() + " ";
      io.errorText("Run '" + Command.PROGRAM + " " + words + "--help' for more.\n");
      return EXIT_USAGE;
    } catch (InvalidRequestException e) {
      io.error("invalid request: " + e.getMessage());
      return EXIT_USAGE;
    } catch (ApiException e) {
      String message =
          e.vendorMessage().isEmpty() ? e.errorCode().description() : e.vendorMessage();
      io.error(
          "vendor error: code "
              + e.rawCode()
              + " ("
              + e.category()
              + "): "
              + Redaction.maskPhoneNumbers(message));
      return EXIT_VENDOR;
    } catch (TransportException e) {
      io.error("transport failure: " + e.getMessage());
      return EXIT_TRANSPORT;
    } catch (ResponseFormatException e) {
      io.error("bad response: " + e.getMessage());
      return EXIT_BAD_RESPONSE;
    } catch (GameSdkException e) {
      io.error("error: " + e.getMessage());
      return EXIT_INTERNAL;
    } catch (RuntimeException e) {
      // Not expected: name the type only, since a message of foreign code might hold a value.
      io.error("internal error: " + e.getClass().getName());
      return EXIT_INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int dispatch(String[] args, Io io) {
    if (args.length == 0) {
      return groupUsage(Command.MAIN, null, io);
    }
    String first = args[0];
    if (isHelp(first) || first.equals("help")) {
      return help(Command.MAIN, io);
    }
    switch (first) {
      case "sign":
        return sign(args, io);
      case "tea":
        return tea(args, io);
      case "call":
        return call(args, io);
      default:
        return groupUsage(Command.MAIN, "unknown command", io);
    }
  }

  private static int sign(String[] args, Io io) {
    if (args.length < 2) {
      return groupUsage(Command.SIGN, "missing signature scheme", io);
    }
    if (isHelp(args[1])) {
      return help(Command.SIGN, io);
    }
    switch (args[1]) {
      case "qqconnect":
        return leaf(Command.SIGN_QQCONNECT, args, 2, io, SignCommands::qqconnect);
      case "vip-callback":
        return leaf(Command.SIGN_VIP_CALLBACK, args, 2, io, SignCommands::vipCallback);
      case "msdk":
        return leaf(Command.SIGN_MSDK, args, 2, io, SignCommands::msdk);
      case "qos":
        return leaf(Command.SIGN_QOS, args, 2, io, SignCommands::qos);
      case "openapi":
        return leaf(Command.SIGN_OPENAPI, args, 2, io, SignCommands::openapi);
      default:
        return groupUsage(Command.SIGN, "unknown signature scheme", io);
    }
  }

  private static int tea(String[] args, Io io) {
    if (args.length < 2) {
      return groupUsage(Command.TEA, "missing subcommand", io);
    }
    if (isHelp(args[1])) {
      return help(Command.TEA, io);
    }
    switch (args[1]) {
      case "encrypt":
        return leaf(Command.TEA_ENCRYPT, args, 2, io, TeaCommands::encrypt);
      case "decrypt":
        return leaf(Command.TEA_DECRYPT, args, 2, io, TeaCommands::decrypt);
      default:
        return groupUsage(Command.TEA, "unknown subcommand", io);
    }
  }

  private static int call(String[] args, Io io) {
    if (args.length < 2) {
      return groupUsage(Command.CALL, "missing vendor", io);
    }
    if (isHelp(args[1])) {
      return help(Command.CALL, io);
    }
    if (args[1].equals("qqconnect")) {
      return leaf(Command.CALL_QQCONNECT, args, 2, io, CallQqConnect::run);
    }
    if (args[1].equals("qos")) {
      return leaf(Command.CALL_QOS, args, 2, io, CallQos::run);
    }
    if (args[1].equals("phonecheck")) {
      return leaf(Command.CALL_PHONECHECK, args, 2, io, CallPhoneCheck::run);
    }
    if (args[1].equals("openapi")) {
      return leaf(Command.CALL_OPENAPI, args, 2, io, CallOpenApi::run);
    }
    if (args[1].equals("msdk")) {
      return leaf(Command.CALL_MSDK, args, 2, io, CallMsdk::run);
    }
    return groupUsage(Command.CALL, "unknown vendor", io);
  }

  /** The body of a leaf command. */
  private interface Action {
    int run(Args args, Io io);
  }

  private static int leaf(Command c, String[] argv, int from, Io io, Action action) {
    Args a = Args.parse(c, argv, from);
    if (a.help()) {
      return help(c, io);
    }
    return action.run(a.checkValid(), io);
  }

  private static int help(Command c, Io io) {
    io.out().print(c.help());
    return EXIT_OK;
  }

  /** A command group used wrongly: the message, then the group's whole help, on stderr. */
  private static int groupUsage(Command group, String message, Io io) {
    if (message != null) {
      io.error(Command.PROGRAM + ": " + message);
    }
    io.errorText(group.help());
    return EXIT_USAGE;
  }

  private static boolean isHelp(String arg) {
    return arg.equals("--help") || arg.equals("-h");
  }

  private static PrintStream utf8(FileOutputStream stream) {
    try {
      return new PrintStream(new BufferedOutputStream(stream), false, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      // Every Java platform supports UTF-8 (java.nio.charset.StandardCharsets).
      throw new IllegalStateException(e);
    }
  }
}
