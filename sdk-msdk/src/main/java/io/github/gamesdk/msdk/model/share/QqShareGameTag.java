package io.github.gamesdk.msdk.model.share;

/**
 * {@code game_tag} of {@code /share/qq}: the message type the platform counts shares by, upper
 * case only (seed 004 line 2123), each with the {@code ADTAG} its {@code target_url} must carry
 * (line 2119: "대소문자는 변경 불가능", case cannot change).
 */
public enum QqShareGameTag {
  /** {@code MSG_INVITE}: inviting a friend; {@code ADTAG=gameobj.msg_invite}. */
  MSG_INVITE("gameobj.msg_invite"),
  /** {@code MSG_FRIEND_EXCEED}: overtaking a friend; {@code ADTAG=gameobj.msg_exceed}. */
  MSG_FRIEND_EXCEED("gameobj.msg_exceed"),
  /** {@code MSG_HEART_SEND}: sending a heart; {@code ADTAG=gameobj.msg_heart}. */
  MSG_HEART_SEND("gameobj.msg_heart"),
  /** {@code MSG_SHARE_FRIEND_PVP}: a PVP challenge; {@code ADTAG=gameobj.msg_pvp}. */
  MSG_SHARE_FRIEND_PVP("gameobj.msg_pvp");

  private final String adtag;

  QqShareGameTag(String adtag) {
    this.adtag = adtag;
  }

  /**
   * The {@code ADTAG} value that {@code target_url} must carry with this tag (line 2119).
   *
   * @return for example {@code gameobj.msg_invite}
   */
  public String adtag() {
    return adtag;
  }
}
