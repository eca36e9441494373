package io.github.gamesdk.testkit.msdk;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.msdk.MsdkClient;
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
 * A JUnit 5 extension that starts a {@link FakeMsdkServer} for each test (or one for the whole
 * class), closes it afterwards, and injects test, {@code @BeforeEach} and {@code @AfterEach}
 * parameters of type {@link FakeMsdkServer} and {@link MsdkClient} (the fake's {@link
 * FakeMsdkServer#client()}, pointed at it).
 *
 * <p>Register it either way:
 *
 * <pre>{@code
 * @ExtendWith(MsdkFakeExtension.class)          // settings from @MsdkFakeConfig, if any
 * class A { @Test void t(MsdkClient msdk, FakeMsdkServer fake) { ... } }
 *
 * class B {
 *   @RegisterExtension
 *   static final MsdkFakeExtension MSDK =
 *       MsdkFakeExtension.withApp("wxcde873f99466f74a", Secret.of("msdkkey")).perClass();
 *   @Test void t() { MSDK.server().respondWith(...); MSDK.server().client()...; }
 * }
 * }</pre>
 *
 * <p>Defaults: the seed's example appid {@value FakeMsdkServer#DEFAULT_APP_ID}, the fake's
 * msdkkey {@value FakeMsdkServer#DEFAULT_MSDK_KEY} and appkey {@value
 * FakeMsdkServer#DEFAULT_APP_KEY} (see {@link FakeMsdkServer#start()}), a fresh fake per
 * test. A per-class fake is {@linkplain FakeMsdkServer#reset() reset} before each test; it
 * needs a {@code static} {@code @RegisterExtension} field or {@code @ExtendWith} (an instance field
 * is registered too late for "before all" and falls back to a fake per test).
 */
public final class MsdkFakeExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MsdkFakeExtension.class);
  private static final String CLASS_KEY = "fake-per-class";
  private static final String TEST_KEY = "fake-per-test";

  private final String appId;
  private final Secret msdkKey;
  private final boolean perClass;
  private volatile FakeMsdkServer current;

  /**
   * The extension as {@code @ExtendWith} creates it: settings from {@link MsdkFakeConfig} on
   * the test method or class, else the defaults.
   */
  public MsdkFakeExtension() {
    this(null, null, false);
  }

  private MsdkFakeExtension(@Nullable String appId, @Nullable Secret msdkKey, boolean perClass) {
    this.appId = appId;
    this.msdkKey = msdkKey;
    this.perClass = perClass;
  }

  /**
   * An extension whose fakes expect one app's credentials, whatever {@link MsdkFakeConfig}
   * says.
   *
   * @param appId the {@code appid} the fake expects (seed 004 line 19)
   * @param msdkKey the key the fake checks {@code sig} with for {@code encode=2} (line 33)
   * @return a per-test extension; call {@link #perClass()} for one fake per class
   */
  public static MsdkFakeExtension withApp(String appId, Secret msdkKey) {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(msdkKey, "msdkKey");
    if (!appId.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("appId must be letters, digits or _");
    }
    return new MsdkFakeExtension(appId, msdkKey, false);
  }

  /**
   * The same extension with one fake for the whole test class, {@linkplain
   * FakeMsdkServer#reset() reset} before each test.
   *
   * @return a new extension
   */
  public MsdkFakeExtension perClass() {
    return new MsdkFakeExtension(appId, msdkKey, true);
  }

  /**
   * The fake of the test running now, for extensions kept in a field. Parameter injection is the
   * way that also works when tests run in parallel.
   *
   * @return the fake
   * @throws IllegalStateException outside a test, or before the fake was started
   */
  public FakeMsdkServer server() {
    FakeMsdkServer s = current;
    if (s == null) {
      throw new IllegalStateException("no fake MSDK server is running (outside a test?)");
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
        appId != null
            ? perClass
            : perClass || classConfig(context).map(MsdkFakeConfig::perClass).orElse(false);
    if (oneForTheClass) {
      FakeMsdkServer s = startFor(context);
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
    FakeMsdkServer shared = context.getStore(NAMESPACE).get(CLASS_KEY, FakeMsdkServer.class);
    if (shared != null) {
      shared.reset();
      current = shared;
      return;
    }
    FakeMsdkServer s = startFor(context);
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
    FakeMsdkServer s = context.getStore(NAMESPACE).remove(TEST_KEY, FakeMsdkServer.class);
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
    FakeMsdkServer s = context.getStore(NAMESPACE).remove(CLASS_KEY, FakeMsdkServer.class);
    if (s != null) {
      s.close();
      if (current == s) {
        current = null;
      }
    }
  }

  /**
   * Whether a parameter is a {@link FakeMsdkServer} or a {@link MsdkClient}.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return whether this extension resolves it
   */
  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == FakeMsdkServer.class || type == MsdkClient.class;
  }

  /**
   * The running fake, or its client.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return the fake or its {@link FakeMsdkServer#client()}
   * @throws ParameterResolutionException when no fake runs in this context (for example a
   *     constructor or a {@code @BeforeAll} method with a per-test fake)
   */
  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    ExtensionContext.Store store = extensionContext.getStore(NAMESPACE);
    FakeMsdkServer s = store.get(TEST_KEY, FakeMsdkServer.class);
    if (s == null) {
      s = store.get(CLASS_KEY, FakeMsdkServer.class);
    }
    if (s == null) {
      throw new ParameterResolutionException(
          "no fake MSDK server runs here: a per-test fake exists only for test, @BeforeEach"
              + " and @AfterEach methods (use perClass() for @BeforeAll)");
    }
    return parameterContext.getParameter().getType() == MsdkClient.class ? s.client() : s;
  }

  /**
   * The settings; never a key.
   *
   * @return the appid (or where it comes from) and the lifecycle
   */
  @Override
  public String toString() {
    return "MsdkFakeExtension{appId=" + (appId == null ? "(from @MsdkFakeConfig)" : appId)
        + ", perClass=" + perClass + "}";
  }

  private FakeMsdkServer startFor(ExtensionContext context) {
    if (appId != null) {
      return FakeMsdkServer.start(appId, msdkKey);
    }
    Optional<MsdkFakeConfig> config = methodConfig(context);
    if (!config.isPresent()) {
      config = classConfig(context);
    }
    return config.isPresent()
        ? FakeMsdkServer.start(
            config.get().appId(),
            Secret.of(config.get().msdkKey()),
            config.get().appKey().isEmpty() ? null : Secret.of(config.get().appKey()))
        : FakeMsdkServer.start();
  }

  private static Optional<MsdkFakeConfig> methodConfig(ExtensionContext context) {
    return context
        .getTestMethod()
        .flatMap(m -> AnnotationSupport.findAnnotation(m, MsdkFakeConfig.class));
  }

  private static Optional<MsdkFakeConfig> classConfig(ExtensionContext context) {
    for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
      Optional<MsdkFakeConfig> found = AnnotationSupport.findAnnotation(c, MsdkFakeConfig.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
