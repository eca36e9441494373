package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.internal.Md5Hex;
import io.github.gamesdk.msdk.internal.SecretJson;
import io.github.gamesdk.msdk.model.MsdkRequest;
import org.immutables.value.Value;

/**
 * Body of {@code POST /profile/qqget_video_vip}: the player's Tencent Video membership (seed 004 line
 * 1560). Table lines 1567-1572, example body lines 1592-1599. {@code signature} is {@code
 * md5(str(channel_id)+channel_secret+openid+accessToken+str(timestamp))} in lower-case hex (line 1572), computed by {@link #sign}; the
 * {@code channel_secret} comes from Tencent Video and is never sent. The link is valid for 15
 * minutes after {@code timestamp}, by the server's clock (line 1571).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "accessToken", "openid", "channel_id", "timestamp", "signature"})
@JsonSerialize(as = ImmutableQqGetVideoVipRequest.class)
@JsonDeserialize(as = ImmutableQqGetVideoVipRequest.class)
public abstract class QqGetVideoVipRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQqGetVideoVipRequest.Builder builder() {
    return ImmutableQqGetVideoVipRequest.builder();
  }

  /**
   * {@code signature} as line 1572 defines it: {@code md5(str(channel_id)+channel_secret+openid+accessToken+str(timestamp))}, lower-case hex.
   *
   * @param channelId {@code channel_id}
   * @param channelSecret the channel's secret from Tencent Video
   * @param openid {@code openid}
   * @param accessToken {@code accessToken}
   * @param timestamp {@code timestamp}, Unix seconds
   * @return 32 lower-case hex digits
   */
  public static String sign(
      long channelId, String channelSecret, String openid, Secret accessToken, long timestamp) {
    return Md5Hex.of(channelId + channelSecret + openid + accessToken.reveal() + timestamp);
  }

  /**
   * {@code appid} (string): the game's id (line 1567).
   *
   * @return the appid
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player (line 1568).
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code accessToken} (string): the login state (line 1569). Never printed.
   *
   * @return the token
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code channel_id} (int): the channel id Tencent Video assigned (line 1570), 30012 in the
   * example.
   *
   * @return the channel id
   */
  @JsonProperty("channel_id")
  public abstract long channelId();

  /**
   * {@code timestamp} (int): the current Unix time in seconds (line 1571).
   *
   * @return Unix seconds
   */
  @JsonProperty("timestamp")
  public abstract long timestamp();

  /**
   * {@code signature} (string): see {@link #sign} (line 1572). Never printed.
   *
   * @return 32 lower-case hex digits
   */
  @JsonProperty("signature")
  @Value.Redacted
  public abstract String signature();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(openid(), "openid");
    Checks.notBlank(accessToken().reveal(), "accessToken");
    InvalidRequestException.check(channelId() > 0, "channel_id", "must be positive");
    InvalidRequestException.check(timestamp() > 0, "timestamp", "must be Unix seconds");
    InvalidRequestException.check(
        signature().matches("[0-9a-f]{32}"),
        "signature",
        "must be md5(str(channel_id)+channel_secret+openid+accessToken+str(timestamp)) in 32 lower-case hex digits (seed 004 line 1572)");
  }
}
