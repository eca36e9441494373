package io.github.gamesdk.msdk.model.share;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.internal.Checks;
import org.immutables.value.Value;

/**
 * One receiver in {@code fopenids} of {@code /share/qq}: {@code {"openid":"","type":0}}, the
 * friend's openid and type 0, the only type (seed 004 line 2121: "type 고정 전송 0").
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"openid", "type"})
@JsonSerialize(as = ImmutableQqShareFriend.class)
@JsonDeserialize(as = ImmutableQqShareFriend.class)
public abstract class QqShareFriend {
  /**
   * A receiver of type 0.
   *
   * @param openid the friend's openid
   * @return the receiver
   */
  public static QqShareFriend of(String openid) {
    return ImmutableQqShareFriend.builder().openid(openid).build();
  }

  /**
   * {@code fopenids[].openid}: the friend's openid.
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code fopenids[].type}: always 0 (line 2121).
   *
   * @return 0
   */
  @JsonProperty("type")
  @Value.Default
  public int type() {
    return 0;
  }

  @Value.Check
  void check() {
    Checks.notBlank(openid(), "fopenids.openid");
    Checks.oneOf(type(), "fopenids.type", 0);
  }
}
