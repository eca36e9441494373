package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code data} of {@code /relation/get_groupcode} (seed 004 lines 905-909).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"gc", "group_name", "group_key", "group_openid"})
@JsonSerialize(as = ImmutableGroupCode.class)
@JsonDeserialize(as = ImmutableGroupCode.class)
public abstract class GroupCode {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGroupCode.Builder builder() {
    return ImmutableGroupCode.builder();
  }

  /**
   * {@code gc}: the group number (line 906).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("gc")
  @Nullable
  public abstract String gc();

  /**
   * {@code group_name}: the group name, empty when the guild had none at creation (line 907).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("group_name")
  @Nullable
  public abstract String groupName();

  /**
   * {@code group_key}: the group_key of the bound QQ group (line 908).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("group_key")
  @Nullable
  public abstract String groupKey();

  /**
   * {@code group_openid}: the group_openid of the bound QQ group (line 909).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("group_openid")
  @Nullable
  public abstract String groupOpenid();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
