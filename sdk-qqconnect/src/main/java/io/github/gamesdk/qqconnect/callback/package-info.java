/**
 * The QQ VIP order-forwarding callback (seed 003 lines 826-925): verification of {@code
 * ts}/{@code data}/{@code sign}, deduplication on openid and order_id, and the {@code {ret,msg}}
 * answer.
 */
package io.github.gamesdk.qqconnect.callback;
