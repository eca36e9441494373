package io.github.gamesdk.examples;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.callback.DedupeStore;
import io.github.gamesdk.core.callback.InMemoryDedupeStore;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.qqconnect.callback.VipOrder;
import io.github.gamesdk.qqconnect.callback.VipOrderCallbackHandler;
import io.github.gamesdk.redis.RedisDedupeStore;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * A runnable receiver of the QQ VIP order-forwarding callback (seed 003 lines 826-925): {@code
 * java -jar examples/target/vip-callback-server.jar --port PORT [--redis URI]}.
 *
 * <p>It serves QQ VIP's {@code GET /vip/callback?ts=...&data=...&sign=...} (line 923), verifies
 * the sign ({@code md5(data + appkey)}) and the age of {@code ts}, and credits each order once by
 * printing one JSON line {@code {"accepted":"<order_id>"}} on standard output. A repeated
 * delivery answers {@code {"ret":0,"msg":"succ"}} without a second line; a forged, stale or
 * malformed request answers a negative {@code ret}. With {@code --redis}, every receiver pointing
 * at the same Redis credits an order once between them ({@link RedisDedupeStore}); while Redis is
 * down, deliveries answer {@code {"ret":-4,...}} so that QQ VIP delivers them again. Without it,
 * orders are remembered in this process only.
 *
 * <p>The key that checks the sign comes from {@code GAMESDK_QQCONNECT_VIP_CALLBACK_KEY} if set,
 * otherwise {@code GAMESDK_QQCONNECT_APPKEY} (the "数据校验 appkey" of line 847). Progress and
 * errors go to standard error; standard output carries only the accepted orders.
 *
 * <p>Exit codes: 0 for {@code --help}, 2 for a usage error or a missing key, 1 if the port cannot
 * be bound. Otherwise it runs until stopped (SIGTERM or Ctrl-C), closing the Redis client on the
 * way out.
 */
public final class VipCallbackServer implements AutoCloseable {
  /** The usage text of {@code --help}. */
  public static final String USAGE =
      "Usage: java -jar vip-callback-server.jar --port PORT [--redis URI] [--bind ADDRESS]\n"
          + "\n"
          + "Receives the QQ VIP order callback at GET /vip/callback and prints one line\n"
          + "{\"accepted\":\"<order_id>\"} on standard output for each order it credits.\n"
          + "\n"
          + "  --port PORT      port to listen on (0 picks a free one)\n"
          + "  --redis URI      remember credited orders in Redis, shared by every receiver using\n"
          + "                   it: redis://[[user]:password@]host[:port][/db] or rediss://...\n"
          + "                   (default: in this process's memory only)\n"
          + "  --bind ADDRESS   address to listen on (default 0.0.0.0)\n"
          + "  --help           print this text\n"
          + "\n"
          + "Environment: GAMESDK_QQCONNECT_APPKEY (or GAMESDK_QQCONNECT_VIP_CALLBACK_KEY), the\n"
          + "key QQ VIP signs the callbacks with.\n"
          + "Exit codes: 0 for --help, 1 cannot listen, 2 usage error or missing key; otherwise\n"
          + "it runs until stopped (SIGTERM, Ctrl-C).\n";

  private final VipCallbackReceiver receiver;
  private final DedupeStore store;

  private VipCallbackServer(VipCallbackReceiver receiver, DedupeStore store) {
    this.receiver = receiver;
    this.store = store;
  }

  /**
   * Starts a receiver.
   *
   * @param address where to listen
   * @param callbackKey the key QQ VIP signs with
   * @param redisUri the Redis to remember credited orders in, or {@code null} for this process's
   *     memory
   * @param out where the {@code {"accepted":"<order_id>"}} lines go
   * @return the running server
   * @throws IOException if the address cannot be bound
   * @throws IllegalArgumentException if the Redis URI is not valid
   */
  public static VipCallbackServer start(
      InetSocketAddress address, Secret callbackKey, @Nullable String redisUri, PrintStream out)
      throws IOException {
    Objects.requireNonNull(out, "out");
    DedupeStore store =
        redisUri == null
            ? InMemoryDedupeStore.create()
            : RedisDedupeStore.create(redisUri, RedisDedupeStore.DEFAULT_KEY_PREFIX);
    VipOrderCallbackHandler handler =
        VipOrderCallbackHandler.builder(callbackKey).dedupeStore(store).build();
    try {
      return new VipCallbackServer(
          new VipCallbackReceiver(address, handler, order -> print(order, out)), store);
    } catch (IOException | RuntimeException e) {
      closeStore(store);
      throw e;
    }
  }

