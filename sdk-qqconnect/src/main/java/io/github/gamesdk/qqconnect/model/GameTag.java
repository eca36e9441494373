package io.github.gamesdk.qqconnect.model;

/**
 * The message type of {@code send_share_for_inner} ({@code game_tag}, seed 003 lines 962-968 and
 * 2171-2177). The table lists four values; the seed's own example request uses a fifth, {@code
 * MSG_SHARE_FRIEND_DOUBLE} (line 986), which is accepted too.
 */
public enum GameTag {
  /** {@code MSG_INVITE}: invitation (邀请). */
  MSG_INVITE,
  /** {@code MSG_FRIEND_EXCEED}: showing off after overtaking a friend (超越炫耀). */
  MSG_FRIEND_EXCEED,
  /** {@code MSG_HEART_SEND}: sending a heart (送心). */
  MSG_HEART_SEND,
  /** {@code MSG_SHARE_FRIEND_PVP}: a PVP match (PVP对战). */
  MSG_SHARE_FRIEND_PVP,
  /** {@code MSG_SHARE_FRIEND_DOUBLE}: used by the seed's example request (line 986). */
  MSG_SHARE_FRIEND_DOUBLE
}
