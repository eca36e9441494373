package io.github.gamesdk.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.gamesdk.qqconnect.callback.VipCallbackResult;
import io.github.gamesdk.qqconnect.callback.VipOrder;
import io.github.gamesdk.qqconnect.callback.VipOrderCallbackHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A minimal receiver of the QQ VIP order-forwarding callback (seed 003 line 826) on the JDK's
 * built-in HTTP server: it serves {@code GET /vip/callback}, hands the query string to {@link
 * VipOrderCallbackHandler}, credits each verified first delivery through the given function, and
 * answers with the handler's body ({@code {"ret":0,"msg":"succ"}} or an error).
 */
public final class VipCallbackReceiver implements AutoCloseable {
  /** The path the receiver serves. */
  public static final String PATH = "/vip/callback";

  static {
    // The JDK server writes the headers and the body of an answer separately; without
    // TCP_NODELAY, Nagle's algorithm holds the body back until the client's delayed ACK, about
    // 40 ms per answer on a kept-alive connection. Read once, when the JDK's first HttpServer is
    // made; an explicit setting is kept.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService pool;

  /**
   * Starts a receiver.
   *
   * @param address where to listen, e.g. 127.0.0.1 and port 0 for a free port
   * @param handler verifies and deduplicates deliveries
   * @param credit credits an order; called once per order
   * @throws IOException if the port cannot be bound
   */
  public VipCallbackReceiver(
      InetSocketAddress address, VipOrderCallbackHandler handler, Consumer<VipOrder> credit)
      throws IOException {
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(credit, "credit");
    server = HttpServer.create(address, 64);
    pool = Executors.newFixedThreadPool(4);
    server.setExecutor(pool);
    server.createContext(PATH, exchange -> serve(exchange, handler, credit));
    server.start();
  }

  private static void serve(
      HttpExchange exchange, VipOrderCallbackHandler handler, Consumer<VipOrder> credit)
      throws IOException {
    int status;
    byte[] body;
    if (!"GET".equals(exchange.getRequestMethod())) {
      status = 405;
      body = "{\"ret\":-1,\"msg\":\"GET only\"}".getBytes(StandardCharsets.UTF_8);
    } else {
      VipCallbackResult result = handler.handle(exchange.getRequestURI().getRawQuery(), credit);
      status = result.httpStatus();
      body = result.responseBody().getBytes(StandardCharsets.UTF_8);
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * The callback URL on this machine, to send test deliveries to (register the public address
   * with QQ VIP).
   *
   * @return {@code http://HOST:PORT/vip/callback}, with 127.0.0.1 when bound to every interface
   */
  public String url() {
    InetSocketAddress a = server.getAddress();
    String host;
    if (a.getAddress() == null || a.getAddress().isAnyLocalAddress()) {
      // Bound to every interface: this machine reaches it on the loopback address.
      host = "127.0.0.1";
    } else {
      host = a.getAddress().getHostAddress();
      if (host.indexOf(':') >= 0) {
        host = "[" + host + "]";
      }
    }
    return "http://" + host + ":" + a.getPort() + PATH;
  }

  /**
   * The port the receiver listens on.
   *
   * @return the bound port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops the receiver. */
  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
