package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gamesdk.core.Nullable;

/**
 * {@code reqBody.sub_type} of {@code /relation/wxsend_groupmsg} (seed 004 line 1248): "초청1, 나눠갖기2,
 * 선물3, 요청4".
 */
public enum WxGroupMsgSubType {
  /** 1: invite. */
  INVITE(1),
  /** 2: share. */
  SHARE(2),
  /** 3: gift. */
  GIFT(3),
  /** 4: request. */
  REQUEST(4);

  private final int code;

  WxGroupMsgSubType(int code) {
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
  public static WxGroupMsgSubType of(int code) {
    for (WxGroupMsgSubType v : values()) {
      if (v.code == code) {
        return v;
      }
    }
    return null;
  }

  /**
   * The value on the wire.
   *
   * @return 1 to 4
   */
  @JsonValue
  public int code() {
    return code;
  }
}
