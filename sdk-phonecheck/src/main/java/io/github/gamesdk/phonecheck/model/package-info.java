/**
 * Request and response models of the QXT phone check (seed 001): {@link
 * io.github.gamesdk.phonecheck.model.PhoneCheckRequest} (the number, checked and normalized when
 * built), {@link io.github.gamesdk.phonecheck.model.PhoneCheckResponse} and its {@link
 * io.github.gamesdk.phonecheck.model.PhoneCheckResult}, read as {@link
 * io.github.gamesdk.phonecheck.model.PrivacyStatus}, province, city and {@link
 * io.github.gamesdk.phonecheck.model.Carrier}. Responses keep undocumented fields in {@code
 * extra()}; every {@code toString()} masks phone numbers.
 */
package io.github.gamesdk.phonecheck.model;
