package io.github.gamesdk.testkit.qos;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures the fake that {@link QosFakeExtension} starts when the extension is registered with
 * {@code @ExtendWith(QosFakeExtension.class)}, on the test class or (for a per-test fake) on one
 * test method; a method's annotation wins over its class's. An extension built with {@link
 * QosFakeExtension#withGame} ignores it.
 *
 * <pre>{@code
 * @ExtendWith(QosFakeExtension.class)
 * @QosFakeConfig(gameId = "1001", secretId = "AKIDexample", secretKey = "my-test-key")
 * class AccelerationTest {
 *   @Test
 *   void opens(QosClient qos, FakeQosServer fake) { ... }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface QosFakeConfig {
  /**
   * The {@code GameId} the fake expects (seed 000 line 19).
   *
   * @return the seed's {@code 8282828} unless set
   */
  String gameId() default FakeQosServer.DEFAULT_GAME_ID;

  /**
   * The {@code SecretId} the fake expects (seed 000 line 21).
   *
   * @return the seed's {@code AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA} unless set
   */
  String secretId() default FakeQosServer.DEFAULT_SECRET_ID;

  /**
   * The key the fake checks {@code Signature} with.
   *
   * @return {@value FakeQosServer#DEFAULT_SECRET_KEY} unless set
   */
  String secretKey() default FakeQosServer.DEFAULT_SECRET_KEY;

  /**
   * Whether one fake serves the whole test class (started before all tests, {@link
   * FakeQosServer#reset() reset} before each, closed after all) instead of a fresh fake per test.
   * Only read from the class.
   *
   * @return {@code false} unless set
   */
  boolean perClass() default false;
}
