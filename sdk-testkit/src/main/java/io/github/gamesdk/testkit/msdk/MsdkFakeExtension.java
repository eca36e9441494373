package io.github.gamesdk.testkit.msdk;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.msdk.MsdkClient;
import io.github.gamesdk.testkit.FakeServerExtension;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

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
    extends FakeServerExtension<FakeMsdkServer, MsdkClient, MsdkFakeConfig> {
  private final String appId;
  private final Secret msdkKey;

  /**
   * The extension as {@code @ExtendWith} creates it: settings from {@link MsdkFakeConfig} on
   * the test method or class, else the defaults.
   */
  public MsdkFakeExtension() {
    this(null, null, false);
  }

  private MsdkFakeExtension(@Nullable String appId, @Nullable Secret msdkKey, boolean perClass) {
    super(
        FakeMsdkServer.class,
        MsdkClient.class,
        MsdkFakeConfig.class,
        "fake MSDK server",
        appId != null,
        perClass);
    this.appId = appId;
    this.msdkKey = msdkKey;
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
  @Override
  public FakeMsdkServer server() {
    return super.server();
  }

  /**
   * The settings; never a key.
   *
   * @return the appid (or where it comes from) and the lifecycle
   */
  @Override
  public String toString() {
    return "MsdkFakeExtension{appId=" + (appId == null ? "(from @MsdkFakeConfig)" : appId)
        + ", perClass=" + isPerClass() + "}";
  }

  @Override
  protected FakeMsdkServer start(ExtensionContext context) {
    if (appId != null) {
      return FakeMsdkServer.start(appId, msdkKey);
    }
    Optional<MsdkFakeConfig> config = config(context);
    return config.isPresent()
        ? FakeMsdkServer.start(
            config.get().appId(),
            Secret.of(config.get().msdkKey()),
            config.get().appKey().isEmpty() ? null : Secret.of(config.get().appKey()))
        : FakeMsdkServer.start();
  }

  @Override
  protected void prepareForNextTest(FakeMsdkServer server, ExtensionContext context) {
    server.reset();
  }

  @Override
  protected MsdkClient clientOf(FakeMsdkServer server) {
    return server.client();
  }

  @Override
  protected boolean configPerClass(MsdkFakeConfig config) {
    return config.perClass();
  }
}
