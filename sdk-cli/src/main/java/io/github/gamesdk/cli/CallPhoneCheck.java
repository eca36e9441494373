package io.github.gamesdk.cli;

import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.phonecheck.PhoneCheckClient;
import io.github.gamesdk.phonecheck.model.PhoneCheckRequest;
import io.github.gamesdk.phonecheck.model.PhoneCheckResponse;

/**
 * {@code call phonecheck MOBILE [--get]}: one query of the QXT phone check (seed 001, {@code
 * /ssPhone_Privacy}) through {@link PhoneCheckClient}, printing the typed answer as one line of
 * JSON.
 *
 * <p>The number is checked and normalized by the SDK before anything is sent (exit 2 otherwise).
 * The query goes by POST unless {@code --get} is given. Each query is billed by the vendor; the
 * tool does not send it again once it may have reached the server.
 *
 * <p>The apikey and base URL come from the environment ({@link #ENV_APIKEY}, {@link
 * #ENV_BASE_URL}); the apikey is never printed.
 */
final class CallPhoneCheck {
  /** The account's apikey; required. */
  static final String ENV_APIKEY = "GAMESDK_PHONECHECK_APIKEY";

  /**
   * Scheme, host and port to use instead of {@code https://ps.szqxt.com}; the SDK appends {@code
   * /ssPhone_Privacy}. Optional.
   */
  static final String ENV_BASE_URL = "GAMESDK_PHONECHECK_BASE_URL";

  private CallPhoneCheck() {}

  /**
   * Runs the command.
   *
   * @param a the arguments; the one positional argument is {@code MOBILE}
   * @param io the streams and environment
   * @return the exit status
   */
  static int run(Args a, Io io) {
    String apikey = io.secret(io.env(ENV_APIKEY));
    String baseUrl = io.env(ENV_BASE_URL);
    if (apikey == null) {
      throw a.usageError("environment variable " + ENV_APIKEY + " is not set");
    }
    // Build and validate the request before any network resource exists.
    PhoneCheckRequest request = PhoneCheckRequest.of(a.positionals().get(0));

    try (GameSdkHttp http = GameSdkHttp.builder().build()) {
      PhoneCheckClient.Builder b =
          PhoneCheckClient.builder()
              .apikey(Secret.of(apikey))
              .http(http)
              .httpMethod(a.flag("get") ? HttpMethod.GET : HttpMethod.POST);
      if (baseUrl != null) {
        try {
          b.baseUrl(baseUrl);
        } catch (InvalidRequestException e) {
          throw a.usageError(
              "environment variable "
                  + ENV_BASE_URL
                  + " must be scheme, host and port only, e.g. http://127.0.0.1:8080");
        }
      }
      PhoneCheckResponse response = b.build().check(request);
      io.out().println(io.scrub(GameSdkJson.writeString(response)));
    }
    return GamesdkCli.EXIT_OK;
  }
}
