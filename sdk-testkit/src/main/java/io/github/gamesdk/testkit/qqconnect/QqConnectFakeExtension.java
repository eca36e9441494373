package io.github.gamesdk.testkit.qqconnect;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.qqconnect.QqConnectClient;
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
 * A JUnit 5 extension that starts a {@link FakeQqConnectServer} for each test (or one for the whole
 * class), closes it afterwards, and injects test, {@code @BeforeEach} and {@code @AfterEach}
 * parameters of type {@link FakeQqConnectServer} and {@link QqConnectClient} (the fake's {@link
 * FakeQqConnectServer#client()}, pointed at it).
 *
 * <p>Register it either way:
 *
 * <pre>{@code
 * @ExtendWith(QqConnectFakeExtension.class)          // settings from @QqConnectFakeConfig, if any
 * class A { @Test void t(QqConnectClient qq, FakeQqConnectServer fake) { ... } }
 *
 * class B {
 *   @RegisterExtension
 *   static final QqConnectFakeExtension QQ =
 *       QqConnectFakeExtension.withApp("1104466820", Secret.of("key")).perClass();
 *   @Test void t() { QQ.server().respondWith(...); QQ.server().client()...; }
 * }
 * }</pre>
 *
 * <p>Defaults: the seed's signing example's appid {@value FakeQqConnectServer#DEFAULT_APP_ID} and
 * key {@value FakeQqConnectServer#DEFAULT_APP_KEY} (seed 003 lines 1630-1639), a fresh fake per
 * test. A per-class fake is {@linkplain FakeQqConnectServer#reset() reset} before each test; it
 * needs a {@code static} {@code @RegisterExtension} field or {@code @ExtendWith} (an instance field
 * is registered too late for "before all" and falls back to a fake per test).
 */
public final class QqConnectFakeExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(QqConnectFakeExtension.class);
  private static final String CLASS_KEY = "fake-per-class";
  private static final String TEST_KEY = "fake-per-test";

  private final String appId;
  private final Secret appKey;
  private final boolean perClass;
  private volatile FakeQqConnectServer current;

  /**
   * The extension as {@code @ExtendWith} creates it: settings from {@link QqConnectFakeConfig} on
   * the test method or class, else the defaults.
   */
  public QqConnectFakeExtension() {
    this(null, null, false);
  }

  private QqConnectFakeExtension(@Nullable String appId, @Nullable Secret appKey, boolean perClass) {
    this.appId = appId;
    this.appKey = appKey;
    this.perClass = perClass;
  }

  /**
   * An extension whose fakes expect one app's credentials, whatever {@link QqConnectFakeConfig}
   * says.
   *
   * @param appId the appid the fake expects as {@code oauth_consumer_key} (digits, seed 003 line
   *     1575)
   * @param appKey the key the fake checks {@code sign} with (seed 003 line 1639)
   * @return a per-test extension; call {@link #perClass()} for one fake per class
   */
  public static QqConnectFakeExtension withApp(String appId, Secret appKey) {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(appKey, "appKey");
    if (!appId.matches("[0-9]+")) {
      throw new IllegalArgumentException("appId must be digits (oauth_consumer_key)");
    }
    return new QqConnectFakeExtension(appId, appKey, false);
  }

  /**
   * The same extension with one fake for the whole test class, {@linkplain
   * FakeQqConnectServer#reset() reset} before each test.
   *
   * @return a new extension
   */
  public QqConnectFakeExtension perClass() {
    return new QqConnectFakeExtension(appId, appKey, true);
  }

  /**
   * The fake of the test running now, for extensions kept in a field. Parameter injection is the
   * way that also works when tests run in parallel.
   *
   * @return the fake
   * @throws IllegalStateException outside a test, or before the fake was started
   */
  public FakeQqConnectServer server() {
    FakeQqConnectServer s = current;
    if (s == null) {
      throw new IllegalStateException("no fake QQ Connect server is running (outside a test?)");
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
            : perClass || classConfig(context).map(QqConnectFakeConfig::perClass).orElse(false);
    if (oneForTheClass) {
      FakeQqConnectServer s = startFor(context);
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
    FakeQqConnectServer shared = context.getStore(NAMESPACE).get(CLASS_KEY, FakeQqConnectServer.class);
    if (shared != null) {
      shared.reset();
      current = shared;
      return;
    }
    FakeQqConnectServer s = startFor(context);
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
    FakeQqConnectServer s = context.getStore(NAMESPACE).remove(TEST_KEY, FakeQqConnectServer.class);
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
    FakeQqConnectServer s = context.getStore(NAMESPACE).remove(CLASS_KEY, FakeQqConnectServer.class);
    if (s != null) {
      s.close();
      if (current == s) {
        current = null;
      }
    }
  }

  /**
   * Whether a parameter is a {@link FakeQqConnectServer} or a {@link QqConnectClient}.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return whether this extension resolves it
   */
  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == FakeQqConnectServer.class || type == QqConnectClient.class;
  }

  /**
   * The running fake, or its client.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return the fake or its {@link FakeQqConnectServer#client()}
   * @throws ParameterResolutionException when no fake runs in this context (for example a
   *     constructor or a {@code @BeforeAll} method with a per-test fake)
   */
  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    ExtensionContext.Store store = extensionContext.getStore(NAMESPACE);
    FakeQqConnectServer s = store.get(TEST_KEY, FakeQqConnectServer.class);
    if (s == null) {
      s = store.get(CLASS_KEY, FakeQqConnectServer.class);
    }
    if (s == null) {
      throw new ParameterResolutionException(
          "no fake QQ Connect server runs here: a per-test fake exists only for test, @BeforeEach"
              + " and @AfterEach methods (use perClass() for @BeforeAll)");
    }
    return parameterContext.getParameter().getType() == QqConnectClient.class ? s.client() : s;
  }

  /**
   * The settings; never the appkey.
   *
   * @return the appid (or where it comes from) and the lifecycle
   */
  @Override
  public String toString() {
    return "QqConnectFakeExtension{appId=" + (appId == null ? "(from @QqConnectFakeConfig)" : appId)
        + ", perClass=" + perClass + "}";
  }

  private FakeQqConnectServer startFor(ExtensionContext context) {
    if (appId != null) {
      return FakeQqConnectServer.start(appId, appKey);
    }
    Optional<QqConnectFakeConfig> config = methodConfig(context);
    if (!config.isPresent()) {
      config = classConfig(context);
    }
    return config.isPresent()
        ? FakeQqConnectServer.start(config.get().appId(), Secret.of(config.get().appKey()))
        : FakeQqConnectServer.start();
  }

  private static Optional<QqConnectFakeConfig> methodConfig(ExtensionContext context) {
    return context
        .getTestMethod()
        .flatMap(m -> AnnotationSupport.findAnnotation(m, QqConnectFakeConfig.class));
  }

  private static Optional<QqConnectFakeConfig> classConfig(ExtensionContext context) {
    for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
      Optional<QqConnectFakeConfig> found = AnnotationSupport.findAnnotation(c, QqConnectFakeConfig.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
