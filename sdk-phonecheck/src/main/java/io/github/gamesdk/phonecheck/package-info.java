/**
 * The QXT virtual/privacy phone-number check of seed 001: {@link
 * io.github.gamesdk.phonecheck.PhoneCheckClient} for the query {@code /ssPhone_Privacy}, {@link
 * io.github.gamesdk.phonecheck.MobileNumber} for the number rule checked before sending, {@link
 * io.github.gamesdk.phonecheck.PhoneCheckEndpoints} for the (billed) endpoint, and {@link
 * io.github.gamesdk.phonecheck.PhoneCheckErrorCode} for every code of the seed.
 */
package io.github.gamesdk.phonecheck;
