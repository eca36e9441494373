package io.github.gamesdk.testkit.qos;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.qos.QosClient;
import io.github.gamesdk.testkit.FakeServerExtension;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

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
    extends FakeServerExtension<FakeQosServer, QosClient, QosFakeConfig> {
  private final String gameId;
  private final String secretId;
  private final Secret secretKey;

  /**
   * The extension as {@code @ExtendWith} creates it: settings from {@link QosFakeConfig} on
   * the test method or class, else the defaults.
   */
  public QosFakeExtension() {
    this(null, null, null, false);
  }

  private QosFakeExtension(
      @Nullable String gameId, @Nullable String secretId, @Nullable Secret secretKey, boolean perClass) {
    super(
        FakeQosServer.class,
        QosClient.class,
        QosFakeConfig.class,
        "fake QoS server",
        gameId != null,
        perClass);
    this.gameId = gameId;
    this.secretId = secretId;
    this.secretKey = secretKey;
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
  @Override
  public FakeQosServer server() {
    return super.server();
  }

  /**
   * The settings; never the key.
   *
   * @return the game id (or where it comes from) and the lifecycle
   */
  @Override
  public String toString() {
    return "QosFakeExtension{gameId=" + (gameId == null ? "(from @QosFakeConfig)" : gameId)
        + ", perClass=" + isPerClass() + "}";
  }

  @Override
  protected FakeQosServer start(ExtensionContext context) {
    if (gameId != null) {
      return FakeQosServer.start(gameId, secretId, secretKey);
    }
    Optional<QosFakeConfig> config = config(context);
    return config.isPresent()
        ? FakeQosServer.start(
            config.get().gameId(), config.get().secretId(), Secret.of(config.get().secretKey()))
        : FakeQosServer.start();
  }

  @Override
  protected void prepareForNextTest(FakeQosServer server, ExtensionContext context) {
    server.reset();
  }

  @Override
  protected QosClient clientOf(FakeQosServer server) {
    return server.client();
  }

  @Override
  protected boolean configPerClass(QosFakeConfig config) {
    return config.perClass();
  }
}
