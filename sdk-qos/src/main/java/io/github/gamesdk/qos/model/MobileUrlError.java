package io.github.gamesdk.qos.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.qos.QosErrorCode;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The {@code error} of a failed phone-id lookup (seed 000 line 116): {@code
 * {"code":"4002","message":"Not supported!"}}.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"code", "message"})
@JsonSerialize(as = ImmutableMobileUrlError.class)
@JsonDeserialize(as = ImmutableMobileUrlError.class)
public abstract class MobileUrlError {
  MobileUrlError() {}

  /**
   * {@code code}, as sent: a string of digits in the seed ({@code "4002"}); a number is accepted.
   *
   * @return the code's text
   */
  @JsonProperty("code")
  public abstract String code();

  /**
   * {@code message}, for example {@code Not supported!}.
   *
   * @return the message, empty when absent
   */
  @JsonProperty("message")
  @Value.Default
  public String message() {
    return "";
  }

  /**
   * Fields not documented, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();

  /**
   * The code's entry in the QoS table.
   *
   * @return for example {@link QosErrorCode#NOT_SUPPORTED} for {@code 4002}; {@link
   *     QosErrorCode#UNKNOWN} for a code the table lacks or a code that is not a number
   */
  @JsonIgnore
  public QosErrorCode errorCode() {
    Long c = numericCode();
    return c == null ? QosErrorCode.UNKNOWN : QosErrorCode.of(c);
  }

  /**
   * The code as a number.
   *
   * @return the number, or {@code null} when {@link #code()} is not an integer
   */
  @JsonIgnore
  @io.github.gamesdk.core.Nullable
  public Long numericCode() {
    String s = code().trim();
    if (!s.matches("-?[0-9]{1,18}")) {
      return null;
    }
    return Long.parseLong(s);
  }
}
