package io.github.gamesdk.testkit;

import java.util.Objects;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/**
 * A failure that a fake server can inflict on the next request instead of answering it
 * (DESIGN.md §4 "Testkit": {@code failNext(Fault.TIMEOUT | RESET | HTTP_500 | HTML | TRUNCATED)}).
 * None of these is a vendor answer: they are what the network, a gateway or a crashing server does,
 * and what every gamesdk client must turn into a typed exception ({@code TransportException} or
 * {@code ResponseFormatException}) without retrying a call that changes state.
 *
 * <p>Each fault still counts as a request that reached the server: the fake records it before it
 * misbehaves.
 */
public enum Fault {
  /**
   * No answer at all: the request is read, then the connection stays open and silent until the
   * client gives up (its read or call timeout) or the fake is closed ({@link SocketEffect.Stall}).
   */
  TIMEOUT,
  /**
   * The connection is closed after the request was read and before any byte of the answer: the
   * client sees "unexpected end of stream" ({@link SocketEffect.CloseSocket}).
   */
  RESET,
  /** HTTP 500 with an HTML error page, as a web server in front of the vendor's CGI answers it. */
  HTTP_500,
  /**
   * HTTP 200 with an HTML page instead of JSON, as a captive portal, WAF or misconfigured gateway
   * answers.
   */
  HTML,
  /**
   * HTTP 200 whose JSON stops in the middle: a complete HTTP message ({@code Content-Length} matches)
   * carrying the first half of the answer the fake would have given.
   */
  TRUNCATED;

  /** The page of {@link #HTTP_500}. */
  static final String ERROR_PAGE =
      "<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n"
          + "<center><h1>500 Internal Server Error</h1></center>\r\n</body>\r\n</html>\r\n";

  /** The page of {@link #HTML}. */
  static final String HTML_PAGE =
      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Access denied</title></head>"
          + "<body><h1>Access denied</h1><p>This request was blocked by the gateway.</p></body>"
          + "</html>\n";

  /**
   * The mockwebserver3 answer that produces this fault.
   *
   * @param answer the complete answer the fake would otherwise have given (JSON or JSONP); only
   *     {@link #TRUNCATED} uses it, sending its first half
   * @return the response to hand to mockwebserver3
   */
  public MockResponse toMockResponse(String answer) {
    Objects.requireNonNull(answer, "answer");
    switch (this) {
      case TIMEOUT:
        return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
      case RESET:
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
      case HTTP_500:
        return new MockResponse.Builder()
            .code(500)
            .setHeader("Content-Type", "text/html; charset=utf-8")
            .body(ERROR_PAGE)
            .build();
      case HTML:
        return new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/html; charset=utf-8")
            .body(HTML_PAGE)
            .build();
      case TRUNCATED:
        return new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json; charset=utf-8")
            .body(truncate(answer))
            .build();
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * The first half of a text, cut on a character boundary; {@code "{"} for a text too short to cut.
   *
   * @param answer the whole answer
   * @return its first half, never a complete JSON value
   */
  static String truncate(String answer) {
    if (answer.length() < 2) {
      return "{";
    }
    int cut = answer.length() / 2;
    if (Character.isLowSurrogate(answer.charAt(cut))) {
      cut--;
    }
    return answer.substring(0, cut);
  }
}
