package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /relation/wxget_groupinfo} (seed 004 lines 1141-1147; example lines 1160-1166).
 * The table spells the message {@code message} (line 1144), the example {@code msg} (line 1161):
 * both are kept. {@code platCode} is the platform's raw code, empty on success (reference
 * error-codes.md (e)).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"membercount", "openidlist", "platCode"})
@JsonSerialize(as = ImmutableWxGetGroupinfoResponse.class)
@JsonDeserialize(as = ImmutableWxGetGroupinfoResponse.class)
public abstract class WxGetGroupinfoResponse extends MsdkResponse {
  /**
   * {@code membercount}: the number of group members (line 1147).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("membercount")
  @Nullable
  public abstract Integer membercount();

  /**
   * {@code openidlist}: those of the given openids that are members, comma-separated (line 1146).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("openidlist")
  @Nullable
  public abstract String openidlist();

  /**
   * {@code platCode}: the platform's code, to read when ret is not 0; empty on success (line 1145).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("platCode")
  @Nullable
  public abstract String platCode();

  /**
   * {@link #openidlist()} split at its commas.
   *
   * @return the member openids, empty when none
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public java.util.List<String> memberOpenids() {
    String s = openidlist();
    java.util.List<String> out = new java.util.ArrayList<>();
    if (s != null) {
      for (String p : s.split(",")) {
        if (!p.trim().isEmpty()) {
          out.add(p.trim());
        }
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }
}
