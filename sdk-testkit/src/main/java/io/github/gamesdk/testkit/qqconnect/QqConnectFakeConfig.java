package io.github.gamesdk.testkit.qqconnect;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures the fake that {@link QqConnectFakeExtension} starts when the extension is registered
 * with {@code @ExtendWith(QqConnectFakeExtension.class)}, on the test class or (for a per-test fake)
 * on one test method; a method's annotation wins over its class's. An extension built with {@link
 * QqConnectFakeExtension#withApp} ignores it.
 *
 * <pre>{@code
 * @ExtendWith(QqConnectFakeExtension.class)
 * @QqConnectFakeConfig(appId = "1104466820", appKey = "my-test-key")
 * class ShareTest {
 *   @Test
 *   void shares(QqConnectClient qq, FakeQqConnectServer fake) { ... }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface QqConnectFakeConfig {
  /**
   * The appid the fake expects as {@code oauth_consumer_key} (seed 003 line 1575).
   *
   * @return digits; the seed's signing example's {@code 100330589} unless set
   */
  String appId() default FakeQqConnectServer.DEFAULT_APP_ID;

  /**
   * The key the fake checks {@code sign} with (seed 003 line 1639).
   *
   * @return the key; the seed's signing example's {@code 123456} unless set
   */
  String appKey() default FakeQqConnectServer.DEFAULT_APP_KEY;

  /**
   * Whether one fake serves the whole test class (started before all tests, {@link
   * FakeQqConnectServer#reset() reset} before each, closed after all) instead of a fresh fake per
   * test. Only read from the class.
   *
   * @return {@code false} unless set
   */
  boolean perClass() default false;
}
