package io.github.gamesdk.testkit.openapi;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.openapi.OpenApiClient;
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
 * A JUnit 5 extension that starts a {@link FakeOpenApiServer} for each test (or one for the whole
 * class), closes it afterwards, and injects test, {@code @BeforeEach} and {@code @AfterEach}
 * parameters of type {@link FakeOpenApiServer} and {@link OpenApiClient} (the fake's {@link
 * FakeOpenApiServer#client()}, pointed at it).
 *
 * <p>Register it either way:
 *
 * <pre>{@code
 * @ExtendWith(OpenApiFakeExtension.class)          // settings from @OpenApiFakeConfig, if any
 * class A { @Test void t(OpenApiClient openapi, FakeOpenApiServer fake) { ... } }
 *
 * class B {
 *   @RegisterExtension
 *   static final OpenApiFakeExtension OPENAPI =
 *       OpenApiFakeExtension.withApp("1104466820", Secret.of("key")).perClass();
 *   @Test void t() { OPENAPI.server().respondWith(...); OPENAPI.server().client()...; }
 * }
 * }</pre>
 *
 * <p>Defaults: the PROTOCOLS.md §6 example's appid {@value FakeOpenApiServer#DEFAULT_APP_ID} and
 * appkey {@value FakeOpenApiServer#DEFAULT_APP_KEY}, a fresh fake per test. A per-class fake is {@linkplain FakeOpenApiServer#reset() reset} before each test; it
 * needs a {@code static} {@code @RegisterExtension} field or {@code @ExtendWith} (an instance field
 * is registered too late for "before all" and falls back to a fake per test).
 */
public final class OpenApiFakeExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(OpenApiFakeExtension.class);
  private static final String CLASS_KEY = "fake-per-class";
  private static final String TEST_KEY = "fake-per-test";

  private final String appId;
  private final Secret appKey;
  private final boolean perClass;
  private volatile FakeOpenApiServer current;

  /**
   * The extension as {@code @ExtendWith} creates it: settings from {@link OpenApiFakeConfig} on
   * the test method or class, else the defaults.
   */
  public OpenApiFakeExtension() {
    this(null, null, false);
  }

  private OpenApiFakeExtension(@Nullable String appId, @Nullable Secret appKey, boolean perClass) {
    this.appId = appId;
    this.appKey = appKey;
    this.perClass = perClass;
  }

  /**
   * An extension whose fakes expect one app's credentials, whatever {@link OpenApiFakeConfig}
   * says.
   *
   * @param appId the appid the fake expects as {@code appid} (digits, seed 002 line 22)
   * @param appKey the key the fake checks {@code sig} with (seed 002 line 23)
   * @return a per-test extension; call {@link #perClass()} for one fake per class
   */
  public static OpenApiFakeExtension withApp(String appId, Secret appKey) {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(appKey, "appKey");
    if (!appId.matches("[0-9]+")) {
      throw new IllegalArgumentException("appId must be digits (appid)");
    }
    return new OpenApiFakeExtension(appId, appKey, false);
  }

  /**
   * The same extension with one fake for the whole test class, {@linkplain
   * FakeOpenApiServer#reset() reset} before each test.
   *
   * @return a new extension
   */
  public OpenApiFakeExtension perClass() {
    return new OpenApiFakeExtension(appId, appKey, true);
  }

  /**
   * The fake of the test running now, for extensions kept in a field. Parameter injection is the
   * way that also works when tests run in parallel.
   *
   * @return the fake
   * @throws IllegalStateException outside a test, or before the fake was started
   */
  public FakeOpenApiServer server() {
    FakeOpenApiServer s = current;
    if (s == null) {
      throw new IllegalStateException("no fake OpenAPI server is running (outside a test?)");
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
            : perClass || classConfig(context).map(OpenApiFakeConfig::perClass).orElse(false);
    if (oneForTheClass) {
      FakeOpenApiServer s = startFor(context);
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
    FakeOpenApiServer shared = context.getStore(NAMESPACE).get(CLASS_KEY, FakeOpenApiServer.class);
    if (shared != null) {
      shared.reset();
      current = shared;
      return;
    }
    FakeOpenApiServer s = startFor(context);
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
    FakeOpenApiServer s = context.getStore(NAMESPACE).remove(TEST_KEY, FakeOpenApiServer.class);
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
    FakeOpenApiServer s = context.getStore(NAMESPACE).remove(CLASS_KEY, FakeOpenApiServer.class);
    if (s != null) {
      s.close();
      if (current == s) {
        current = null;
      }
    }
  }

  /**
   * Whether a parameter is a {@link FakeOpenApiServer} or a {@link OpenApiClient}.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return whether this extension resolves it
   */
  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == FakeOpenApiServer.class || type == OpenApiClient.class;
  }

  /**
   * The running fake, or its client.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return the fake or its {@link FakeOpenApiServer#client()}
   * @throws ParameterResolutionException when no fake runs in this context (for example a
   *     constructor or a {@code @BeforeAll} method with a per-test fake)
   */
  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    ExtensionContext.Store store = extensionContext.getStore(NAMESPACE);
    FakeOpenApiServer s = store.get(TEST_KEY, FakeOpenApiServer.class);
    if (s == null) {
      s = store.get(CLASS_KEY, FakeOpenApiServer.class);
    }
    if (s == null) {
      throw new ParameterResolutionException(
          "no fake OpenAPI server runs here: a per-test fake exists only for test, @BeforeEach"
              + " and @AfterEach methods (use perClass() for @BeforeAll)");
    }
    return parameterContext.getParameter().getType() == OpenApiClient.class ? s.client() : s;
  }

  /**
   * The settings; never the appkey.
   *
   * @return the appid (or where it comes from) and the lifecycle
   */
  @Override
  public String toString() {
    return "OpenApiFakeExtension{appId=" + (appId == null ? "(from @OpenApiFakeConfig)" : appId)
        + ", perClass=" + perClass + "}";
  }

  private FakeOpenApiServer startFor(ExtensionContext context) {
    if (appId != null) {
      return FakeOpenApiServer.start(appId, appKey);
    }
    Optional<OpenApiFakeConfig> config = methodConfig(context);
    if (!config.isPresent()) {
      config = classConfig(context);
    }
    return config.isPresent()
        ? FakeOpenApiServer.start(config.get().appId(), Secret.of(config.get().appKey()))
        : FakeOpenApiServer.start();
  }

  private static Optional<OpenApiFakeConfig> methodConfig(ExtensionContext context) {
    return context
        .getTestMethod()
        .flatMap(m -> AnnotationSupport.findAnnotation(m, OpenApiFakeConfig.class));
  }

  private static Optional<OpenApiFakeConfig> classConfig(ExtensionContext context) {
    for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
      Optional<OpenApiFakeConfig> found = AnnotationSupport.findAnnotation(c, OpenApiFakeConfig.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
