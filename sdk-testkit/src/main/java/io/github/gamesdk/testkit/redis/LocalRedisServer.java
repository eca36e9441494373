package io.github.gamesdk.testkit.redis;

import io.github.gamesdk.core.Nullable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;

/**
 * A real {@code redis-server} process on 127.0.0.1 and a free port, for integration tests: no
 * persistence ({@code --save '' --appendonly no}), its files in a temporary directory, stopped by
 * {@link #close()} (or when the JVM exits). {@link #stop()} and {@link #restart()} play a Redis
 * outage on the same port.
 *
 * <p>The binary is {@code GAMESDK_REDIS_SERVER} if set, else {@code redis-server} on the {@code
 * PATH}, else {@code /usr/bin/redis-server} or {@code /usr/local/bin/redis-server}. {@link
 * #startOrSkip()} skips the calling test (a JUnit assumption) when there is none, unless the
 * environment has {@code CI=true}: there a missing Redis fails the test, so that a CI run cannot
 * pass by skipping (Debian: {@code apt-get install redis-server}). {@link RequiresRedisServer} does
 * the same for a whole test class, reporting each of its tests as skipped.
 *
 * <pre>{@code
 * static LocalRedisServer redis;
 *
 * @BeforeAll
 * static void startRedis() throws IOException {
 *   redis = LocalRedisServer.startOrSkip();
 * }
 * }</pre>
 */
public final class LocalRedisServer implements AutoCloseable {
  private static final long START_TIMEOUT_MS = 10_000;
  private static final String MISSING =
      "redis-server not found (GAMESDK_REDIS_SERVER, PATH, /usr/bin, /usr/local/bin)";
  static final String MISSING_SKIPPED =
      MISSING + ": Redis integration tests skipped (apt-get install redis-server)";
  static final String MISSING_UNDER_CI =
      MISSING + " and CI=true: the Redis integration tests must run in CI;"
          + " .ci/run installs it with apt-get install redis-server";

  private final Path binary;
  private final int port;
  private final Path dir;
  @Nullable private final String password;
  private final Thread reaper;
  @Nullable private Process process;

