package io.github.gamesdk.qos.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.qos.QosErrorCode;
import io.github.gamesdk.qos.internal.QosJson;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The answer of the phone-id lookup at {@code mobileUrl} (seed 000 lines 109-116): either {@code
 * {"result":"<encrypted number>"}} or {@code {"error":{"code":"4002","message":"Not
 * supported!"}}}.
 *
 * <p>The phone fetches {@code mobileUrl} (line 94) and relays this JSON to the game's backend, which
 * reads it with {@link #parse(String)} and passes {@link #phoneNoOrEmpty()} as {@code PhoneNO} to
 * {@code open} and {@code close}. Shown with its {@code result} masked in {@code toString()}.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"result", "error"})
@JsonSerialize(as = ImmutableMobileUrlAnswer.class)
@JsonDeserialize(as = ImmutableMobileUrlAnswer.class)
public abstract class MobileUrlAnswer {
  MobileUrlAnswer() {}

  /**
   * Reads the JSON the phone relayed, leniently (unquoted names, numbers as strings, a {@code
   * {"Response":{...}}} wrapper, and the full-width colons of the seed's copies are accepted).
   *
   * @param json the body the phone received from {@code mobileUrl}
   * @return the answer: a {@link #result()} or an {@link #error()}, never neither
   * @throws io.github.gamesdk.core.error.ResponseFormatException if it is not JSON, or holds
   *     neither {@code result} nor {@code error} (its {@code httpStatus()} is 0: the SDK did not
   *     receive it over HTTP)
   */
  public static MobileUrlAnswer parse(String json) {
    return QosJson.parseMobileUrlAnswer(json);
  }

  /**
   * {@code result} (seed 000 line 111): the phone's number as its operator encrypts it, for
   * example {@code 1462930663_q_Tl8WPi0...nnQ==}. "对于部分电信的用户，有可能返回的是一个空字符串" (lines
   * 88-90): for some China Telecom users it is the empty string.
   *
   * @return the encrypted number (possibly empty), or {@code null} for an {@link #error()} answer
   */
  @JsonProperty("result")
  @Nullable
  @Value.Redacted
  public abstract String result();

  /**
   * {@code error} (seed 000 line 116): why the lookup failed.
   *
   * @return the error, or {@code null} for a {@link #result()} answer
   */
  @JsonProperty("error")
  @Nullable
  public abstract MobileUrlError error();

  /**
   * Fields not documented, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();

  /**
   * Whether the lookup gave a number ({@code result}) rather than an {@code error}.
   *
   * @return whether {@link #result()} is set
   */
  @JsonIgnore
  public boolean succeeded() {
    return error() == null;
  }

  /**
   * What to send as {@code PhoneNO}: the {@code result}, or the empty string when the lookup
   * failed. The seed asks for {@code ""} from users whose {@code PhoneNO} cannot be obtained ("有一些
   * 电信的用户无法获得 PhoneNO 参数，则传一个空字符 "" 代替", line 160).
   *
   * @return the encrypted number, or {@code ""}
   */
  @JsonIgnore
  public String phoneNoOrEmpty() {
    String r = result();
    return error() == null && r != null ? r : "";
  }

  /**
   * The code of a failed lookup.
   *
   * @return the {@code error.code}'s entry, {@link QosErrorCode#SUCCESS} for a {@code result}
   */
  @JsonIgnore
  public QosErrorCode errorCode() {
    MobileUrlError e = error();
    return e == null ? QosErrorCode.SUCCESS : e.errorCode();
  }

  @Value.Check
  void check() {
    InvalidRequestException.check(
        result() != null || error() != null, "result", "an answer holds result or error");
  }
}
