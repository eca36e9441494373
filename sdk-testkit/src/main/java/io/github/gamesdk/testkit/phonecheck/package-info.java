/**
 * The testkit of the QXT phone check (seed 001): {@link
 * io.github.gamesdk.testkit.phonecheck.FakePhoneCheckServer}, a fake of {@code /ssPhone_Privacy}
 * that checks every request against the seed's contract (method, path, apikey, number), answers as
 * the seed shows, keeps an account balance, and can be scripted; and {@link
 * io.github.gamesdk.testkit.phonecheck.PhoneCheckFakeExtension}, the JUnit 5 extension that starts
 * it.
 */
package io.github.gamesdk.testkit.phonecheck;
