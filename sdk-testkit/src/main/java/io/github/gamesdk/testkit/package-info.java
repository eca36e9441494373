/**
 * gamesdk's testkit: fakes of the vendor servers on mockwebserver3 that check every request
 * against the vendor contract and answer with the seeds' example responses, scriptable answers and
 * {@link io.github.gamesdk.testkit.Fault faults}, and JUnit 5 extensions that start them (DESIGN.md
 * §4). One subpackage per vendor: {@link io.github.gamesdk.testkit.qqconnect}, {@link
 * io.github.gamesdk.testkit.qos}.
 */
package io.github.gamesdk.testkit;
