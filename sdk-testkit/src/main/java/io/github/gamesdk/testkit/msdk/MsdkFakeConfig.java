package io.github.gamesdk.testkit.msdk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures the fake that {@link MsdkFakeExtension} starts when the extension is registered with
 * {@code @ExtendWith(MsdkFakeExtension.class)}, on the test class or (for a per-test fake) on one
 * test method; a method's annotation wins over its class's. An extension built with {@link
 * MsdkFakeExtension#withApp} ignores it.
 *
 * <pre>{@code
 * @ExtendWith(MsdkFakeExtension.class)
 * @MsdkFakeConfig(appId = "wxcde873f99466f74a", msdkKey = "my-test-key")
 * class ShareTest {
 *   @Test
 *   void shares(MsdkClient msdk, FakeMsdkServer fake) { ... }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface MsdkFakeConfig {
  /**
   * The {@code appid} the fake expects (seed 004 line 19).
   *
   * @return letters, digits and {@code _}; {@value FakeMsdkServer#DEFAULT_APP_ID} unless set
   */
  String appId() default FakeMsdkServer.DEFAULT_APP_ID;

  /**
   * The key the fake checks {@code sig} with for {@code encode=2} (seed 004 line 33).
   *
   * @return the msdkkey; {@value FakeMsdkServer#DEFAULT_MSDK_KEY} unless set
   */
  String msdkKey() default FakeMsdkServer.DEFAULT_MSDK_KEY;

  /**
   * The key the fake checks {@code sig} with for {@code encode=1} (seed 004 line 32); empty for
   * none, so that every {@code encode=1} request is answered {@code -502}.
   *
   * @return the appkey; {@value FakeMsdkServer#DEFAULT_APP_KEY} unless set
   */
  String appKey() default FakeMsdkServer.DEFAULT_APP_KEY;

  /**
   * Whether one fake serves the whole test class (started before all tests, {@link
   * FakeMsdkServer#reset() reset} before each, closed after all) instead of a fresh fake per test.
   * Only read from the class.
   *
   * @return {@code false} unless set
   */
  boolean perClass() default false;
}
