package io.github.gamesdk.phonecheck.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.log.Redaction;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Answer of {@code /ssPhone_Privacy} (seed 001 lines 79-118). The seed's examples write it with
 * unquoted keys, which are accepted:
 *
 * <pre>
 * {
 *   code: 0,
 *   reason: "Succ",
 *   result: {
 *     Mobile: "18466849135",
 *     Status: "隐私号",
 *     Area: "上海-上海",
 *     Now_isp: "中国移动"
 *   }
 * }
 * </pre>
 *
 * <p>{@code PhoneCheckClient} returns a response only when {@code code} is 0 and {@code result} is
 * present; any other {@code code} is thrown as {@link io.github.gamesdk.core.error.ApiException}
 * with its {@link io.github.gamesdk.phonecheck.PhoneCheckErrorCode}. Parsed on its own (for
 * example a stored answer), an error answer has {@code result} {@code null}. {@link #toString()}
 * masks the number.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"code", "reason", "result"})
@JsonSerialize(as = ImmutablePhoneCheckResponse.class)
@JsonDeserialize(as = ImmutablePhoneCheckResponse.class)
public abstract class PhoneCheckResponse {
  /**
   * {@code code}: 0 success, anything else an error (line 111; the table at lines 120-131).
   *
   * @return the code
   */
  @JsonProperty("code")
  public abstract int code();

  /**
   * {@code reason}: the text of {@code code}, "Succ" on success (line 112).
   *
   * @return the text, empty when absent
   */
  @JsonProperty("reason")
  @Value.Default
  public String reason() {
    return "";
  }

  /**
   * {@code result}: what was found about the number (line 113).
   *
   * @return the result; never {@code null} in a response returned by the client, {@code null} in a
   *     parsed error answer
   */
  @JsonProperty("result")
  @Nullable
  public abstract PhoneCheckResult result();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();

  /**
   * The answer with the number masked.
   *
   * @return for example {@code PhoneCheckResponse{code=0, reason=Succ, result=PhoneCheckResult{
   *     Mobile=184****9135, ...}}}
   */
  @Override
  public String toString() {
    return "PhoneCheckResponse{code="
        + code()
        + ", reason="
        + Redaction.redact(reason())
        + ", result="
        + result()
        + (extra().isEmpty() ? "" : ", extra=" + Redaction.redact(extra().toString()))
        + "}";
  }
}
