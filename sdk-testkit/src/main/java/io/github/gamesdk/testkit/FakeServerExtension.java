package io.github.gamesdk.testkit;

import java.lang.annotation.Annotation;
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
 * The lifecycle every vendor's JUnit 5 extension shares: it starts a fake for each test (or one for
 * the whole class), closes it afterwards, and injects test, {@code @BeforeEach} and {@code
 * @AfterEach} parameters of the fake's type and of its client's type. A vendor's extension only
 * says how to start its fake (from its settings or its config annotation), how to get the fake's
 * client, and how to make a per-class fake ready for the next test.
 *
 * <p>Which fake a test gets: a per-class fake, started in "before all" when the extension was made
 * per class or (for an extension without settings in code) when the config annotation on the test
 * class or an enclosing class says {@code perClass = true}; else a fresh fake per test. A per-class
 * fake needs a {@code static} {@code @RegisterExtension} field or {@code @ExtendWith} (an instance
 * field is registered too late for "before all" and falls back to a fake per test).
 *
 * @param <S> the fake server's type
 * @param <C> the type of the client the fake hands out
 * @param <A> the vendor's config annotation
 */
public abstract class FakeServerExtension<S extends AutoCloseable, C, A extends Annotation>
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private static final String CLASS_KEY = "fake-per-class";
  private static final String TEST_KEY = "fake-per-test";

  private final ExtensionContext.Namespace namespace;
  private final Class<S> serverType;
  private final Class<C> clientType;
  private final Class<A> configType;
  private final String fakeName;
  private final boolean settingsInCode;
  private final boolean perClass;
  private volatile S current;

  /**
   * The shared part of a vendor extension.
   *
   * @param serverType the fake's class, resolved as a parameter
   * @param clientType the client's class, resolved as a parameter
   * @param configType the config annotation looked up on the test method and class
   * @param fakeName how messages name the fake, for example {@code "fake QoS server"}
   * @param settingsInCode whether the settings were given in code, so that the config annotation's
   *     {@code perClass} is ignored
   * @param perClass whether one fake serves the whole test class
   */
  protected FakeServerExtension(
      Class<S> serverType,
      Class<C> clientType,
      Class<A> configType,
      String fakeName,
      boolean settingsInCode,
      boolean perClass) {
    this.serverType = Objects.requireNonNull(serverType, "serverType");
    this.clientType = Objects.requireNonNull(clientType, "clientType");
    this.configType = Objects.requireNonNull(configType, "configType");
    this.fakeName = Objects.requireNonNull(fakeName, "fakeName");
    this.namespace = ExtensionContext.Namespace.create(getClass());
    this.settingsInCode = settingsInCode;
    this.perClass = perClass;
  }

  /**
   * Starts a fake for a test or a test class.
   *
   * @param context the test's or the class's context; see {@link #config(ExtensionContext)}
   * @return the running fake
   */
  protected abstract S start(ExtensionContext context);

  /**
   * The client of a fake, pointed at it.
   *
   * @param server the fake
   * @return its client
   */
  protected abstract C clientOf(S server);

  /**
   * Makes a per-class fake ready for the next test, typically by resetting it.
   *
   * @param server the per-class fake
   * @param context the next test's context
   */
  protected abstract void prepareForNextTest(S server, ExtensionContext context);

  /**
   * Whether a config annotation asks for one fake per class.
   *
   * @param config the annotation found on the test class or an enclosing class
   * @return its {@code perClass}
   */
  protected abstract boolean configPerClass(A config);

  /**
   * Whether this extension makes one fake per test class.
   *
   * @return what the constructor was given
   */
  protected final boolean isPerClass() {
    return perClass;
  }

  /**
   * The fake of the test running now, for extensions kept in a field. Parameter injection is the
   * way that also works when tests run in parallel.
   *
   * @return the fake
   * @throws IllegalStateException outside a test, or before the fake was started
   */
  public S server() {
    S s = current;
    if (s == null) {
      throw new IllegalStateException("no " + fakeName + " is running (outside a test?)");
    }
    return s;
  }

  /**
   * Starts the per-class fake when the class (or the extension) asks for one.
   *
   * @param context the class's context
   */
  @Override
  public final void beforeAll(ExtensionContext context) {
    boolean oneForTheClass =
        settingsInCode
            ? perClass
            : perClass || classConfig(context).map(this::configPerClass).orElse(false);
    if (oneForTheClass) {
      S s = start(context);
      context.getStore(namespace).put(CLASS_KEY, s);
      current = s;
    }
  }

  /**
   * Makes the per-class fake ready for this test, or starts a fresh fake for it.
   *
   * @param context the test's context
   */
  @Override
  public final void beforeEach(ExtensionContext context) {
    S shared = context.getStore(namespace).get(CLASS_KEY, serverType);
    if (shared != null) {
      prepareForNextTest(shared, context);
      current = shared;
      return;
    }
    S s = start(context);
    context.getStore(namespace).put(TEST_KEY, s);
    current = s;
  }

  /**
   * Closes this test's own fake.
   *
   * @param context the test's context
   */
  @Override
  public final void afterEach(ExtensionContext context) {
    closeStored(context, TEST_KEY);
  }

  /**
   * Closes the per-class fake.
   *
   * @param context the class's context
   */
  @Override
  public final void afterAll(ExtensionContext context) {
    closeStored(context, CLASS_KEY);
  }

  /**
   * Whether a parameter is of the fake's or of the client's type.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return whether this extension resolves it
   */
  @Override
  public final boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == serverType || type == clientType;
  }

  /**
   * The running fake, or its client.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return the fake or its client
   * @throws ParameterResolutionException when no fake runs in this context (for example a
   *     constructor or a {@code @BeforeAll} method with a per-test fake)
   */
  @Override
  public final Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    ExtensionContext.Store store = extensionContext.getStore(namespace);
    S s = store.get(TEST_KEY, serverType);
    if (s == null) {
      s = store.get(CLASS_KEY, serverType);
    }
    if (s == null) {
      throw new ParameterResolutionException(
          "no " + fakeName + " runs here: a per-test fake exists only for test, @BeforeEach"
              + " and @AfterEach methods (use perClass() for @BeforeAll)");
    }
    return parameterContext.getParameter().getType() == clientType ? clientOf(s) : s;
  }

  /**
   * The config annotation on the test method, else on the test class or the nearest enclosing
   * class that has one.
   *
   * @param context the test's or the class's context
   * @return the annotation, if any
   */
  protected final Optional<A> config(ExtensionContext context) {
    Optional<A> m =
        context.getTestMethod().flatMap(x -> AnnotationSupport.findAnnotation(x, configType));
    return m.isPresent() ? m : classConfig(context);
  }

  private Optional<A> classConfig(ExtensionContext context) {
    for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
      Optional<A> found = AnnotationSupport.findAnnotation(c, configType);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private void closeStored(ExtensionContext context, String key) {
    S s = context.getStore(namespace).remove(key, serverType);
    if (s == null) {
      return;
    }
    try {
      s.close();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("could not close the " + fakeName, e);
    } finally {
      if (current == s) {
        current = null;
      }
    }
  }
}
