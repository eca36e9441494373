package io.github.gamesdk.testkit.phonecheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures the fake that {@link PhoneCheckFakeExtension} starts when the extension is registered
 * with {@code @ExtendWith(PhoneCheckFakeExtension.class)}, on the test class or (for a per-test
 * fake) on one test method; a method's annotation wins over its class's. An extension built with
 * {@link PhoneCheckFakeExtension#withApikey} ignores it.
 *
 * <pre>{@code
 * @ExtendWith(PhoneCheckFakeExtension.class)
 * @PhoneCheckFakeConfig(apikey = "my-test-key", keyStyle = KeyStyle.QUOTED)
 * class SignupTest {
 *   @Test
 *   void rejectsPrivacyNumbers(PhoneCheckClient phones, FakePhoneCheckServer fake) { ... }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PhoneCheckFakeConfig {
  /**
   * The apikey the fake expects (seed 001 line 72).
   *
   * @return the key; the seed's {@code 7c11272au708345c834b8ue81ac78972} unless set
   */
  String apikey() default FakePhoneCheckServer.DEFAULT_APIKEY;

  /**
   * How the fake writes the keys of its answers.
   *
   * @return {@link KeyStyle#UNQUOTED}, the seed's way, unless set
   */
  KeyStyle keyStyle() default KeyStyle.UNQUOTED;

  /**
   * Whether one fake serves the whole test class (started before all tests, {@link
   * FakePhoneCheckServer#reset() reset} before each, closed after all) instead of a fresh fake per
   * test. Only read from the class.
   *
   * @return {@code false} unless set
   */
  boolean perClass() default false;
}