  /** Credits an order: its line on standard output. A line that cannot be written is no credit. */
  private static void print(VipOrder order, PrintStream out) {
    String line =
        GameSdkJson.writeString(Collections.singletonMap("accepted", order.orderId()));
    synchronized (out) {
      out.println(line);
      out.flush();
      if (out.checkError()) {
        throw new IllegalStateException("standard output is closed");
      }
    }
  }

  /**
   * The URL the receiver serves.
   *
   * @return {@code http://HOST:PORT/vip/callback}
   */
  public String url() {
    return receiver.url();
  }

  /**
   * The port the receiver listens on.
   *
   * @return the port, the one chosen when 0 was asked for
   */
  public int port() {
    return receiver.port();
  }

  /**
   * Where credited orders are remembered.
   *
   * @return the store
   */
  public DedupeStore store() {
    return store;
  }

  /** Stops listening and closes the Redis client, if any. */
  @Override
  public void close() {
    receiver.close();
    closeStore(store);
  }

  private static void closeStore(DedupeStore store) {
    if (store instanceof AutoCloseable) {
      try {
        ((AutoCloseable) store).close();
      } catch (Exception e) {
        // Closing a client on the way out; nothing to do about it.
      }
    }
  }

  /**
   * Parses the arguments and the environment and starts the server.
   *
   * @param args the command line
   * @param env the environment
   * @param out standard output: the accepted orders, or the usage for {@code --help}
   * @param err standard error: progress and errors
   * @return the running server, or no server and the code the process should exit with
   */
  static Launch launch(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    Integer port = null;
    String redis = null;
    String bind = "0.0.0.0";
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      if ("--help".equals(name) || "-h".equals(name)) {
        out.print(USAGE);
        out.flush();
        return Launch.exit(0);
      }
      if (!"--port".equals(name) && !"--redis".equals(name) && !"--bind".equals(name)) {
        // Only an option's name is echoed: a stray value may be a URI with a password.
        return usageError(
            err,
            name.startsWith("-")
                ? "unknown option " + name
                : "unexpected argument at position " + (i + 1));
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          return usageError(err, name + " needs a value");
        }
        value = args[++i];
      }
      if ("--port".equals(name)) {
        try {
          port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
          port = -1;
        }
        if (port < 0 || port > 65535) {
          return usageError(err, "--port must be a number from 0 to 65535");
        }
      } else if ("--redis".equals(name)) {
        redis = value;
      } else {
        bind = value;
      }
    }
    if (port == null) {
      return usageError(err, "--port is required");
    }
    String key = env.get("GAMESDK_QQCONNECT_VIP_CALLBACK_KEY");
    if (key == null || key.isEmpty()) {
      key = env.get("GAMESDK_QQCONNECT_APPKEY");
    }
    if (key == null || key.isEmpty()) {
      err.println(
          "vip-callback-server: set GAMESDK_QQCONNECT_APPKEY to the key QQ VIP signs the"
              + " callbacks with");
      return Launch.exit(2);
    }
    VipCallbackServer server;
    try {
      server = start(new InetSocketAddress(bind, port), Secret.of(key), redis, out);
    } catch (IllegalArgumentException e) {
      return usageError(err, e.getMessage());
    } catch (IOException e) {
      err.println("vip-callback-server: cannot listen on " + bind + ":" + port + ": " + e);
      return Launch.exit(1);
    }
    err.println(
        "vip-callback-server: listening on " + server.url() + " (bound to " + bind + ":"
            + server.port() + "), orders remembered in " + server.store());
    return new Launch(server, 0);
  }

  private static Launch usageError(PrintStream err, String message) {
    err.println("vip-callback-server: " + message);
    err.print(USAGE);
    err.flush();
    return Launch.exit(2);
  }

  /**
   * Runs the server until the process is stopped (SIGTERM or Ctrl-C close it cleanly).
   *
   * @param args {@code --port PORT [--redis URI] [--bind ADDRESS]}, or {@code --help}
   */
  public static void main(String[] args) {
    // Standard output carries only the accepted orders: library logs go to standard error (the
    // examples' simplelogger.properties sends them to standard output).
    if (System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
      System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }
    Launch launch = launch(args, System.getenv(), System.out, System.err);
    if (launch.server() == null) {
      System.exit(launch.exitCode());
      return;
    }
    VipCallbackServer server = launch.server();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "vip-callback-server-stop"));
    // The HTTP server's threads keep the process alive.
  }

  /** What {@link #launch} came to: a running server, or an exit code. */
  static final class Launch {
    @Nullable private final VipCallbackServer server;
    private final int exitCode;

    Launch(@Nullable VipCallbackServer server, int exitCode) {
      this.server = server;
      this.exitCode = exitCode;
    }

    static Launch exit(int code) {
      return new Launch(null, code);
    }

    @Nullable
    VipCallbackServer server() {
      return server;
    }

    int exitCode() {
      return exitCode;
    }
  }
}
