package io.github.gamesdk.qqconnect.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.gamesdk.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The common answer of every {@code QQConnect.fcgi} call (seed 003 lines 1604-1612 and 990-998):
 * {@code {"ret":0,"msg":"ok","data":{"ret":0,"msg":"xx"}}}. {@code ret}/{@code msg} are the
 * transfer CGI's own; {@code data} is the called service's answer. A client method returns a
 * response only when both {@code ret} and {@code data.ret} are 0; otherwise it throws {@link
 * io.github.gamesdk.core.error.ApiException}.
 */
@JsonPropertyOrder({"ret", "msg", "data"})
public abstract class TransferCgiResponse {
  /**
   * {@code ret}: the transfer CGI's code, 0 success.
   *
   * @return the code
   */
  @JsonProperty("ret")
  public abstract int ret();

  /**
   * {@code msg}: the transfer CGI's message.
   *
   * @return the message, empty when absent
   */
  @JsonProperty("msg")
  @Value.Default
  public String msg() {
    return "";
  }

  /**
   * {@code data}: the called service's answer.
   *
   * @return the data, or {@code null} when the answer has none
   */
  @JsonProperty("data")
  @Nullable
  public abstract TransferData data();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
