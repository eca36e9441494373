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
 * {@code reqBody.open} of {@code /relation/wxsend_groupmsg}: the message (seed 004 lines
 * 1251-1258). {@code ext_info} is at most 2 KB (line 1255).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"title", "desc", "share_url", "ext_info", "message_ext", "media_tag_name"})
@JsonSerialize(as = ImmutableWxGroupMsgOpen.class)
@JsonDeserialize(as = ImmutableWxGroupMsgOpen.class)
public abstract class WxGroupMsgOpen {
  /** Most bytes of {@code ext_info}: "길이 제한은 2k" (line 1255). */
  public static final int MAX_EXT_INFO_BYTES = 2048;

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxGroupMsgOpen.Builder builder() {
    return ImmutableWxGroupMsgOpen.builder();
  }

  /**
   * {@code title}: the message title (line 1252).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("title")
  @Nullable
  public abstract String title();

  /**
   * {@code desc}: the message description (line 1253).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("desc")
  @Nullable
  public abstract String desc();

  /**
   * {@code share_url}: the link; required when {@code msg_type} is 2, not needed when 1 (line
   * 1254).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("share_url")
  @Nullable
  public abstract String shareUrl();

  /**
   * {@code ext_info}: the game's own data, passed back on a click, at most 2 KB (line 1255).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("ext_info")
  @Nullable
  public abstract String extInfo();

  /**
   * {@code message_ext}: an extra message field (line 1256).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("message_ext")
  @Nullable
  public abstract String messageExt();

  /**
   * {@code media_tag_name}: the game's message type, for statistics (line 1257).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("media_tag_name")
  @Nullable
  public abstract String mediaTagName();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();

  @Value.Check
  void check() {
    Checks.notBlank(title(), "open.title");
    Checks.notBlank(desc(), "open.desc");
    if (extInfo() != null) {
      Checks.maxBytes(extInfo(), MAX_EXT_INFO_BYTES, "open.ext_info");
    }
    if (shareUrl() != null) {
      Checks.httpUrl(shareUrl(), "open.share_url");
    }
  }
}
