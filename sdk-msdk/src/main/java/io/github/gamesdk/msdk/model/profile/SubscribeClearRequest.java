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
 * Body of {@code POST /profile/subscribe_clear}: removes the users subscribed to a message (line 2031). The seed's URL template names {@code /profile/subscribe_push} (line 2033) and its example {@code /profile/subscribe_getlist} (line 2046), copy slips; the SDK posts to {@code /profile/subscribe_clear}
 * (seed 004 line 2030). Table lines 2037-2039, example body lines 2050-2054. Changes state: never
 * retried.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "msgId"})
@JsonSerialize(as = ImmutableSubscribeClearRequest.class)
@JsonDeserialize(as = ImmutableSubscribeClearRequest.class)
public abstract class SubscribeClearRequest implements MsdkRequest {
  /**
   * A request for one message.
   *
   * @param appid the game's appid
   * @param openid the player
   * @param msgId the message id
   * @return the request
   */
  public static SubscribeClearRequest of(String appid, String openid, long msgId) {
    return ImmutableSubscribeClearRequest.builder().appid(appid).openid(openid).msgId(msgId).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableSubscribeClearRequest.Builder builder() {
    return ImmutableSubscribeClearRequest.builder();
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
