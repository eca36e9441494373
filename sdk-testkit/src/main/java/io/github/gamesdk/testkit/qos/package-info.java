/**
 * The testkit of Tencent Cloud QoS (seed 000): {@link io.github.gamesdk.testkit.qos.FakeQosServer},
 * a fake of {@code GET /qos} ({@code geturl}, {@code open}, {@code close}) and of the phone-id
 * lookup that checks every request's {@code Signature}, parameters and documented limits; and
 * {@link io.github.gamesdk.testkit.qos.QosFakeExtension}, the JUnit 5 extension that starts it.
 */
package io.github.gamesdk.testkit.qos;
