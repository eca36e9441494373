package io.github.gamesdk.qos.model;

/**
 * {@code ReqType}: who starts the call (seed 000 line 17, again at lines 134 and 223): "0：客户端发起，
 * 1：服务器发起". A backend sends {@link #SERVER}, and must then give the phone's {@code PublicIP}
 * (line 27).
 */
public enum ReqType {
  /** {@code ReqType=0}: started by the client (the phone). */
  CLIENT(0),
  /** {@code ReqType=1}: started by the server; {@code PublicIP} is required (seed 000 line 27). */
  SERVER(1);

  private final int value;

  ReqType(int value) {
    this.value = value;
  }

  /**
   * The value sent as {@code ReqType}.
   *
   * @return 0 or 1
   */
  public int value() {
    return value;
  }

  /**
   * The constant of a wire value.
   *
   * @param value {@code 0} or {@code 1}
   * @return the constant
   * @throws io.github.gamesdk.core.error.InvalidRequestException for any other value
   */
  public static ReqType of(int value) {
    for (ReqType t : values()) {
      if (t.value == value) {
        return t;
      }
    }
    throw new io.github.gamesdk.core.error.InvalidRequestException(
        "ReqType", "must be 0 (client) or 1 (server)");
  }
}
