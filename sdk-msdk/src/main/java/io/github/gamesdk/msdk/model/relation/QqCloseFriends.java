package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code extinfo} of {@code /relation/qqfriends_detail}: the close friends (seed 004 lines
 * 261-262; example lines 290-295, where {@code closefriend_lists} sits inside {@code extinfo}).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"closefriend_lists"})
@JsonSerialize(as = ImmutableQqCloseFriends.class)
@JsonDeserialize(as = ImmutableQqCloseFriends.class)
public abstract class QqCloseFriends {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQqCloseFriends.Builder builder() {
    return ImmutableQqCloseFriends.builder();
  }

  /**
   * {@code closefriend_lists}: the openids of the close friends (line 262).
   *
   * @return the entries, never null (empty when absent)
   */
  @JsonProperty("closefriend_lists")
  public abstract List<String> closefriendLists();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
