package io.github.gamesdk.examples;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.GameSdkException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.openapi.OpenApiClient;
import io.github.gamesdk.openapi.OpenKeyKeepAlive;
import io.github.gamesdk.openapi.model.GetInfoRequest;
import io.github.gamesdk.openapi.model.GetInfoResponse;
import io.github.gamesdk.openapi.model.IsLoginRequest;
import io.github.gamesdk.openapi.model.OpenApiRequest;
import io.github.gamesdk.openapi.model.OpenApiResponse;
import io.github.gamesdk.testkit.openapi.FakeOpenApiServer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A realistic OpenAPI V3 flow (seed 002): a player arrives from the platform with openid, openkey
 * and pf on the CanvasURL; the game server reads the profile ({@code v3/user/get_info}), checks
 * the session ({@code v3/user/is_login}), calls another API through the generic call, keeps the
 * openkey alive while the player stays, and handles an expired openkey.
 *
 * <p>Runs against {@link FakeOpenApiServer} unless {@code GAMESDK_OPENAPI_APPID}, {@code
 * GAMESDK_OPENAPI_APPKEY}, {@code GAMESDK_OPENAPI_OPENID} and {@code GAMESDK_OPENAPI_OPENKEY} are
 * all set; then it calls the real service ({@code GAMESDK_OPENAPI_BASE_URL}, for example the test
 * IP {@code http://119.147.19.43}, or production), with {@code GAMESDK_OPENAPI_PF} (default
 * {@code qzone}) and {@code GAMESDK_OPENAPI_USERIP} (default {@code 127.0.0.1}). Against the real
 * service only the two read-only calls are made.
 */
public final class OpenApiExample {
  private final Map<String, String> env;
  private final PrintStream out;

  /**
   * Creates the example.
   *
   * @param env the environment to read credentials from
   * @param out where to print progress
   */
  public OpenApiExample(Map<String, String> env, PrintStream out) {
    this.env = env;
    this.out = out;
  }

  /**
   * Runs the flow.
   *
   * @throws Exception if a step fails
   */
  public void run() throws Exception {
    boolean real =
        env.containsKey("GAMESDK_OPENAPI_APPID")
            && env.containsKey("GAMESDK_OPENAPI_APPKEY")
            && env.containsKey("GAMESDK_OPENAPI_OPENID")
            && env.containsKey("GAMESDK_OPENAPI_OPENKEY");
    FakeOpenApiServer fake = real ? null : FakeOpenApiServer.start();
    try {
      OpenApiClient openapi;
      String openid;
      Secret openkey;
      String pf = env.getOrDefault("GAMESDK_OPENAPI_PF", "qzone");
      String userip = env.getOrDefault("GAMESDK_OPENAPI_USERIP", real ? "127.0.0.1" : "112.90.139.30");
      if (real) {
        OpenApiClient.Builder b =
            OpenApiClient.builder()
                .appId(env.get("GAMESDK_OPENAPI_APPID"))
                .appKey(Secret.of(env.get("GAMESDK_OPENAPI_APPKEY")));
        String base = env.get("GAMESDK_OPENAPI_BASE_URL");
        if (base != null) {
          b.baseUrl(base);
        }
        openapi = b.build();
        openid = env.get("GAMESDK_OPENAPI_OPENID");
        openkey = Secret.of(env.get("GAMESDK_OPENAPI_OPENKEY"));
        out.println("OpenAPI V3: real service at " + openapi.baseUrl() + ", appid " + openapi.appId());
      } else {
        openapi = fake.client();
        openid = FakeOpenApiServer.DEFAULT_OPENID;
        openkey = Secret.of(FakeOpenApiServer.DEFAULT_OPENKEY);
        out.println("OpenAPI V3: in-process fake at " + fake.baseUrl() + " (set GAMESDK_OPENAPI_* for the real service)");
      }

      GetInfoResponse me = openapi.getInfo(GetInfoRequest.of(openid, openkey, pf, userip));
      out.println("1. v3/user/get_info: " + me.nickname() + " (" + me.gender() + "), yellow VIP level "
          + me.yellowVipLevel());

      out.println("2. v3/user/is_login: " + openapi.isLogin(IsLoginRequest.of(openid, openkey, pf, userip)).msg());

      try {
        GetInfoRequest.of(openid, openkey, pf, "localhost");
      } catch (InvalidRequestException e) {
        out.println("   rejected before sending: " + e.getMessage());
      }
      if (real) {
        return;
      }

      fake.registerApi(
          "/v3/relation/get_app_friends",
          "{\"ret\":0,\"is_lost\":0,\"items\":[{\"openid\":\"00000000000000000000000007B673FF\"}]}");
      OpenApiResponse friends =
          openapi.call(
              OpenApiRequest.builder()
                  .path("/v3/relation/get_app_friends")
                  .openid(openid)
                  .openkey(openkey)
                  .pf(pf)
                  .userip(userip)
                  .idempotent(true) // a query: safe to retry
                  .build());
      out.println("3. v3/relation/get_app_friends: " + ((List<?>) friends.extra().get("items")).size()
          + " friend(s) playing");

      keepAlive(openapi, openid, openkey, pf, userip);

      fake.expireOpenKeys(openid);
      try {
        openapi.getInfo(GetInfoRequest.of(openid, openkey, pf, userip));
      } catch (ApiException e) {
        out.println("5. after two hours without is_login: code " + e.rawCode() + ", " + e.category()
            + ": send the player back through the platform");
      }
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }

  /** Renews the openkey every 200 ms (30 minutes in production) until two renewals are seen. */
  private void keepAlive(OpenApiClient openapi, String openid, Secret openkey, String pf, String userip)
      throws InterruptedException {
    AtomicInteger renewed = new AtomicInteger();
    try (OpenKeyKeepAlive keepAlive =
        OpenKeyKeepAlive.builder(openapi)
            .interval(Duration.ofMillis(200))
            .sweepPeriod(Duration.ofMillis(20))
            .listener(
                new OpenKeyKeepAlive.Listener() {
                  @Override
                  public void onRenewed(OpenKeyKeepAlive.Session s) {
                    renewed.incrementAndGet();
                  }

                  @Override
                  public void onStopped(OpenKeyKeepAlive.Session s, GameSdkException why) {
                    out.println("   keep-alive stopped for " + s.openid() + ": " + why.getMessage());
                  }
                })
            .build()) {
      keepAlive.register(IsLoginRequest.of(openid, openkey, pf, userip));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (renewed.get() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      if (renewed.get() < 2) {
        throw new IllegalStateException("the keep-alive did not renew the openkey");
      }
      out.println("4. OpenKeyKeepAlive: openkey renewed " + renewed.get() + " times with is_login");
    }
  }
}
