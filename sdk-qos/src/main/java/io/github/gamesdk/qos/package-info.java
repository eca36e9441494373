/**
 * Tencent Cloud QoS 4G acceleration for mobile games (seed 000): {@link
 * io.github.gamesdk.qos.QosClient} for {@code geturl}, {@code open}, {@code close} and the phone-id
 * lookup, {@link io.github.gamesdk.qos.model.MobileUrlAnswer#parse(String)} for the lookup answer
 * a phone relays, and {@link io.github.gamesdk.qos.QosErrorCode} for every code a call can answer.
 */
package io.github.gamesdk.qos;
