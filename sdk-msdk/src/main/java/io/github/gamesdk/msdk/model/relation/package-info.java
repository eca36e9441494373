/**
 * Models of the relation calls, {@code /relation/*} (seed 004 lines 193-1337): mobile-QQ profiles,
 * friends and memberships, the QQ guild-group calls ({@code *groupv2}, {@code get_groupcode},
 * {@code send_groupmsg}), and the WeChat profiles, friends and group calls. The reads are
 * retried; the calls that bind, unbind, remind or send never are once they may have reached the
 * server.
 */
package io.github.gamesdk.msdk.model.relation;
