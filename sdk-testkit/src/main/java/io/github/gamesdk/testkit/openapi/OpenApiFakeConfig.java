package io.github.gamesdk.testkit.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures the fake that {@link OpenApiFakeExtension} starts when the extension is registered
 * with {@code @ExtendWith(OpenApiFakeExtension.class)}, on the test class or (for a per-test fake)
 * on one test method; a method's annotation wins over its class's. An extension built with {@link
 * OpenApiFakeExtension#withApp} ignores it.
 *
 * <pre>{@code
 * @ExtendWith(OpenApiFakeExtension.class)
 * @OpenApiFakeConfig(appId = "1104466820", appKey = "my-test-key")
 * class ProfileTest {
 *   @Test
 *   void readsTheProfile(OpenApiClient openapi, FakeOpenApiServer fake) { ... }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OpenApiFakeConfig {
  /**
   * The appid the fake expects as {@code appid} (seed 002 line 22).
   *
   * @return digits; the PROTOCOLS.md §6 example's {@code 123456} unless set
   */
  String appId() default FakeOpenApiServer.DEFAULT_APP_ID;

  /**
   * The appkey the fake checks {@code sig} with (seed 002 line 23).
   *
   * @return the key; the PROTOCOLS.md §6 example's appkey unless set
   */
  String appKey() default FakeOpenApiServer.DEFAULT_APP_KEY;

  /**
   * Whether one fake serves the whole test class (started before all tests, {@link
   * FakeOpenApiServer#reset() reset} before each, closed after all) instead of a fresh fake per
   * test. Only read from the class.
   *
   * @return {@code false} unless set
   */
  boolean perClass() default false;
}
