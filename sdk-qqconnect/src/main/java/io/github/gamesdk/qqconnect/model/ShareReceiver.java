package io.github.gamesdk.qqconnect.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.error.InvalidRequestException;
import org.immutables.value.Value;

/**
 * One receiver in the {@code fopenids} parameter of {@code send_share_for_inner}: {@code
 * {"openid":"...","type":0}} (seed 003 line 982 and 2189).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"openid", "type"})
@JsonSerialize(as = ImmutableShareReceiver.class)
@JsonDeserialize(as = ImmutableShareReceiver.class)
public abstract class ShareReceiver {
  /**
   * The receiving friend's openid ({@code fopenids[].openid}).
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * The receiver type ({@code fopenids[].type}); the seed's examples use 0.
   *
   * @return the type, 0 unless set
   */
  @JsonProperty("type")
  @Value.Default
  public int type() {
    return 0;
  }

  /**
   * A receiver of type 0, as in the seed's examples.
   *
   * @param openid the friend's openid
   * @return the receiver
   */
  public static ShareReceiver of(String openid) {
    return ImmutableShareReceiver.builder().openid(openid).build();
  }

  @Value.Check
  void check() {
    InvalidRequestException.check(!openid().trim().isEmpty(), "fopenids.openid", "must not be empty");
  }
}
