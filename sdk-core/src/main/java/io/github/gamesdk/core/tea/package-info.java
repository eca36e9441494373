/**
 * The {@code msdktea} body cipher of MSDK (seed 004, lines ~36-40: requests sent with {@code
 * Content-Encrypt: msdktea} and {@code Accept-Encrypt: msdktea} carry raw ciphertext bodies).
 *
 * <p>The cipher is Tencent's "QQ symmetric encryption v2": TEA with 16 rounds in Tencent's own
 * chaining mode, as in TarsCpp {@code util/src/tc_tea.cpp}. {@code shared/PROTOCOLS.md} §4 defines
 * the frame, the chaining and the test vectors. {@link io.github.gamesdk.core.tea.MsdkTea} encrypts
 * and decrypts, {@link io.github.gamesdk.core.tea.RandomSource} supplies the random header, padding
 * and salt bytes, and {@link io.github.gamesdk.core.tea.MsdkTeaException} reports a ciphertext that
 * does not decrypt.
 */
package io.github.gamesdk.core.tea;
