package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.internal.SecretJson;
import io.github.gamesdk.msdk.model.MsdkRequest;
import java.util.List;
import org.immutables.value.Value;

/**
 * Body of {@code POST /profile/subscribe_setlist}: subscribes the player to some messages, or
 * cancels (seed 004 lines 1964-1997). Table lines 1971-1975, example body lines 1986-1992.
 * Changes state: never retried. At least one {@code msgId}.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "accessToken", "msgId", "opType"})
@JsonSerialize(as = ImmutableSubscribeSetlistRequest.class)
@JsonDeserialize(as = ImmutableSubscribeSetlistRequest.class)
public abstract class SubscribeSetlistRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableSubscribeSetlistRequest.Builder builder() {
    return ImmutableSubscribeSetlistRequest.builder();
  }

  /**
   * {@code appid} (string): the game's id (line 1971).
   *
   * @return the appid
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player (line 1972).
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state (line 1973). Never printed.
   *
   * @return the token
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code msgId} (array): the message ids, for example {@code [1,2,3]} (line 1974).
   *
   * @return at least one id
   */
  @JsonProperty("msgId")
  public abstract List<Long> msgId();

  /**
   * {@code opType} (int): 0 subscribe, 1 cancel (line 1975).
   *
   * @return the operation
   */
  @JsonProperty("opType")
  public abstract SubscribeOpType opType();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(openid(), "openid");
    Checks.notBlank(accessToken().reveal(), "accessToken");
    InvalidRequestException.check(!msgId().isEmpty(), "msgId", "at least one message id");
  }
}
