package io.github.gamesdk.msdk.model.profile;

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
 * One entry of {@code subscribeList} of {@code /profile/subscribe_getlist} (seed 004 lines
 * 1922-1934): a message and whether the player subscribed to it.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"id", "title", "status"})
@JsonSerialize(as = ImmutableSubscribeItem.class)
@JsonDeserialize(as = ImmutableSubscribeItem.class)
public abstract class SubscribeItem {
  /**
   * {@code id}: the message id (line 1925), the {@code msgId} of the other subscription calls.
   *
   * @return the id, or {@code null} when absent
   */
  @JsonProperty("id")
  @Nullable
  public abstract Long id();

  /**
   * {@code title}: the message title (line 1926).
   *
   * @return the title, or {@code null} when absent
   */
  @JsonProperty("title")
  @Nullable
  public abstract String title();

  /**
   * {@code status}: {@code true} subscribed, {@code false} not (line 1927).
   *
   * @return the status, or {@code null} when absent
   */
  @JsonProperty("status")
  @Nullable
  public abstract Boolean status();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
