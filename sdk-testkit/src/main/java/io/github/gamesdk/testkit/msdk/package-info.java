/**
 * The testkit of the MSDK game backend (seed 004): {@link
 * io.github.gamesdk.testkit.msdk.FakeMsdkServer}, a fake that checks the fixed query parameters,
 * {@code sig}, {@code msdktea} bodies and each call's {@link io.github.gamesdk.testkit.msdk.MsdkContract}
 * (JSON types, required fields, documented limits) and answers with the seed's examples; and
 * {@link io.github.gamesdk.testkit.msdk.MsdkFakeExtension}, the JUnit 5 extension that starts it.
 */
package io.github.gamesdk.testkit.msdk;
