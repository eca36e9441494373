package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.model.MsdkRequest;
import org.immutables.value.Value;

/**
 * Body of {@code POST /profile/subscribe_push}: pushes a subscription message to every user who subscribed to it (line 2000). The seed's example posts to {@code /profile/subscribe_getlist} (line 2015), a copy slip; the SDK posts to {@code /profile/subscribe_push}
 * (seed 004 line 1999). Table lines 2006-2008, example body lines 2019-2023. Changes state: never
 * retried.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "msgId"})
@JsonSerialize(as = ImmutableSubscribePushRequest.class)
@JsonDeserialize(as = ImmutableSubscribePushRequest.class)
public abstract class SubscribePushRequest implements MsdkRequest {
  /**
   * A request for one message.
   *
   * @param appid the game's appid
   * @param openid the player
   * @param msgId the message id
   * @return the request
   */
  public static SubscribePushRequest of(String appid, String openid, long msgId) {
    return ImmutableSubscribePushRequest.builder().appid(appid).openid(openid).msgId(msgId).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableSubscribePushRequest.Builder builder() {
    return ImmutableSubscribePushRequest.builder();
  }

  /**
   * {@code appid} (string): the game's id.
   *
   * @return the appid
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player.
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code msgId} (int): one message id, for example 77 (the table's "목록", list, notwithstanding;
   * its type is int and the example sends a number).
   *
   * @return the message id
   */
  @JsonProperty("msgId")
  public abstract long msgId();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(openid(), "openid");
    InvalidRequestException.check(msgId() > 0, "msgId", "must be a positive message id");
  }
}
