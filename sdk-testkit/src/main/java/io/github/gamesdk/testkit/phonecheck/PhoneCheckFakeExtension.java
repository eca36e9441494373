package io.github.gamesdk.testkit.phonecheck;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.phonecheck.PhoneCheckClient;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A JUnit 5 extension that starts a {@link FakePhoneCheckServer} for each test (or one for the
 * whole class), closes it afterwards, and injects test, {@code @BeforeEach} and {@code @AfterEach}
 * parameters of type {@link FakePhoneCheckServer} and {@link PhoneCheckClient} (the fake's {@link
 * FakePhoneCheckServer#client()}, pointed at it).
 *
 * <p>Register it either way:
 *
 * <pre>{@code
 * @ExtendWith(PhoneCheckFakeExtension.class)        // settings from @PhoneCheckFakeConfig, if any
 * class A { @Test void t(PhoneCheckClient phones, FakePhoneCheckServer fake) { ... } }
 *
 * class B {
 *   @RegisterExtension
 *   static final PhoneCheckFakeExtension PHONES =
 *       PhoneCheckFakeExtension.withApikey(Secret.of("key")).perClass();
 *   @Test void t() { PHONES.server().setBalance(0); PHONES.server().client()...; }
 * }
 * }</pre>
 *
 * <p>Defaults: the seed's example apikey {@value FakePhoneCheckServer#DEFAULT_APIKEY} (seed 001 line
 * 72), answers with unquoted keys, a fresh fake per test. A per-class fake is {@linkplain
 * FakePhoneCheckServer#reset() reset} before each test (and given its key style again); it needs a
 * {@code static} {@code @RegisterExtension} field or {@code @ExtendWith} (an instance field is
 * registered too late for "before all" and falls back to a fake per test).
 */
public final class PhoneCheckFakeExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PhoneCheckFakeExtension.class);
  private static final String CLASS_KEY = "fake-per-class";
  private static final String TEST_KEY = "fake-per-test";

  private final Secret apikey;
  private final KeyStyle keyStyle;
  private final boolean perClass;
  private volatile FakePhoneCheckServer current;

  /**
   * The extension as {@code @ExtendWith} creates it: settings from {@link PhoneCheckFakeConfig} on
   * the test method or class, else the defaults.
   */
  public PhoneCheckFakeExtension() {
    this(null, null, false);
  }

  private PhoneCheckFakeExtension(
      @Nullable Secret apikey, @Nullable KeyStyle keyStyle, boolean perClass) {
    this.apikey = apikey;
    this.keyStyle = keyStyle;
    this.perClass = perClass;
  }

  /**
   * An extension whose fakes expect one account's apikey, whatever {@link PhoneCheckFakeConfig}
   * says.
   *
   * @param apikey the key the fake expects (seed 001 line 72)
   * @return a per-test extension answering with unquoted keys; see {@link #perClass()} and {@link
   *     #keyStyle(KeyStyle)}
   */
  public static PhoneCheckFakeExtension withApikey(Secret apikey) {
    return new PhoneCheckFakeExtension(Objects.requireNonNull(apikey, "apikey"), KeyStyle.UNQUOTED, false);
  }

  /**
   * The same extension with one fake for the whole test class, {@linkplain
   * FakePhoneCheckServer#reset() reset} before each test.
   *
   * @return a new extension
   */
  public PhoneCheckFakeExtension perClass() {
    return new PhoneCheckFakeExtension(apikey, keyStyle, true);
  }

  /**
   * The same extension whose fakes write their answers' keys in the given style, whatever {@link
   * PhoneCheckFakeConfig} says.
   *
   * @param style the style
   * @return a new extension
   */
  public PhoneCheckFakeExtension keyStyle(KeyStyle style) {
    return new PhoneCheckFakeExtension(apikey, Objects.requireNonNull(style, "style"), perClass);
  }

  /**
   * The fake of the test running now, for extensions kept in a field. Parameter injection is the
   * way that also works when tests run in parallel.
   *
   * @return the fake
   * @throws IllegalStateException outside a test, or before the fake was started
   */
  public FakePhoneCheckServer server() {
    FakePhoneCheckServer s = current;
    if (s == null) {
      throw new IllegalStateException("no fake phone-check server is running (outside a test?)");
    }
    return s;
  }

  /**
   * Starts the per-class fake when the class (or {@link #perClass()}) asks for one.
   *
   * @param context the class's context
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    boolean oneForTheClass =
        apikey != null
            ? perClass
            : perClass || classConfig(context).map(PhoneCheckFakeConfig::perClass).orElse(false);
    if (oneForTheClass) {
      FakePhoneCheckServer s = startFor(context);
      context.getStore(NAMESPACE).put(CLASS_KEY, s);
      current = s;
    }
  }

  /**
   * Resets the per-class fake, or starts a fresh fake for this test.
   *
   * @param context the test's context
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    FakePhoneCheckServer shared =
        context.getStore(NAMESPACE).get(CLASS_KEY, FakePhoneCheckServer.class);
    if (shared != null) {
      shared.reset();
      shared.keyStyle(styleFor(context));
      current = shared;
      return;
    }
    FakePhoneCheckServer s = startFor(context);
    context.getStore(NAMESPACE).put(TEST_KEY, s);
    current = s;
  }

  /**
   * Closes this test's own fake.
   *
   * @param context the test's context
   */
  @Override
  public void afterEach(ExtensionContext context) {
    FakePhoneCheckServer s = context.getStore(NAMESPACE).remove(TEST_KEY, FakePhoneCheckServer.class);
    if (s != null) {
      s.close();
      if (current == s) {
        current = null;
      }
    }
  }

  /**
   * Closes the per-class fake.
   *
   * @param context the class's context
   */
  @Override
  public void afterAll(ExtensionContext context) {
    FakePhoneCheckServer s = context.getStore(NAMESPACE).remove(CLASS_KEY, FakePhoneCheckServer.class);
    if (s != null) {
      s.close();
      if (current == s) {
        current = null;
      }
    }
  }

  /**
   * Whether a parameter is a {@link FakePhoneCheckServer} or a {@link PhoneCheckClient}.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return whether this extension resolves it
   */
  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == FakePhoneCheckServer.class || type == PhoneCheckClient.class;
  }

  /**
   * The running fake, or its client.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return the fake or its {@link FakePhoneCheckServer#client()}
   * @throws ParameterResolutionException when no fake runs in this context (for example a
   *     constructor or a {@code @BeforeAll} method with a per-test fake)
   */
  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    ExtensionContext.Store store = extensionContext.getStore(NAMESPACE);
    FakePhoneCheckServer s = store.get(TEST_KEY, FakePhoneCheckServer.class);
    if (s == null) {
      s = store.get(CLASS_KEY, FakePhoneCheckServer.class);
    }
    if (s == null) {
      throw new ParameterResolutionException(
          "no fake phone-check server runs here: a per-test fake exists only for test, @BeforeEach"
              + " and @AfterEach methods (use perClass() for @BeforeAll)");
    }
    return parameterContext.getParameter().getType() == PhoneCheckClient.class ? s.client() : s;
  }

  /**
   * The settings; never the apikey.
   *
   * @return where the apikey comes from, the key style and the lifecycle
   */
  @Override
  public String toString() {
    return "PhoneCheckFakeExtension{apikey=" + (apikey == null ? "(from @PhoneCheckFakeConfig)" : "****")
        + ", keyStyle=" + (keyStyle == null ? "(from @PhoneCheckFakeConfig)" : keyStyle)
        + ", perClass=" + perClass + "}";
  }

  private FakePhoneCheckServer startFor(ExtensionContext context) {
    FakePhoneCheckServer s;
    if (apikey != null) {
      s = FakePhoneCheckServer.start(apikey);
    } else {
      Optional<PhoneCheckFakeConfig> config = config(context);
      s =
          config.isPresent()
              ? FakePhoneCheckServer.start(Secret.of(config.get().apikey()))
              : FakePhoneCheckServer.start();
    }
    s.keyStyle(styleFor(context));
    return s;
  }

  private KeyStyle styleFor(ExtensionContext context) {
    if (keyStyle != null) {
      return keyStyle;
    }
    return config(context).map(PhoneCheckFakeConfig::keyStyle).orElse(KeyStyle.UNQUOTED);
  }

  private static Optional<PhoneCheckFakeConfig> config(ExtensionContext context) {
    Optional<PhoneCheckFakeConfig> m =
        context
            .getTestMethod()
            .flatMap(x -> AnnotationSupport.findAnnotation(x, PhoneCheckFakeConfig.class));
    return m.isPresent() ? m : classConfig(context);
  }

  private static Optional<PhoneCheckFakeConfig> classConfig(ExtensionContext context) {
    for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
      Optional<PhoneCheckFakeConfig> found =
          AnnotationSupport.findAnnotation(c, PhoneCheckFakeConfig.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
