package io.github.gamesdk.testkit.openapi;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.openapi.OpenApiClient;
import io.github.gamesdk.testkit.FakeServerExtension;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

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
    extends FakeServerExtension<FakeOpenApiServer, OpenApiClient, OpenApiFakeConfig> {
  private final String appId;
  private final Secret appKey;

  /**
   * The extension as {@code @ExtendWith} creates it: settings from {@link OpenApiFakeConfig} on
   * the test method or class, else the defaults.
   */
  public OpenApiFakeExtension() {
    this(null, null, false);
  }

  private OpenApiFakeExtension(@Nullable String appId, @Nullable Secret appKey, boolean perClass) {
    super(
        FakeOpenApiServer.class,
        OpenApiClient.class,
        OpenApiFakeConfig.class,
        "fake OpenAPI server",
        appId != null,
        perClass);
    this.appId = appId;
    this.appKey = appKey;
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
  @Override
  public FakeOpenApiServer server() {
    return super.server();
  }

  /**
   * The settings; never the appkey.
   *
   * @return the appid (or where it comes from) and the lifecycle
   */
  @Override
  public String toString() {
    return "OpenApiFakeExtension{appId=" + (appId == null ? "(from @OpenApiFakeConfig)" : appId)
        + ", perClass=" + isPerClass() + "}";
  }

  @Override
  protected FakeOpenApiServer start(ExtensionContext context) {
    if (appId != null) {
      return FakeOpenApiServer.start(appId, appKey);
    }
    Optional<OpenApiFakeConfig> config = config(context);
    return config.isPresent()
        ? FakeOpenApiServer.start(config.get().appId(), Secret.of(config.get().appKey()))
        : FakeOpenApiServer.start();
  }

  @Override
  protected void prepareForNextTest(FakeOpenApiServer server, ExtensionContext context) {
    server.reset();
  }

  @Override
  protected OpenApiClient clientOf(FakeOpenApiServer server) {
    return server.client();
  }

  @Override
  protected boolean configPerClass(OpenApiFakeConfig config) {
    return config.perClass();
  }
}
