/**
 * gamesdk's testkit: fakes of the vendor servers on mockwebserver3 that check every request
 * against the vendor contract and answer with the seeds' example responses, scriptable answers and
 * {@link io.github.gamesdk.testkit.Fault faults}, and JUnit 5 extensions that start them (DESIGN.md
 * §4). One subpackage per vendor: {@link io.github.gamesdk.testkit.qqconnect}, {@link
 * io.github.gamesdk.testkit.qos}. What the vendors share lives here: {@link
 * io.github.gamesdk.testkit.FakeVendorServer} (port binding, faults, request record, reset, close)
 * and {@link io.github.gamesdk.testkit.FakeServerExtension} (the extensions' lifecycle and
 * parameter resolution).
 */
package io.github.gamesdk.testkit;
