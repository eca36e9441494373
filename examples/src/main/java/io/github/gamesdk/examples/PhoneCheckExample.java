package io.github.gamesdk.examples;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.TransportException;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.http.Timeouts;
import io.github.gamesdk.core.log.Redaction;
import io.github.gamesdk.phonecheck.PhoneCheckClient;
import io.github.gamesdk.phonecheck.PhoneCheckErrorCode;
import io.github.gamesdk.phonecheck.model.PhoneCheckResult;
import io.github.gamesdk.testkit.Fault;
import io.github.gamesdk.testkit.phonecheck.FakePhoneCheckServer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/**
 * A sign-up screen that refuses privacy (virtual) numbers, with the QXT phone check (seed 001):
 * check the seed's privacy number and its ordinary number, show how a number with {@code +86} is
 * normalized and a malformed one rejected before sending, and how the two costly outcomes look: a
 * used-up balance (-5) and an answer lost to a timeout, which is billed but not sent again.
 *
 * <p>Runs against {@link FakePhoneCheckServer} unless {@code GAMESDK_PHONECHECK_APIKEY} and {@code
 * GAMESDK_PHONECHECK_MOBILE} are both set; then it checks that one number with the real service
 * (or {@code GAMESDK_PHONECHECK_BASE_URL}), which costs one query of the account's balance. Numbers
 * are printed masked.
 */
public final class PhoneCheckExample {
  private final Map<String, String> env;
  private final PrintStream out;

  /**
   * Creates the example.
   *
   * @param env the environment to read credentials from
   * @param out where to print progress
   */
  public PhoneCheckExample(Map<String, String> env, PrintStream out) {
    this.env = env;
    this.out = out;
  }

  /**
   * Runs the flow.
   *
   * @throws Exception if a step fails
   */
  public void run() throws Exception {
    String apikey = env.get("GAMESDK_PHONECHECK_APIKEY");
    String mobile = env.get("GAMESDK_PHONECHECK_MOBILE");
    if (apikey != null && mobile != null) {
      PhoneCheckClient.Builder b = PhoneCheckClient.builder().apikey(Secret.of(apikey));
      String base = env.get("GAMESDK_PHONECHECK_BASE_URL");
      if (base != null) {
        b.baseUrl(base);
      }
      PhoneCheckClient phones = b.build();
      out.println("PhoneCheck: real service at " + phones.baseUrl() + " (one billed query)");
      signUp(phones, mobile);
      return;
    }
    try (FakePhoneCheckServer fake = FakePhoneCheckServer.start()) {
      out.println("PhoneCheck: in-process fake at " + fake.baseUrl()
          + " (set GAMESDK_PHONECHECK_APIKEY and GAMESDK_PHONECHECK_MOBILE for the real service)");
      PhoneCheckClient phones = fake.client();

      out.print("1. ");
      signUp(phones, FakePhoneCheckServer.SEED_PRIVACY_MOBILE);
      out.print("2. ");
      signUp(fake.clientBuilder().httpMethod(HttpMethod.GET).build(), FakePhoneCheckServer.SEED_NOT_PRIVACY_MOBILE);
      out.print("3. ");
      signUp(phones, "+86 " + FakePhoneCheckServer.SEED_NOT_PRIVACY_MOBILE);
      out.print("4. ");
      signUp(phones, "1881907921");

      fake.setBalance(0);
      try {
        phones.check("13812345678");
      } catch (ApiException e) {
        out.println("5. balance used up: code " + e.rawCode() + " " + e.errorCode() + " ("
            + e.category() + "), retryable " + e.category().isRetryable());
      }
      fake.reset();

      fake.failNext(Fault.TIMEOUT);
      PhoneCheckClient impatient =
          fake.clientBuilder()
              .timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2)))
              .build();
      try {
        impatient.check("13812345678");
      } catch (TransportException e) {
        out.println("6. answer lost: timed out " + e.isTimeout() + ", may have been sent "
            + e.mayHaveBeenSent() + "; sent " + fake.requestCount() + " time(s), billed "
            + fake.billedQueries());
      }
    }
  }

  /** Lets a number sign up unless it is a privacy number. */
  private void signUp(PhoneCheckClient phones, String mobile) {
    String shown = Redaction.maskPhoneNumbers(mobile);
    try {
      PhoneCheckResult r = phones.check(mobile).result();
      String where = r.province() + (r.city() == null ? "" : " " + r.city());
      out.println(Redaction.maskPhone(r.mobile()) + " (" + shown + ", " + phones.httpMethod() + "): "
          + r.status() + " / " + r.privacyStatus() + ", " + where + ", " + r.carrier() + " -> "
          + (r.isPrivacyNumber() ? "refused: privacy number" : "accepted"));
    } catch (InvalidRequestException e) {
      out.println("rejected before sending: " + e.getMessage());
    } catch (ApiException e) {
      if (e.errorCode() == PhoneCheckErrorCode.NO_INFORMATION) {
        out.println(shown + ": nothing known -> accepted");
      } else {
        out.println(shown + ": check failed: " + e.getMessage());
      }
    }
  }
}
