/**
 * Request and response models of the QoS 4G-acceleration API (seed 000), one pair per {@code
 * Action} ({@code geturl}, {@code open}, {@code close}) plus the phone-id lookup answer of {@code
 * mobileUrl}. Builders throw {@link io.github.gamesdk.core.error.InvalidRequestException} for a
 * missing field or a broken documented rule, naming the vendor's parameter ({@code PrivateIP},
 * {@code PublicIP}, {@code DstIP}, ...); responses keep undocumented fields in {@code extra()}.
 */
package io.github.gamesdk.qos.model;
