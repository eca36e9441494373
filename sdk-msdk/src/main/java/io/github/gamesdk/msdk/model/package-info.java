/**
 * The base types of the MSDK request and response models; the models themselves live in one
 * subpackage per module ({@code auth}, {@code share}, {@code freeflow}, ...), one pair per call,
 * named after the vendor's interface. Builders throw {@link
 * io.github.gamesdk.core.error.InvalidRequestException} for a missing field or a broken documented
 * limit; responses keep undocumented fields in {@code extra()}.
 */
package io.github.gamesdk.msdk.model;
