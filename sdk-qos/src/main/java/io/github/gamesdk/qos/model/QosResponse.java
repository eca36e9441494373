package io.github.gamesdk.qos.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The fields every QoS answer has (seed 000 lines 41-48, 168-170 and 259-261): {@code errno} ("0
 * 表求请求成功，其他表示失败") and {@code errmsg} ({@code "success"} or the reason). A client method
 * returns a response only when {@code errno} is 0; otherwise it throws {@link
 * io.github.gamesdk.core.error.ApiException} with the code looked up in {@link
 * io.github.gamesdk.qos.QosErrorCode}.
 *
 * <p>The seed's {@code geturl} example wraps its answer in {@code {"Response":{...}}} (lines
 * 78-85) while {@code open} and {@code close} answer flat (lines 196-201, 283-286): every call
 * accepts both, and the response holds the fields inside the wrapper.
 */
public abstract class QosResponse {
  QosResponse() {}

  /**
   * {@code errno}: 0 on success.
   *
   * @return the code
   */
  @JsonProperty("errno")
  public abstract int errno();

  /**
   * {@code errmsg}: {@code "success"} on success.
   *
   * @return the message, empty when absent
   */
  @JsonProperty("errmsg")
  @Value.Default
  public String errmsg() {
    return "";
  }

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
