package io.github.gamesdk.testkit.qqconnect;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.qqconnect.QqConnectClient;
import io.github.gamesdk.testkit.FakeServerExtension;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

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
    extends FakeServerExtension<FakeQqConnectServer, QqConnectClient, QqConnectFakeConfig> {
  private final String appId;
  private final Secret appKey;

  /**
   * The extension as {@code @ExtendWith} creates it: settings from {@link QqConnectFakeConfig} on
   * the test method or class, else the defaults.
   */
  public QqConnectFakeExtension() {
    this(null, null, false);
  }

  private QqConnectFakeExtension(@Nullable String appId, @Nullable Secret appKey, boolean perClass) {
    super(
        FakeQqConnectServer.class,
        QqConnectClient.class,
        QqConnectFakeConfig.class,
        "fake QQ Connect server",
        appId != null,
        perClass);
    this.appId = appId;
    this.appKey = appKey;
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
  @Override
  public FakeQqConnectServer server() {
    return super.server();
  }

  /**
   * The settings; never the appkey.
   *
   * @return the appid (or where it comes from) and the lifecycle
   */
  @Override
  public String toString() {
    return "QqConnectFakeExtension{appId=" + (appId == null ? "(from @QqConnectFakeConfig)" : appId)
        + ", perClass=" + isPerClass() + "}";
  }

  @Override
  protected FakeQqConnectServer start(ExtensionContext context) {
    if (appId != null) {
      return FakeQqConnectServer.start(appId, appKey);
    }
    Optional<QqConnectFakeConfig> config = config(context);
    return config.isPresent()
        ? FakeQqConnectServer.start(config.get().appId(), Secret.of(config.get().appKey()))
        : FakeQqConnectServer.start();
  }

  @Override
  protected QqConnectClient clientOf(FakeQqConnectServer server) {
    return server.client();
  }

  @Override
  protected void prepareForNextTest(FakeQqConnectServer server, ExtensionContext context) {
    server.reset();
  }

  @Override
  protected boolean configPerClass(QqConnectFakeConfig config) {
    return config.perClass();
  }
}
