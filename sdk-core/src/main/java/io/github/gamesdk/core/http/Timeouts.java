package io.github.gamesdk.core.http;

import java.time.Duration;
import java.util.Objects;

/**
 * The timeouts of one vendor client. None may be zero or negative: gamesdk never waits forever
 * (DESIGN.md §3 "Transport"; §5 warns against infinite default read timeouts).
 */
public final class Timeouts {
  /** Connect timeout of every vendor client unless changed: 2 s (DESIGN.md §3). */
  public static final Duration DEFAULT_CONNECT = Duration.ofSeconds(2);

  private final Duration connect;
  private final Duration read;
  private final Duration write;
  private final Duration call;

  private Timeouts(Duration connect, Duration read, Duration write, Duration call) {
    this.connect = positive(connect, "connect");
    this.read = positive(read, "read");
    this.write = positive(write, "write");
    this.call = positive(call, "call");
  }

  /**
   * Timeouts for a vendor whose server answers within {@code read}: connect 2 s, write as read,
   * and the whole call at most connect + 2 × read.
   *
   * @param read how long to wait for the answer
   * @return the timeouts
   */
  public static Timeouts forServerLimit(Duration read) {
    return of(DEFAULT_CONNECT, read, read, DEFAULT_CONNECT.plus(read).plus(read));
  }

  /**
   * Explicit timeouts.
   *
   * @param connect to establish the connection
   * @param read between bytes of the answer
   * @param write between bytes of the request
   * @param call for the whole attempt, from sending to the last byte of the answer
   * @return the timeouts
   * @throws IllegalArgumentException if any is zero or negative
   */
  public static Timeouts of(Duration connect, Duration read, Duration write, Duration call) {
    return new Timeouts(connect, read, write, call);
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " timeout must be positive, was " + d);
    }
    return d;
  }

  /**
   * The connect timeout.
   *
   * @return the duration
   */
  public Duration connect() {
    return connect;
  }

  /**
   * The read timeout.
   *
   * @return the duration
   */
  public Duration read() {
    return read;
  }

  /**
   * The write timeout.
   *
   * @return the duration
   */
  public Duration write() {
    return write;
  }

  /**
   * The timeout of one whole attempt.
   *
   * @return the duration
   */
  public Duration call() {
    return call;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Timeouts)) {
      return false;
    }
    Timeouts t = (Timeouts) o;
    return connect.equals(t.connect)
        && read.equals(t.read)
        && write.equals(t.write)
        && call.equals(t.call);
  }

  @Override
  public int hashCode() {
    return Objects.hash(connect, read, write, call);
  }

  @Override
  public String toString() {
    return "Timeouts{connect=" + connect + ", read=" + read + ", write=" + write + ", call=" + call
        + "}";
  }
}
