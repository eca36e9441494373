package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.internal.Checks;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code json} of {@code /profile/wxget_vip}: {@code {"optype":1}}, the only documented content
 * (seed 004 line 1677: "현재 다른 값이 없음"). The table calls {@code json} an array, the example
 * (lines 1714-1716) sends an object: the SDK sends the object, as in the example.
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableWxVipQuery.class)
@JsonDeserialize(as = ImmutableWxVipQuery.class)
public abstract class WxVipQuery {
  /** {@code optype} 1: the friends playing the same game (line 1677). */
  public static final int OPTYPE_SAME_GAME_FRIENDS = 1;

  /**
   * The only documented query, {@code {"optype":1}}.
   *
   * @return the query
   */
  public static WxVipQuery sameGameFriends() {
    return ImmutableWxVipQuery.builder().build();
  }

  /**
   * {@code optype} (int): 1, the only value (line 1677).
   *
   * @return 1 unless set
   */
  @JsonProperty("optype")
  @Value.Default
  public int optype() {
    return OPTYPE_SAME_GAME_FRIENDS;
  }

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();

  @Value.Check
  void check() {
    Checks.oneOf(optype(), "json.optype", OPTYPE_SAME_GAME_FRIENDS);
  }
}
