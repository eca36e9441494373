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
 * Body of {@code POST /profile/qqscore_batch}: reports the player's achievements to the QQ game
 * center, which ranks friends by them (seed 004 lines 1517-1558). Table lines 1524-1527, example
 * body lines 1538-1556. Changes state: never retried. At least one {@code param} entry.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "accessToken", "openid", "param"})
@JsonSerialize(as = ImmutableQqScoreBatchRequest.class)
@JsonDeserialize(as = ImmutableQqScoreBatchRequest.class)
public abstract class QqScoreBatchRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQqScoreBatchRequest.Builder builder() {
    return ImmutableQqScoreBatchRequest.builder();
  }

  /**
   * {@code appid} (string): the game's id (line 1524).
   *
   * @return the appid
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code accessToken} (string): the login state (line 1526). Never printed.
   *
   * @return the token
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code openid} (string): the player (line 1525).
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code param} (array): the achievements (line 1527).
   *
   * @return at least one entry
   */
  @JsonProperty("param")
  public abstract List<QqScoreParam> param();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(openid(), "openid");
    Checks.notBlank(accessToken().reveal(), "accessToken");
    InvalidRequestException.check(!param().isEmpty(), "param", "at least one achievement");
  }
}
