package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.internal.Checks;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code reqBody} of {@code /relation/wxsend_groupmsg}: WeChat's request object (seed 004 lines
 * 1245-1260). A link message ({@code msg_type} 2) must carry {@code open.share_url} (line 1254).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"msg_type", "sub_type", "appid", "groupid", "open"})
@JsonSerialize(as = ImmutableWxGroupMsgBody.class)
@JsonDeserialize(as = ImmutableWxGroupMsgBody.class)
public abstract class WxGroupMsgBody {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxGroupMsgBody.Builder builder() {
    return ImmutableWxGroupMsgBody.builder();
  }

  /**
   * {@code msg_type}: 1 structured share, 2 link share (line 1247).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("msg_type")
  @Nullable
  public abstract WxGroupMsgType msgType();

  /**
   * {@code sub_type}: 1 invite, 2 share, 3 gift, 4 request (line 1248).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("sub_type")
  @Nullable
  public abstract WxGroupMsgSubType subType();

  /**
   * {@code appid}: the WeChat appid (line 1249).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("appid")
  @Nullable
  public abstract String appid();

  /**
   * {@code groupid}: the guild id (line 1250).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("groupid")
  @Nullable
  public abstract String groupid();

  /**
   * {@code open}: the message (line 1251).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("open")
  @Nullable
  public abstract WxGroupMsgOpen open();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "reqBody.appid");
    Checks.notBlank(groupid(), "reqBody.groupid");
    if (msgType() == WxGroupMsgType.LINK) {
      io.github.gamesdk.core.error.InvalidRequestException.check(
          open().shareUrl() != null, "open.share_url", "required when msg_type is 2 (link)");
    }
  }
}
