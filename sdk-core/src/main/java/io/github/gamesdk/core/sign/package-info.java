/**
 * The signing schemes of the vendors gamesdk talks to, as pure functions: no I/O, no clock, no
 * randomness (DESIGN.md §3 "Signing"). Each returns a {@link
 * io.github.gamesdk.core.sign.SignatureResult} holding the signature and the canonical text it was
 * computed from, with any key written as {@code ****}, so that a signature mismatch can be
 * investigated from a log.
 *
 * <table>
 *   <caption>Schemes and where they are specified</caption>
 *   <tr><th>Class</th><th>Vendor field</th><th>Specification</th></tr>
 *   <tr><td>{@link io.github.gamesdk.core.sign.QqConnectSigner}</td><td>{@code sign}</td>
 *       <td>PROTOCOLS.md §1; seed 003 line ~1620</td></tr>
 *   <tr><td>{@link io.github.gamesdk.core.sign.VipCallbackSigner}</td><td>{@code sign}</td>
 *       <td>PROTOCOLS.md §2; seed 003 lines ~826, ~1982</td></tr>
 *   <tr><td>{@link io.github.gamesdk.core.sign.MsdkSigner}</td><td>{@code sig}</td>
 *       <td>PROTOCOLS.md §3; seed 004 lines 1-60</td></tr>
 *   <tr><td>{@link io.github.gamesdk.core.sign.CloudApiV2Signer}</td><td>{@code Signature}</td>
 *       <td>PROTOCOLS.md §5; seed 000</td></tr>
 *   <tr><td>{@link io.github.gamesdk.core.sign.OpenApiV3Signer}</td><td>{@code sig}</td>
 *       <td>PROTOCOLS.md §6; seed 002</td></tr>
 * </table>
 *
 * <p>Signers are immutable and thread-safe, hold their key as a {@link io.github.gamesdk.core.Secret}'s
 * bytes, and never show it in {@code toString()}. For speed (DESIGN.md §7) each thread reuses one
 * {@code MessageDigest} or initialised {@code Mac}.
 */
package io.github.gamesdk.core.sign;
