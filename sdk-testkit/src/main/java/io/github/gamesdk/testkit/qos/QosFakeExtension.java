package io.github.gamesdk.testkit.qos;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.qos.QosClient;
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
 * A JUnit 5 extension that starts a {@link FakeQosServer} for each test (or one for the whole
 * class), closes it afterwards, and injects test, {@code @BeforeEach} and {@code @AfterEach}
 * parameters of type {@link FakeQosServer} and {@link QosClient} (the fake's {@link
 * FakeQosServer#client()}, pointed at it).
 *
 * <p>Register it either way:
 *
 * <pre>{@code
 * @ExtendWith(QosFakeExtension.class)          // settings from @QosFakeConfig, if any
 * class A { @Test void t(QosClient qos, FakeQosServer fake) { ... } }
 *
 * class B {
 *   @RegisterExtension
 *   static final QosFakeExtension QOS =
 *       QosFakeExtension.withGame("1001", "AKIDexample", Secret.of("key")).perClass();
 *   @Test void t() { QOS.server().respondWith(...); QOS.server().client()...; }
 * }
 * }</pre>
 *
 * <p>Defaults: the seed's {@code GameId} {@value FakeQosServer#DEFAULT_GAME_ID} and {@code
 * SecretId} {@value FakeQosServer#DEFAULT_SECRET_ID} (seed 000 lines 66-67) with the key {@value
 * FakeQosServer#DEFAULT_SECRET_KEY}, a fresh fake per test. A per-class fake is {@linkplain
 * FakeQosServer#reset() reset} before each test; it
 * needs a {@code static} {@code @RegisterExtension} field or {@code @ExtendWith} (an instance field
 * is registered too late for "before all" and falls back to a fake per test).
 */
public final class QosFakeExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(QosFakeExtension.class);
  private static final String CLASS_KEY = "fake-per-class";
  private static final String TEST_KEY = "fake-per-test";

  private final String gameId;
  private final String secretId;
  private final Secret secretKey;
  private final boolean perClass;
  private volatile FakeQosServer current;

  /**
   * The extension as {@code @ExtendWith} creates it: settings from {@link QosFakeConfig} on
   * the test method or class, else the defaults.
   */
  public QosFakeExtension() {
    this(null, null, null, false);
  }

  private QosFakeExtension(
      @Nullable String gameId, @Nullable String secretId, @Nullable Secret secretKey, boolean perClass) {
    this.gameId = gameId;
    this.secretId = secretId;
    this.secretKey = secretKey;
    this.perClass = perClass;
  }

  /**
   * An extension whose fakes expect one game's credentials, whatever {@link QosFakeConfig} says.
   *
   * @param gameId the {@code GameId} the fake expects (seed 000 line 19)
   * @param secretId the {@code SecretId} the fake expects (seed 000 line 21)
   * @param secretKey the key the fake checks {@code Signature} with
   * @return a per-test extension; call {@link #perClass()} for one fake per class
   */
  public static QosFakeExtension withGame(String gameId, String secretId, Secret secretKey) {
    Objects.requireNonNull(gameId, "gameId");
    Objects.requireNonNull(secretId, "secretId");
    Objects.requireNonNull(secretKey, "secretKey");
    if (gameId.isEmpty() || secretId.isEmpty()) {
      throw new IllegalArgumentException("gameId and secretId must not be empty");
    }
    return new QosFakeExtension(gameId, secretId, secretKey, false);
  }

  /**
   * The same extension with one fake for the whole test class, {@linkplain
   * FakeQosServer#reset() reset} before each test.
   *
   * @return a new extension
   */
  public QosFakeExtension perClass() {
    return new QosFakeExtension(gameId, secretId, secretKey, true);
  }

  /**
   * The fake of the test running now, for extensions kept in a field. Parameter injection is the
   * way that also works when tests run in parallel.
   *
   * @return the fake
   * @throws IllegalStateException outside a test, or before the fake was started
   */
  public FakeQosServer server() {
    FakeQosServer s = current;
    if (s == null) {
      throw new IllegalStateException("no fake QoS server is running (outside a test?)");
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
        gameId != null
            ? perClass
            : perClass || classConfig(context).map(QosFakeConfig::perClass).orElse(false);
    if (oneForTheClass) {
      FakeQosServer s = startFor(context);
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
    FakeQosServer shared = context.getStore(NAMESPACE).get(CLASS_KEY, FakeQosServer.class);
    if (shared != null) {
      shared.reset();
      current = shared;
      return;
    }
    FakeQosServer s = startFor(context);
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
    FakeQosServer s = context.getStore(NAMESPACE).remove(TEST_KEY, FakeQosServer.class);
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
    FakeQosServer s = context.getStore(NAMESPACE).remove(CLASS_KEY, FakeQosServer.class);
    if (s != null) {
      s.close();
      if (current == s) {
        current = null;
      }
    }
  }

  /**
   * Whether a parameter is a {@link FakeQosServer} or a {@link QosClient}.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return whether this extension resolves it
   */
  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == FakeQosServer.class || type == QosClient.class;
  }

  /**
   * The running fake, or its client.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return the fake or its {@link FakeQosServer#client()}
   * @throws ParameterResolutionException when no fake runs in this context (for example a
   *     constructor or a {@code @BeforeAll} method with a per-test fake)
   */
  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    ExtensionContext.Store store = extensionContext.getStore(NAMESPACE);
    FakeQosServer s = store.get(TEST_KEY, FakeQosServer.class);
    if (s == null) {
      s = store.get(CLASS_KEY, FakeQosServer.class);
    }
    if (s == null) {
      throw new ParameterResolutionException(
          "no fake QoS server runs here: a per-test fake exists only for test, @BeforeEach"
              + " and @AfterEach methods (use perClass() for @BeforeAll)");
    }
    return parameterContext.getParameter().getType() == QosClient.class ? s.client() : s;
  }

  /**
   * The settings; never the key.
   *
   * @return the game id (or where it comes from) and the lifecycle
   */
  @Override
  public String toString() {
    return "QosFakeExtension{gameId=" + (gameId == null ? "(from @QosFakeConfig)" : gameId)
        + ", perClass=" + perClass + "}";
  }

  private FakeQosServer startFor(ExtensionContext context) {
    if (gameId != null) {
      return FakeQosServer.start(gameId, secretId, secretKey);
    }
    Optional<QosFakeConfig> config = methodConfig(context);
    if (!config.isPresent()) {
      config = classConfig(context);
    }
    return config.isPresent()
        ? FakeQosServer.start(
            config.get().gameId(), config.get().secretId(), Secret.of(config.get().secretKey()))
        : FakeQosServer.start();
  }

  private static Optional<QosFakeConfig> methodConfig(ExtensionContext context) {
    return context
        .getTestMethod()
        .flatMap(m -> AnnotationSupport.findAnnotation(m, QosFakeConfig.class));
  }

  private static Optional<QosFakeConfig> classConfig(ExtensionContext context) {
    for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
      Optional<QosFakeConfig> found = AnnotationSupport.findAnnotation(c, QosFakeConfig.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
