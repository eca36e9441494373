package io.github.gamesdk.qqconnect.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The {@code data} object of a transfer-CGI answer: the called service's own {@code ret} (0
 * success, other failure) and {@code msg}, and for some calls a further {@code data} (seed 003
 * lines 990-998; the {@code data.data.url} of line 2080).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"ret", "msg", "data"})
@JsonSerialize(as = ImmutableTransferData.class)
@JsonDeserialize(as = ImmutableTransferData.class)
public abstract class TransferData {
  /**
   * {@code data.ret}: 0 success, other values failure.
   *
   * @return the code, 0 when absent
   */
  @JsonProperty("ret")
  @Value.Default
  public int ret() {
    return 0;
  }

  /**
   * {@code data.msg}: the error description.
   *
   * @return the message, empty when absent
   */
  @JsonProperty("msg")
  @Value.Default
  public String msg() {
    return "";
  }

  /**
   * {@code data.data}: call-specific content, when present.
   *
   * @return the JSON value or {@code null}
   */
  @JsonProperty("data")
  @Nullable
  public abstract JsonNode data();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
