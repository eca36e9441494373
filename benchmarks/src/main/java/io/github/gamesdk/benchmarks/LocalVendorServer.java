package io.github.gamesdk.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server that answers every request with a fixed body, so that a call through the
 * SDK and the same call written by hand meet exactly the same server in one run.
 */
final class LocalVendorServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService pool;

  static {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK, and every call takes about 40 ms whoever the client is.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  LocalVendorServer(String body) throws IOException {
    this(body.getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8");
  }

  /** A server answering raw bytes, for example an msdktea ciphertext. */
  LocalVendorServer(byte[] bytes, String contentType) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
    pool = Executors.newFixedThreadPool(2);
    server.setExecutor(pool);
    server.createContext(
        "/",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            byte[] drain = new byte[4096];
            while (in.read(drain) >= 0) {
              // Read the whole request body before answering.
            }
          }
          exchange.getResponseHeaders().set("Content-Type", contentType);
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
