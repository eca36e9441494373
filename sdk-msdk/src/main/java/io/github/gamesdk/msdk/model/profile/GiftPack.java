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
 * One entry of {@code GiftPackList} of {@code /profile/get_gift} (seed 004 line 1463; example
 * lines 1476-1479): a gift and its count, both strings.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"giftCount", "giftId"})
@JsonSerialize(as = ImmutableGiftPack.class)
@JsonDeserialize(as = ImmutableGiftPack.class)
public abstract class GiftPack {
  /**
   * {@code giftId} (string): the gift's id (line 1463).
   *
   * @return the id, or {@code null} when absent
   */
  @JsonProperty("giftId")
  @Nullable
  public abstract String giftId();

  /**
   * {@code giftCount} (string): how many of the gift (line 1463), {@code "1"} in the example.
   *
   * @return the count as sent, or {@code null} when absent
   */
  @JsonProperty("giftCount")
  @Nullable
  public abstract String giftCount();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
