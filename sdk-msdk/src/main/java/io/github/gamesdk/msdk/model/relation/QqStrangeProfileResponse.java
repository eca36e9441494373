package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.MsdkResponse;
import java.util.List;
import org.immutables.value.Value;

/**
 * Answer of {@code /relation/qqstrange_profile} (seed 004 lines 354-368; example lines 379-395).
 * The table names the list {@code list} (line 358), the example {@code lists} (line 383): both are
 * read, {@code lists} is written, as in the example.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"lists", "is_lost"})
@JsonSerialize(as = ImmutableQqStrangeProfileResponse.class)
@JsonDeserialize(as = ImmutableQqStrangeProfileResponse.class)
public abstract class QqStrangeProfileResponse extends MsdkResponse {
  /**
   * {@code lists}: the strangers' profiles (line 358).
   *
   * @return the entries, never null (empty when absent)
   */
  @JsonProperty("lists")
  @JsonAlias({"list"})
  public abstract List<QqStranger> lists();

  /**
   * {@code is_lost}: "1" when the platform served degraded data that must not be cached; the seed
   * types it a string, a bare number is read too (line 359).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("is_lost")
  @Nullable
  public abstract String isLost();
}
