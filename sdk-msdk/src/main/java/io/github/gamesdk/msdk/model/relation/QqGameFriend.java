package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One entry of {@code lists} of {@code /relation/qqfriends_detail}, {@code struct
 * QQGameFriendsList} (seed 004 lines 263-268).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"openid", "nickName", "gender", "figureurl_qq"})
@JsonSerialize(as = ImmutableQqGameFriend.class)
@JsonDeserialize(as = ImmutableQqGameFriend.class)
public abstract class QqGameFriend {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQqGameFriend.Builder builder() {
    return ImmutableQqGameFriend.builder();
  }

  /**
   * {@code openid}: the friend's openid (line 264).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code nickName}: the remark name if any, else the nickname (line 265).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("nickName")
  @Nullable
  public abstract String nickName();

  /**
   * {@code gender}: the gender; male when unknown (line 266).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("gender")
  @Nullable
  public abstract String gender();

  /**
   * {@code figureurl_qq}: the QQ head picture URL; append /40 or /100 for a size (line 267).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("figureurl_qq")
  @Nullable
  public abstract String figureurlQq();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
