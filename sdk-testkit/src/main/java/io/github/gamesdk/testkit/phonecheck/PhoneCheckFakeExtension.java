package io.github.gamesdk.testkit.phonecheck;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.phonecheck.PhoneCheckClient;
import io.github.gamesdk.testkit.FakeServerExtension;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

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
    extends FakeServerExtension<FakePhoneCheckServer, PhoneCheckClient, PhoneCheckFakeConfig> {
  private final Secret apikey;
  private final KeyStyle keyStyle;

  /**
   * The extension as {@code @ExtendWith} creates it: settings from {@link PhoneCheckFakeConfig} on
   * the test method or class, else the defaults.
   */
  public PhoneCheckFakeExtension() {
    this(null, null, false);
  }

  private PhoneCheckFakeExtension(
      @Nullable Secret apikey, @Nullable KeyStyle keyStyle, boolean perClass) {
    super(
        FakePhoneCheckServer.class,
        PhoneCheckClient.class,
        PhoneCheckFakeConfig.class,
        "fake phone-check server",
        apikey != null,
        perClass);
    this.apikey = apikey;
    this.keyStyle = keyStyle;
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
    return new PhoneCheckFakeExtension(apikey, Objects.requireNonNull(style, "style"), isPerClass());
  }

  /**
   * The fake of the test running now, for extensions kept in a field. Parameter injection is the
   * way that also works when tests run in parallel.
   *
   * @return the fake
   * @throws IllegalStateException outside a test, or before the fake was started
   */
  @Override
  public FakePhoneCheckServer server() {
    return super.server();
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
        + ", perClass=" + isPerClass() + "}";
  }

  @Override
  protected FakePhoneCheckServer start(ExtensionContext context) {
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

  @Override
  protected void prepareForNextTest(FakePhoneCheckServer server, ExtensionContext context) {
    server.reset();
    server.keyStyle(styleFor(context));
  }

  private KeyStyle styleFor(ExtensionContext context) {
    if (keyStyle != null) {
      return keyStyle;
    }
    return config(context).map(PhoneCheckFakeConfig::keyStyle).orElse(KeyStyle.UNQUOTED);
  }

  @Override
  protected PhoneCheckClient clientOf(FakePhoneCheckServer server) {
    return server.client();
  }

  @Override
  protected boolean configPerClass(PhoneCheckFakeConfig config) {
    return config.perClass();
  }
}
