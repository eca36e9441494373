package io.github.gamesdk.testkit.phonecheck;

/**
 * How {@link FakePhoneCheckServer} writes the keys of its answers.
 *
 * <p>Seed 001 prints both of its answers with unquoted keys, {@code {code: 0, reason: "Succ",
 * ...}} (lines 82-90 and 98-107), the second one as a browser showed the live service's answer
 * (line 93), so that is the fake's default: it keeps the client's lenient reading exercised.
 */
public enum KeyStyle {
  /**
   * As the seed prints the answers: unquoted keys, two-space indentation, one field per line (the
   * layout of lines 98-107).
   */
  UNQUOTED,
  /** Standard JSON on one line: {@code {"code":0,"reason":"Succ","result":{...}}}. */
  QUOTED
}