  private LocalRedisServer(Path binary, int port, Path dir, @Nullable String password) {
    this.binary = binary;
    this.port = port;
    this.dir = dir;
    this.password = password;
    this.reaper = new Thread(this::kill, "local-redis-reaper");
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Where {@code redis-server} is on this machine.
   *
   * @return the binary, or empty when Redis is not installed
   */
  public static Optional<Path> findBinary() {
    return findBinary(
        System.getenv("GAMESDK_REDIS_SERVER"),
        System.getenv("PATH"),
        Arrays.asList(Paths.get("/usr/bin/redis-server"), Paths.get("/usr/local/bin/redis-server")));
  }

  static Optional<Path> findBinary(
      @Nullable String explicit, @Nullable String path, List<Path> fallbacks) {
    List<Path> candidates = new ArrayList<>();
    if (explicit != null && !explicit.isEmpty()) {
      candidates.add(Paths.get(explicit));
    }
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Paths.get(dir, "redis-server"));
        }
      }
    }
    candidates.addAll(fallbacks);
    for (Path p : candidates) {
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether this run is under CI ({@code CI=true} in the environment), where a missing Redis is a
   * failure rather than a reason to skip.
   *
   * @return whether {@code CI} is {@code true}
   */
  public static boolean underCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /**
   * Starts a server without a password, or skips the calling test when Redis is not installed
   * (outside CI).
   *
   * @return the running server
   * @throws org.opentest4j.TestAbortedException when {@code redis-server} is missing outside CI
   * @throws IllegalStateException when {@code redis-server} is missing under CI
   * @throws IOException if it cannot be started
   */
  public static LocalRedisServer startOrSkip() throws IOException {
    return startOrSkip(null);
  }

  /**
   * Starts a server that requires a password ({@code --requirepass}), or skips the calling test
   * when Redis is not installed (outside CI).
   *
   * @param password the password clients must send, or {@code null} for none
   * @return the running server
   * @throws org.opentest4j.TestAbortedException when {@code redis-server} is missing outside CI
   * @throws IllegalStateException when {@code redis-server} is missing under CI
   * @throws IOException if it cannot be started
   */
  public static LocalRedisServer startOrSkip(@Nullable String password) throws IOException {
    return start(requireBinary(findBinary(), underCi()), password);
  }

  /**
   * The binary, or the skip (outside CI) or failure (under CI) of a missing one.
   *
   * @param binary what {@link #findBinary()} found
   * @param ci whether the run is under CI
   * @return the binary
   */
  static Path requireBinary(Optional<Path> binary, boolean ci) {
    if (binary.isPresent()) {
      return binary.get();
    }
    if (ci) {
      throw new IllegalStateException(MISSING_UNDER_CI);
    }
    throw new TestAbortedException(MISSING_SKIPPED);
  }

  /**
   * Starts a server from the given binary on a free port.
   *
   * @param binary the {@code redis-server} executable
   * @param password the password clients must send, or {@code null} for none
   * @return the running server, answering {@code PING}
   * @throws IOException if it cannot be started
   */
  public static LocalRedisServer start(Path binary, @Nullable String password) throws IOException {
    Objects.requireNonNull(binary, "binary");
    Path dir = Files.createTempDirectory("gamesdk-redis-");
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      LocalRedisServer server = new LocalRedisServer(binary, freePort(), dir, password);
      try {
        server.restart();
        return server;
      } catch (IOException e) {
        // Another process may have taken the port between probing and binding: try another.
        server.kill();
        server.removeHook();
        last = e;
      }
    }
    deleteTree(dir);
    throw last;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return s.getLocalPort();
    }
  }

  /**
   * The port the server listens on, on 127.0.0.1; the same after {@link #restart()}.
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * The URI clients connect with, the password included when there is one.
   *
   * @return {@code redis://127.0.0.1:PORT} or {@code redis://:PASSWORD@127.0.0.1:PORT}
   */
  public String uri() {
    return "redis://" + (password == null ? "" : ":" + password + "@") + "127.0.0.1:" + port;
  }

  /**
   * Whether the process is running.
   *
   * @return whether it is alive
   */
  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /**
   * Stops the process (SIGTERM, then SIGKILL after 5 s) and waits for it to end: clients now get
   * connection refused. The data is gone, as nothing is persisted.
   */
  public synchronized void stop() {
    Process p = process;
    process = null;
    if (p == null) {
      return;
    }
    p.destroy();
    try {
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Starts the process again on the same port, empty, and waits until it answers {@code PING}.
   * Does nothing if it is running.
   *
   * @throws IOException if it does not start within 10 seconds
   */
  public synchronized void restart() throws IOException {
    if (isRunning()) {
      return;
    }
    List<String> cmd =
        new ArrayList<>(
            Arrays.asList(
                binary.toString(),
                "--port", Integer.toString(port),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no",
                "--dir", dir.toString(),
                "--daemonize", "no",
                "--logfile", ""));
    if (password != null) {
      cmd.add("--requirepass");
      cmd.add(password);
    }
    Path log = dir.resolve("redis.log");
    process =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MS);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            "redis-server exited with " + process.exitValue() + " on port " + port + ": "
                + tail(log));
      }
      if (answersPing()) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while starting redis-server", e);
      }
    }
    kill();
    throw new IOException("redis-server did not answer PING within 10 s on port " + port);
  }

  private boolean answersPing() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      s.setSoTimeout(500);
      OutputStream out = s.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] buf = new byte[64];
      int n = in.read(buf);
      if (n <= 0) {
        return false;
      }
      String reply = new String(buf, 0, n, StandardCharsets.US_ASCII);
      // +PONG without a password; -NOAUTH with one: either way the server is serving.
      return reply.startsWith("+PONG") || reply.toUpperCase(Locale.ROOT).startsWith("-NOAUTH");
    } catch (IOException e) {
      return false;
    }
  }

  private static String tail(Path log) {
    try {
      String s = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).trim();
      return s.length() > 600 ? s.substring(s.length() - 600) : s;
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private synchronized void kill() {
    if (process != null) {
      process.destroyForcibly();
      process = null;
    }
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException e) {
      // The JVM is shutting down; the hook runs anyway.
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the server and removes its directory. */
  @Override
  public void close() {
    stop();
    removeHook();
    deleteTree(dir);
  }

  /**
   * The port and whether a password is set; never the password.
   *
   * @return {@code LocalRedisServer{127.0.0.1:PORT, running}}
   */
  @Override
  public String toString() {
    return "LocalRedisServer{127.0.0.1:" + port + (password == null ? "" : ", password=****")
        + (isRunning() ? ", running" : ", stopped") + "}";
  }
}
