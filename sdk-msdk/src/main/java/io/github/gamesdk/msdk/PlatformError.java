package io.github.gamesdk.msdk;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.msdk.internal.PlatformCodes;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A QQ or WeChat code that MSDK relays inside {@code msg}: with {@code ret:-10000} (QQ) and {@code
 * ret:-20000} (WeChat), {@code msg} is {@code "<platform code>,<platform text>"}, for example
 * {@code "40001,invalid credential"} or {@code "-73,the user modify password wrong"} (MSDK wiki
 * {@code errorCode.md} §1 items 4-6; {@code shared/reference/error-codes.md} (e)). The text may hold
 * more commas, so {@code msg} is split at the first comma only, with {@value #PATTERN}. Seed 004
 * describes {@code msg} the same way on every call: "ret가 0이 아닐 경우, “오류 코드, 오류 메시지”가
 * 표시됩니다" (when ret is not 0, "error code, error message" is shown).
 *
 * <p>The category comes from the platform's table for the endpoint: reference (c) for QQ, with the
 * {@code /share/qq} codes of (e) first for that call; (d) for WeChat, with the group-binding table
 * first for the {@code /relation/wx*group*} calls. A code no table lists has category {@link
 * ErrorCategory#UNKNOWN} and no description.
 */
public final class PlatformError {
  /** How {@code msg} is split: {@code ^\s*(-?\d+)\s*,\s*(.*)$} (reference (e)). */
  public static final String PATTERN = "^\\s*(-?\\d+)\\s*,\\s*(.*)$";

  private static final Pattern MSG = Pattern.compile(PATTERN, Pattern.DOTALL);

  /** Which platform a relayed code comes from. */
  public enum Source {
    /** Mobile QQ / QQ Connect ({@code ret:-10000}). */
    QQ,
    /** WeChat ({@code ret:-20000}). */
    WECHAT
  }

  private final Source source;
  private final long code;
  private final String text;
  private final String description;
  private final ErrorCategory category;

  private PlatformError(
      Source source, long code, String text, @Nullable String description, ErrorCategory category) {
    this.source = source;
    this.code = code;
    this.text = text;
    this.description = description;
    this.category = category;
  }

  /**
   * Reads the relayed code of an answer.
   *
   * @param endpointName the call, {@code module/interface} (for example {@code share/qq}), which
   *     selects the table
   * @param ret the answer's {@code ret}
   * @param msg the answer's {@code msg}
   * @return the platform error when {@code ret} is -10000 or -20000 and {@code msg} starts with a
   *     number and a comma; otherwise {@code null} (the raw {@code msg} stays in the exception)
   */
  @Nullable
  public static PlatformError parse(String endpointName, long ret, @Nullable String msg) {
    Objects.requireNonNull(endpointName, "endpointName");
    Source source =
        ret == MsdkErrorCode.QQ_PLATFORM_ERROR.code()
            ? Source.QQ
            : ret == MsdkErrorCode.WECHAT_PLATFORM_ERROR.code() ? Source.WECHAT : null;
    if (source == null || msg == null) {
      return null;
    }
    Matcher m = MSG.matcher(msg);
    if (!m.matches() || m.group(1).length() > 18) {
      return null;
    }
    long code = Long.parseLong(m.group(1));
    String text = m.group(2);
    PlatformCodes.Entry e =
        source == Source.QQ
            ? PlatformCodes.qq(endpointName, code, text)
            : PlatformCodes.wechat(endpointName, code);
    return e == null
        ? new PlatformError(source, code, text, null, ErrorCategory.UNKNOWN)
        : new PlatformError(source, code, text, e.description(), e.category());
  }

  /**
   * The platform.
   *
   * @return QQ for {@code ret:-10000}, WECHAT for {@code ret:-20000}
   */
  public Source source() {
    return source;
  }

  /**
   * The platform's code, the number before the first comma of {@code msg}.
   *
   * @return the code
   */
  public long code() {
    return code;
  }

  /**
   * The platform's text, everything after the first comma of {@code msg}.
   *
   * @return the text, possibly empty
   */
  public String text() {
    return text;
  }

  /**
   * The code's meaning from the platform's table.
   *
   * @return the meaning in English, or {@code null} when no table lists the code
   */
  @Nullable
  public String description() {
    return description;
  }

  /**
   * What the caller should do, from the platform's table.
   *
   * @return the category; {@link ErrorCategory#UNKNOWN} when no table lists the code
   */
  public ErrorCategory category() {
    return category;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PlatformError)) {
      return false;
    }
    PlatformError p = (PlatformError) o;
    return source == p.source
        && code == p.code
        && text.equals(p.text)
        && Objects.equals(description, p.description)
        && category == p.category;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, code, text, description, category);
  }

  @Override
  public String toString() {
    return "PlatformError{" + source + " " + code + " (" + category + ")"
        + (description == null ? "" : ": " + description) + "}";
  }
}
