/**
 * Spring Boot auto-configuration of gamesdk: {@code gamesdk.*} properties create the vendor clients
 * that are configured on one shared HTTP pool, Micrometer metrics are attached when a registry
 * exists, and an opt-in endpoint receives the QQ VIP order callback (docs/spring-boot.md).
 */
package io.github.gamesdk.spring;
