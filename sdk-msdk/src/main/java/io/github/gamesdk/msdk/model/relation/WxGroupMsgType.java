package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gamesdk.core.Nullable;

/**
 * {@code reqBody.msg_type} of {@code /relation/wxsend_groupmsg} (seed 004 line 1247).
 */
public enum WxGroupMsgType {
  /** 1: a structured share. */
  STRUCTURED(1),
  /** 2: a link share; {@code open.share_url} required. */
  LINK(2);

  private final int code;

  WxGroupMsgType(int code) {
    this.code = code;
  }

  /**
   * The value of a wire code.
   *
   * @param code the value
   * @return the constant, or {@code null} for a value the seed does not list
   */
  @JsonCreator
  @Nullable
  public static WxGroupMsgType of(int code) {
    for (WxGroupMsgType v : values()) {
      if (v.code == code) {
        return v;
      }
    }
    return null;
  }

  /**
   * The value on the wire.
   *
   * @return 1 or 2
   */
  @JsonValue
  public int code() {
    return code;
  }
}
