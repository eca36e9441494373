package io.github.gamesdk.examples;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.qos.QosClient;
import io.github.gamesdk.qos.model.CloseRequest;
import io.github.gamesdk.qos.model.GetUrlRequest;
import io.github.gamesdk.qos.model.GetUrlResponse;
import io.github.gamesdk.qos.model.MobileUrlAnswer;
import io.github.gamesdk.qos.model.MobileUrlRequest;
import io.github.gamesdk.qos.model.OpenRequest;
import io.github.gamesdk.qos.model.OpenResponse;
import io.github.gamesdk.testkit.qos.FakeQosServer;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A realistic Tencent Cloud QoS flow (seed 000): the backend asks {@code geturl} for the phone's
 * lookup URL, the phone fetches it and relays the answer, the backend reads the encrypted number
 * from it and opens 4G acceleration towards the game servers, and closes it at the end of the
 * match. A lookup that failed ({@code 4002 Not supported!}) still opens, with an empty {@code
 * PhoneNO}, as the seed asks for users whose number cannot be obtained.
 *
 * <p>Runs against {@link FakeQosServer} unless {@code GAMESDK_QOS_GAME_ID}, {@code
 * GAMESDK_QOS_SECRET_ID}, {@code GAMESDK_QOS_SECRET_KEY}, {@code GAMESDK_QOS_PRIVATE_IP}, {@code
 * GAMESDK_QOS_PUBLIC_IP} and {@code GAMESDK_QOS_DST_IP} are all set; then it calls the real
 * service (or {@code GAMESDK_QOS_BASE_URL}). The lookup must run on the phone, so against the real
 * service the relayed answer comes from {@code GAMESDK_QOS_MOBILE_URL_ANSWER} (the JSON the phone
 * received), and {@code PhoneNO} is empty without it.
 */
public final class QosExample {
  private static final List<String> REAL_SERVICE_ENV =
      Arrays.asList(
          "GAMESDK_QOS_GAME_ID",
          "GAMESDK_QOS_SECRET_ID",
          "GAMESDK_QOS_SECRET_KEY",
          "GAMESDK_QOS_PRIVATE_IP",
          "GAMESDK_QOS_PUBLIC_IP",
          "GAMESDK_QOS_DST_IP");

  private final Map<String, String> env;
  private final PrintStream out;

  /**
   * Creates the example.
   *
   * @param env the environment to read credentials from
   * @param out where to print progress
   */
  public QosExample(Map<String, String> env, PrintStream out) {
    this.env = env;
    this.out = out;
  }

  /**
   * Runs the flow.
   *
   * @throws Exception if a step fails
   */
  public void run() throws Exception {
    boolean real = env.keySet().containsAll(REAL_SERVICE_ENV);
    FakeQosServer fake = real ? null : FakeQosServer.start();
    try {
      QosClient qos;
      String privateIp;
      String publicIp;
      List<String> gameServers;
      if (real) {
        QosClient.Builder b =
            QosClient.builder()
                .gameId(env.get("GAMESDK_QOS_GAME_ID"))
                .secretId(env.get("GAMESDK_QOS_SECRET_ID"))
                .secretKey(Secret.of(env.get("GAMESDK_QOS_SECRET_KEY")));
        String base = env.get("GAMESDK_QOS_BASE_URL");
        if (base != null) {
          b.baseUrl(base);
        }
        qos = b.build();
        privateIp = env.get("GAMESDK_QOS_PRIVATE_IP");
        publicIp = env.get("GAMESDK_QOS_PUBLIC_IP");
        gameServers = Arrays.asList(env.get("GAMESDK_QOS_DST_IP").split(","));
        out.println("QoS: real service at " + qos.baseUrl() + ", GameId " + qos.gameId());
      } else {
        qos = fake.client();
        privateIp = "10.12.0.7";
        publicIp = "117.136.0.9";
        gameServers = Arrays.asList("203.0.113.10", "203.0.113.11");
        out.println("QoS: in-process fake at " + fake.baseUrl() + " (set GAMESDK_QOS_* for the real service)");
      }

      // 1. The phone logged in from these addresses; ask where its number can be looked up.
      GetUrlResponse url = qos.geturl(GetUrlRequest.forServer(privateIp, publicIp));
      out.println("1. geturl: accelerating now " + url.qosActive() + ", lookup URL " + url.mobileUrl());

      // 2. The phone fetches mobileUrl over its mobile network and relays the JSON it got.
      String relayed;
      if (real) {
        relayed = env.get("GAMESDK_QOS_MOBILE_URL_ANSWER");
      } else {
        // The fake stands in for the operator; the SDK's own GET plays the phone.
        relayed = GameSdkJson.writeString(qos.fetchMobileUrl(MobileUrlRequest.of(url.mobileUrl())));
      }
      String phoneNo = "";
      if (relayed != null) {
        MobileUrlAnswer answer = QosClient.parseMobileUrlAnswer(relayed);
        phoneNo = answer.phoneNoOrEmpty();
        out.println("2. lookup relayed by the phone: " + (answer.succeeded() ? "encrypted number received" : "failed " + answer.errorCode()));
      } else {
        out.println("2. no lookup answer relayed: PhoneNO will be empty");
      }
      MobileUrlAnswer unsupported =
          QosClient.parseMobileUrlAnswer("{\"error\":{\"code\":\"4002\",\"message\":\"Not supported!\"}}");
      out.println("   a failed lookup reads as " + unsupported.errorCode() + " (" + unsupported.error().message()
          + "), PhoneNO \"" + unsupported.phoneNoOrEmpty() + "\"");

      // 3. Start acceleration towards the game servers.
      OpenRequest open =
          OpenRequest.builder()
              .privateIp(privateIp)
              .publicIp(publicIp)
              .phoneNo(phoneNo)
              .dstIps(gameServers)
              .build();
      try {
        OpenRequest.builder().from(open).dstIps(Arrays.asList("1.1.1.1", "2.2.2.2", "3.3.3.3", "4.4.4.4", "5.5.5.5")).build();
      } catch (InvalidRequestException e) {
        out.println("   rejected before sending: " + e.getMessage());
      }
      Instant openedAt = Clock.systemUTC().instant();
      OpenResponse session = qos.open(open);
      out.println("3. open: session " + session.sessionId() + " for " + session.sessionDuration()
          + ", until " + session.expiresAt(openedAt));

      // 4. The match is over.
      out.println("4. close: " + qos.close(CloseRequest.of(open)).errmsg());
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }
}
