package io.github.gamesdk.msdk.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.gamesdk.core.Nullable;
import java.util.Map;

/**
 * What every MSDK answer has (seed 004, the "반환 설명" table of each call): {@code ret} (0 success)
 * and {@code msg} ("오류 코드, 오류 메시지" when {@code ret} is not 0). The seed spells the message
 * {@code message} on the {@code /relation/*groupv2} calls (e.g. line 550); both spellings are kept
 * as they came, and {@link #text()} reads whichever is present. {@code err_type} (MSDK wiki, absent
 * from the seed) and {@code msdkExtInfo} (the value sent in the URL, echoed back, seed line 27) are
 * kept when present. Undocumented fields are kept in {@link #extra()}, so an answer written back to
 * JSON loses nothing.
 *
 * <p>A client method returns a response only when {@code ret} is 0; any other {@code ret} is an
 * {@link io.github.gamesdk.core.error.ApiException}.
 */
@JsonPropertyOrder({"ret", "msg", "message", "err_type", "msdkExtInfo"})
public abstract class MsdkResponse {
  /**
   * {@code ret}: 0 success, anything else a failure ({@link io.github.gamesdk.msdk.MsdkErrorCode}).
   *
   * @return the code
   */
  @JsonProperty("ret")
  public abstract int ret();

  /**
   * {@code msg}: the message.
   *
   * @return the message, or {@code null} when the answer spells it {@code message} or has none
   */
  @JsonProperty("msg")
  @Nullable
  public abstract String msg();

  /**
   * {@code message}: the message as the {@code /relation/*groupv2} calls spell it (seed 004 line
   * 541 and their examples).
   *
   * @return the message, or {@code null} when the answer has none under this name
   */
  @JsonProperty("message")
  @Nullable
  public abstract String message();

  /**
   * {@code err_type}: the access layer's classification of an error (0 normal, 1 network, 2
   * authorization, 3 token expired, 5 unknown); see {@link io.github.gamesdk.msdk.MsdkErrType}.
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("err_type")
  @Nullable
  public abstract Integer errType();

  /**
   * {@code msdkExtInfo}: the value sent in the URL, echoed back (seed 004 line 27).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("msdkExtInfo")
  @Nullable
  public abstract String msdkExtInfo();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();

  /**
   * The message, whichever spelling the answer used.
   *
   * @return {@code msg}, else {@code message}, else the empty string
   */
  @JsonIgnore
  public String text() {
    String m = msg();
    if (m != null) {
      return m;
    }
    String alt = message();
    return alt == null ? "" : alt;
  }
}
