package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.model.MsdkResponse;
import java.util.List;
import org.immutables.value.Value;

/**
 * Answer of {@code /profile/get_gift} (seed 004 lines 1458-1463; example lines 1474-1484, which
 * also echoes {@code msdkExtInfo}).
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableGetGiftResponse.class)
@JsonDeserialize(as = ImmutableGetGiftResponse.class)
public abstract class GetGiftResponse extends MsdkResponse {
  /**
   * {@code GiftPackList} (array): the gifts collected (line 1463).
   *
   * @return the gifts, empty when none came
   */
  @JsonProperty("GiftPackList")
  public abstract List<GiftPack> giftPackList();
}
