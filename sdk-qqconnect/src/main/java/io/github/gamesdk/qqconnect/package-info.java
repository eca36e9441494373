/**
 * The QQ Connect server interfaces of seed 003: {@link io.github.gamesdk.qqconnect.QqConnectClient}
 * for the transfer CGI and {@code oauth2.0/me}, {@link io.github.gamesdk.qqconnect.VipPageUrl} for
 * the VIP page, {@link io.github.gamesdk.qqconnect.QqConnectErrorCode} for every code of the seed,
 * and in {@code callback} the verified, deduplicated VIP order callback.
 */
package io.github.gamesdk.qqconnect;
