/**
 * Models of the profile calls, {@code /profile/*} (seed 004 lines 1336-2093): first-login and
 * real-name flags, VIP and video-VIP information, the blue-diamond gift, Wi-Fi qualification,
 * the "xinyue" core-player levels (the two GET calls), achievement and battle reports, and the
 * WeChat subscription messages. Reports, the gift (which deletes the gift it returns) and the
 * subscription changes and pushes change state and are never retried once they may have reached
 * the server; the other calls only read.
 */
package io.github.gamesdk.msdk.model.profile;
