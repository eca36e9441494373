/**
 * The gamesdk command-line tool ({@link io.github.gamesdk.cli.GamesdkCli}): offline signing with
 * every scheme of the SDK, the {@code msdktea} cipher, and calls of the QQ Connect server
 * interfaces. Only {@link io.github.gamesdk.cli.GamesdkCli} is public; the rest of the package is
 * the tool's implementation.
 */
package io.github.gamesdk.cli;
