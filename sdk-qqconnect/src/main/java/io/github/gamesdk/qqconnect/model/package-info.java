/**
 * Request and response models of the QQ Connect server interfaces (seed 003), one pair per call,
 * named after the vendor's {@code cmd}. Builders throw {@link
 * io.github.gamesdk.core.error.InvalidRequestException} for a missing field or a broken documented
 * rule; responses keep undocumented fields in {@code extra()}.
 */
package io.github.gamesdk.qqconnect.model;
