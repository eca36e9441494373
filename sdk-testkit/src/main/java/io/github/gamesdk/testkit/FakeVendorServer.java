package io.github.gamesdk.testkit;

import io.github.gamesdk.core.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The plumbing every vendor fake shares: a mockwebserver3 bound to 127.0.0.1 on a free port, the
 * queue of {@linkplain #failNext(Fault) faults} to inflict, the record of every request received
 * ({@link #requests()}, {@link #takeRequest()}), {@link #reset()} and {@link #close()}. A vendor's
 * fake adds its contract checks, its answers and its scripting.
 *
 * @param <R> the vendor's recorded-request type
 */
public abstract class FakeVendorServer<R> implements AutoCloseable {
  /**
   * Guards the fake's state; the dispatch of each request and every change by the test hold it.
   * Subclasses guard their own state with it too.
   */
  protected final Object lock = new Object();

  private final String fakeName;
  private final Deque<Fault> faults = new ArrayDeque<>();
  private final List<R> recorded = new ArrayList<>();
  private final LinkedBlockingQueue<R> untaken = new LinkedBlockingQueue<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile MockWebServer server;

  /**
   * A fake not yet listening; the subclass's constructor calls {@link #listen()} once its own
   * fields are set.
   *
   * @param fakeName how messages name the fake, for example {@code "fake QoS server"}
   */
  protected FakeVendorServer(String fakeName) {
    this.fakeName = Objects.requireNonNull(fakeName, "fakeName");
  }

  /**
   * Starts listening on 127.0.0.1 on a free port; each request goes to {@link
   * #dispatch(RecordedRequest)}.
   *
   * @return the base URL, {@code http://127.0.0.1:PORT}
   * @throws UncheckedIOException if no local port could be bound
   * @throws IllegalStateException if called twice
   */
  protected final String listen() {
    if (server != null) {
      throw new IllegalStateException("the " + fakeName + " listens already");
    }
    MockWebServer s = new MockWebServer();
    s.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return FakeVendorServer.this.dispatch(request);
          }
        });
    try {
      s.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      s.close();
      throw new UncheckedIOException("could not start the " + fakeName + " on 127.0.0.1", e);
    }
    server = s;
    return "http://127.0.0.1:" + s.getPort();
  }

  /**
   * Checks one request, answers it and records it (with {@link #nextFault()} and {@link
   * #record(Object)}).
   *
   * @param request the request as received
   * @return the answer
   */
  protected abstract MockResponse dispatch(RecordedRequest request);

  /**
   * Inflicts a fault on the next request, whatever it is; the request is still recorded.
   *
   * @param fault the fault
   */
  public void failNext(Fault fault) {
    failNext(fault, 1);
  }

  /**
   * Inflicts a fault on each of the next {@code times} requests, after any faults already queued.
   *
   * @param fault the fault
   * @param times how many requests, at least 1
   */
  public void failNext(Fault fault, int times) {
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    synchronized (lock) {
      for (int i = 0; i < times; i++) {
        faults.add(fault);
      }
    }
  }

  /**
   * Every request received since the fake started or was {@link #reset()}, in order of arrival;
   * {@link #takeRequest()} does not remove from it.
   *
   * @return an unmodifiable snapshot
   */
  public List<R> requests() {
    synchronized (lock) {
      return Collections.unmodifiableList(new ArrayList<>(recorded));
    }
  }

  /**
   * How many requests reached the fake since it started or was {@link #reset()}, faults and
   * rejected requests included.
   *
   * @return the count
   */
  public int requestCount() {
    synchronized (lock) {
      return recorded.size();
    }
  }

  /**
   * The oldest request not yet taken, waiting up to 5 seconds for one to arrive.
   *
   * @return the request
   * @throws IllegalStateException if none arrives within 5 seconds or the thread is interrupted
   */
  public R takeRequest() {
    R r = takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new IllegalStateException("no request reached the " + fakeName + " within 5 s");
    }
    return r;
  }

  /**
   * The oldest request not yet taken, waiting up to the given time.
   *
   * @param timeout how long to wait
   * @param unit the unit of {@code timeout}
   * @return the request, or {@code null} if none arrived in time
   * @throws IllegalStateException if the thread is interrupted
   */
  @Nullable
  public R takeRequest(long timeout, TimeUnit unit) {
    try {
      return untaken.poll(timeout, unit);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a request", e);
    }
  }

  /**
   * Forgets the pending faults and the recorded requests. Subclasses forget their own state too
   * (under {@link #lock}) and call this. The port stays.
   */
  public void reset() {
    synchronized (lock) {
      faults.clear();
      recorded.clear();
      untaken.clear();
    }
  }

  /** Stops the server and drops its connections; idempotent. */
  @Override
  public final void close() {
    if (closed.compareAndSet(false, true)) {
      MockWebServer s = server;
      if (s != null) {
        s.close();
      }
    }
  }

  /**
   * Takes the next fault to inflict. Called under {@link #lock}.
   *
   * @return the fault, or {@code null} when none is queued
   */
  @Nullable
  protected final Fault nextFault() {
    return faults.poll();
  }

  /**
   * Records a request, for {@link #requests()} and {@link #takeRequest()}. Called under {@link
   * #lock}; {@link #requestCount()} before it is the request's index.
   *
   * @param request the recorded request
   */
  protected final void record(R request) {
    recorded.add(request);
    untaken.add(request);
  }

  /**
   * The answer to a request that a fault replaces.
   *
   * @param fault the fault
   * @param answer the body the fake would have answered, which some faults cut or garble
   * @return the response, and the status and body to record ({@code 0} and empty for {@link
   *     Fault#TIMEOUT} and {@link Fault#RESET}, which answer nothing)
   */
  protected static Reply faultReply(Fault fault, String answer) {
    MockResponse response = fault.toMockResponse(answer);
    boolean silent = fault == Fault.TIMEOUT || fault == Fault.RESET;
    return new Reply(response, silent ? 0 : response.getCode(), silent ? "" : bodyOf(response));
  }

  /**
   * A plain answer.
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type}
   * @param body the body
   * @return the response, and the status and body to record
   */
  protected static Reply reply(int status, String contentType, String body) {
    MockResponse response =
        new MockResponse.Builder()
            .code(status)
            .setHeader("Content-Type", contentType)
            .body(body)
            .build();
    return new Reply(response, status, body);
  }

  private static String bodyOf(MockResponse response) {
    okio.Buffer buffer = new okio.Buffer();
    try {
      if (response.getBody() != null) {
        response.getBody().writeTo(buffer);
      }
    } catch (IOException e) {
      return "";
    }
    return buffer.readUtf8();
  }

  /** A response to send and what to record of it. */
  protected static final class Reply {
    private final MockResponse response;
    private final int status;
    private final String sent;

    /**
     * A reply.
     *
     * @param response the response to send
     * @param status the status to record, {@code 0} when nothing is answered
     * @param sent the body to record, empty when nothing is answered
     */
    public Reply(MockResponse response, int status, String sent) {
      this.response = response;
      this.status = status;
      this.sent = sent;
    }

    /**
     * The response to send.
     *
     * @return the response
     */
    public MockResponse response() {
      return response;
    }

    /**
     * The status to record.
     *
     * @return the status, {@code 0} when nothing is answered
     */
    public int status() {
      return status;
    }

    /**
     * The body to record.
     *
     * @return the body, empty when nothing is answered
     */
    public String sent() {
      return sent;
    }
  }
}
