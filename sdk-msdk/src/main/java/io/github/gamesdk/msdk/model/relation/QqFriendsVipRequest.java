package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.internal.SecretJson;
import io.github.gamesdk.msdk.model.MsdkRequest;
import java.util.List;
import org.immutables.value.Value;

/**
 * Body of {@code POST /relation/qqfriends_vip}: QQ membership of many users, friends or not (seed
 * 004 lines 397-448; table lines 402-410, example lines 423-433). At most 49 {@code fopenids} per
 * call (line 406); {@code flags} is a comma-separated list of {@link QqVipFlag} values (line 407),
 * built with {@link QqVipFlag#join}.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "fopenids", "flags", "userip", "pf", "accessToken"})
@JsonSerialize(as = ImmutableQqFriendsVipRequest.class)
@JsonDeserialize(as = ImmutableQqFriendsVipRequest.class)
public abstract class QqFriendsVipRequest implements MsdkRequest {
  /** Most openids per call: "매회 최대 49개까지" (line 406). */
  public static final int MAX_FOPENIDS = 49;

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQqFriendsVipRequest.Builder builder() {
    return ImmutableQqFriendsVipRequest.builder();
  }

  /**
   * {@code appid} (string): the game's appid, "게임 고유 표식" (line 404).
   *
   * @return the value
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the user, "사용자 고유 표식" (line 405).
   *
   * @return the value
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code fopenids} (array): the openids to look up, "매회 최대 49개": at most 49 per call (line 406).
   *
   * @return the entries, never null (empty when absent)
   */
  @JsonProperty("fopenids")
  public abstract List<String> fopenids();

  /**
   * {@code flags} (string): the VIP kinds to look up, comma-separated: {@code qq_vip}, {@code
   * qq_svip} (line 407).
   *
   * @return the value
   */
  @JsonProperty("flags")
  public abstract String flags();

  /**
   * {@code userip} (string): the caller's IP (line 408).
   *
   * @return the value
   */
  @JsonProperty("userip")
  public abstract String userip();

  /**
   * {@code pf} (string): the login platform as mobile QQ returned it, e.g. {@code
   * openmobile_android} (line 409).
   *
   * @return the value
   */
  @JsonProperty("pf")
  public abstract String pf();

  /**
   * {@code accessToken} (string): the login state, "등록 상태": the user's access token. Never printed
   * (line 410).
   *
   * @return the value
   */
  @JsonProperty("accessToken")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(openid(), "openid");
    Checks.notBlank(pf(), "pf");
    Checks.count(fopenids(), 1, MAX_FOPENIDS, "fopenids");
    QqVipFlag.parse(flags());
    Checks.ipAddress(userip(), "userip");
  }
}
