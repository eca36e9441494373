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
 * One entry of {@code friends} of {@code /relation/qq_unreg_friends}, {@code struct
 * QQUnregFriendsList} (seed 004 lines 316-320).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"openid", "nick_name", "head_img_url"})
@JsonSerialize(as = ImmutableQqUnregFriend.class)
@JsonDeserialize(as = ImmutableQqUnregFriend.class)
public abstract class QqUnregFriend {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQqUnregFriend.Builder builder() {
    return ImmutableQqUnregFriend.builder();
  }

  /**
   * {@code openid}: the friend's openid (line 317).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("openid")
  @Nullable
  public abstract String openid();

  /**
   * {@code nick_name}: the QQ nickname (never the remark name) (line 318).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("nick_name")
  @Nullable
  public abstract String nickName();

  /**
   * {@code head_img_url}: the head picture URL (line 319).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("head_img_url")
  @Nullable
  public abstract String headImgUrl();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
