package io.github.gamesdk.msdk.model.freeflow;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code freeFlowInfo} of {@code /freeflow/getinfo} (seed 004 lines 2293-2300, example 2309-2317).
 * Numbers stay as answered ({@link #isFree()}, {@link #ccType()}); {@link #free()} and {@link
 * #carrier()} read them.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"ipList", "isFree", "ccType", "ltList", "dxList", "ydList", "expire"})
@JsonSerialize(as = ImmutableFreeFlowInfo.class)
@JsonDeserialize(as = ImmutableFreeFlowInfo.class)
public abstract class FreeFlowInfo {
  /**
   * {@code ipList} (string): every free-flow domain or IP of the game (line 2294).
   *
   * @return the list as text, or {@code null} when absent
   */
  @JsonProperty("ipList")
  @Nullable
  public abstract String ipList();

  /**
   * {@code isFree} (int): 1 a free-flow user, 0 not (line 2295).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("isFree")
  @Nullable
  public abstract Integer isFree();

  /**
   * {@code ccType} (int): the carrier of the subscription, see {@link Carrier} (line 2296).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("ccType")
  @Nullable
  public abstract Integer ccType();

  /**
   * {@code ltList} (string): the China Unicom free-flow domains or IPs (line 2297).
   *
   * @return the list as text, or {@code null} when absent
   */
  @JsonProperty("ltList")
  @Nullable
  public abstract String ltList();

  /**
   * {@code dxList} (string): the China Telecom free-flow domains or IPs (line 2298).
   *
   * @return the list as text, or {@code null} when absent
   */
  @JsonProperty("dxList")
  @Nullable
  public abstract String dxList();

  /**
   * {@code ydList} (string): the China Mobile free-flow domains or IPs (line 2299).
   *
   * @return the list as text, or {@code null} when absent
   */
  @JsonProperty("ydList")
  @Nullable
  public abstract String ydList();

  /**
   * {@code expire} (int): how long the information holds, in seconds; ask again after it (line
   * 2300).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("expire")
  @Nullable
  public abstract Integer expire();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();

  /**
   * Whether the user is a free-flow user ({@code isFree == 1}).
   *
   * @return whether the user's traffic is free
   */
  @JsonIgnore
  public boolean free() {
    Integer f = isFree();
    return f != null && f == 1;
  }

  /**
   * The carrier of {@link #ccType()}.
   *
   * @return the carrier, or {@code null} when absent or not one the seed lists
   */
  @JsonIgnore
  @Nullable
  public Carrier carrier() {
    Integer c = ccType();
    return c == null ? null : Carrier.of(c);
  }
}
