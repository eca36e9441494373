/**
 * The testkit of the Tencent Open Platform OpenAPI V3 (seed 002): {@link
 * io.github.gamesdk.testkit.openapi.FakeOpenApiServer}, a fake of the gateway that checks every
 * request's method, common parameters and {@code sig} and keeps a table of live openid/openkey
 * sessions, and {@link io.github.gamesdk.testkit.openapi.OpenApiFakeExtension}, the JUnit 5
 * extension that starts it.
 */
package io.github.gamesdk.testkit.openapi;
