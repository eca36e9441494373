package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.internal.EmptyAsNull;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /profile/wxget_eliteinfo} (seed 004 lines 2071-2076; example lines
 * 2086-2093). The table calls {@code data} an array (line 2076), the example sends an object (line
 * 2089): the model follows the example, and reads an empty value (empty string or array) as none and an
 * array of one object as that object.
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableWxGetEliteinfoResponse.class)
@JsonDeserialize(as = ImmutableWxGetEliteinfoResponse.class)
public abstract class WxGetEliteinfoResponse extends MsdkResponse {
  /**
   * {@code data}: the elite flags (line 2076).
   *
   * @return the flags, or {@code null} when absent
   */
  @JsonProperty("data")
  @JsonDeserialize(using = EmptyAsNull.class)
  @Nullable
  public abstract EliteInfo data();
}
