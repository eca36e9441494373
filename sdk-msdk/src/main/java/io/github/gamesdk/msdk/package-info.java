/**
 * The Tencent MSDK game backend (seed {@code 004_a22ae9e2991625ee.txt}): {@link
 * io.github.gamesdk.msdk.MsdkClient}, its call groups, the endpoint table {@link
 * io.github.gamesdk.msdk.MsdkEndpoints}, and the error model ({@link
 * io.github.gamesdk.msdk.MsdkErrorCode}, {@link io.github.gamesdk.msdk.MsdkErrType}, {@link
 * io.github.gamesdk.msdk.PlatformError}, {@link io.github.gamesdk.msdk.MsdkErrorDetail}).
 */
package io.github.gamesdk.msdk;
