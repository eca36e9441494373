package io.github.gamesdk.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.qqconnect.QqConnectClient;
import io.github.gamesdk.qqconnect.model.AchieveItem;
import io.github.gamesdk.qqconnect.model.GameTag;
import io.github.gamesdk.qqconnect.model.GcAchieveReportRequest;
import io.github.gamesdk.qqconnect.model.ImmutableQcSetSummaryCardRequest;
import io.github.gamesdk.qqconnect.model.ImmutableSendShareForInnerRequest;
import io.github.gamesdk.qqconnect.model.ImmutableShareReceiver;
import io.github.gamesdk.qqconnect.model.OAuthMeRequest;
import io.github.gamesdk.qqconnect.model.QcSetSummaryCardRequest;
import io.github.gamesdk.qqconnect.model.SendShareForInnerRequest;
import io.github.gamesdk.qqconnect.model.ShareReceiver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code call qqconnect CMD --openid ID --access-token TOKEN [NAME=VALUE]...}: one call of the QQ
 * Connect server interfaces (seed 003) through {@link QqConnectClient}, printing the typed answer
 * as one line of JSON.
 *
 * <p>For the {@code cmd}s the SDK models ({@code send_share_for_inner}, {@code gc_achieve_report},
 * {@code qc_set_summary_card}) the parameters become the typed request, so that the SDK checks
 * every documented rule before anything is sent. {@code me} calls {@code graph.qq.com/oauth2.0/me}.
 * Any other {@code cmd} goes through {@link QqConnectClient#transfer} with its parameters as given.
 *
 * <p>The appid, appkey and base URL come from the environment ({@link #ENV_APPID}, {@link
 * #ENV_APPKEY}, {@link #ENV_BASE_URL}); the appkey and the access token are never printed.
 */
final class CallQqConnect {
  /** The QQ Connect appid ({@code oauth_consumer_key}); required. */
  static final String ENV_APPID = "GAMESDK_QQCONNECT_APPID";

  /** The appkey {@code sign} is computed with; required. */
  static final String ENV_APPKEY = "GAMESDK_QQCONNECT_APPKEY";

  /**
   * Scheme, host and port to use instead of the documented hosts, for both the transfer CGI and
   * graph.qq.com; optional.
   */
  static final String ENV_BASE_URL = "GAMESDK_QQCONNECT_BASE_URL";

  /** {@code CMD} for {@code graph.qq.com/oauth2.0/me}. */
  static final String ME = "me";

  /** Parameters the client sets itself and a caller must not pass. */
  private static final Set<String> RESERVED =
      set("oauth_consumer_key", "openid", "access_token", "cmd", "sign");

  private static final Set<String> SHARE_PARAMS =
      set("fopenids", "imageUrl", "targetUrl", "game_tag", "dst", "flag");
  private static final Set<String> ACHIEVE_PARAMS = set("param", "appid");
  private static final Set<String> CARD_PARAMS = set("card_id", "style_id", "version", "platform");
  private static final Set<String> ME_PARAMS = set("unionid");

  private CallQqConnect() {}

  /**
   * Runs the command.
   *
   * @param a the arguments; the one positional argument is {@code CMD}
   * @param io the streams and environment
   * @return the exit status
   */
  static int run(Args a, Io io) {
    String cmd = a.positionals().get(0);
    Secret token = Secret.of(io.secret(a.required("access-token")));
    String openid;
    if (ME.equals(cmd)) {
      if (a.has("openid")) {
        throw a.usageError("me takes no --openid: it answers the openid of the access token");
      }
      openid = null;
    } else {
      openid = a.required("openid");
    }

    String appId = io.env(ENV_APPID);
    String appKey = io.secret(io.env(ENV_APPKEY));
    String baseUrl = io.env(ENV_BASE_URL);
    if (appId == null) {
      throw a.usageError("environment variable " + ENV_APPID + " is not set");
    }
    if (appKey == null) {
      throw a.usageError("environment variable " + ENV_APPKEY + " is not set");
    }
    if (!appId.matches("[0-9]+")) {
      throw a.usageError("environment variable " + ENV_APPID + " must be the appid (digits)");
    }

    Map<String, String> p = a.params();
    // Build and validate the request before any network resource exists.
    Call call;
    switch (cmd) {
      case ME:
        call = meCall(p, token);
        break;
      case "send_share_for_inner":
        call = shareCall(p, openid, token);
        break;
      case "gc_achieve_report":
        call = achieveCall(p, openid, token, appId);
        break;
      case "qc_set_summary_card":
        call = cardCall(p, openid, token);
        break;
      default:
        call = transferCall(a, cmd, p, openid, token);
        break;
    }

    try (GameSdkHttp http = GameSdkHttp.builder().build()) {
      QqConnectClient.Builder b =
          QqConnectClient.builder().appId(appId).appKey(Secret.of(appKey)).http(http);
      if (baseUrl != null) {
        try {
          b.baseUrl(baseUrl).graphBaseUrl(baseUrl);
        } catch (InvalidRequestException e) {
          throw a.usageError(
              "environment variable "
                  + ENV_BASE_URL
                  + " must be scheme, host and port only, e.g. http://127.0.0.1:8080");
        }
      }
      Object response = call.execute(b.build());
      io.out().println(io.scrub(GameSdkJson.writeString(response)));
    }
    return GamesdkCli.EXIT_OK;
  }

  /** A validated request, ready to be sent with a client. */
  private interface Call {
    Object execute(QqConnectClient client);
  }

  private static Call meCall(Map<String, String> p, Secret token) {
    checkKnown("me", p, ME_PARAMS);
    boolean unionId = false;
    String u = p.get("unionid");
    if (u != null) {
      InvalidRequestException.check(u.equals("0") || u.equals("1"), "unionid", "must be 0 or 1");
      unionId = u.equals("1");
    }
    OAuthMeRequest r = OAuthMeRequest.builder().accessToken(token).withUnionId(unionId).build();
    return client -> client.me(r);
  }

  private static Call shareCall(Map<String, String> p, String openid, Secret token) {
    checkKnown("send_share_for_inner", p, SHARE_PARAMS);
    ImmutableSendShareForInnerRequest.Builder b =
        SendShareForInnerRequest.builder()
            .openid(openid)
            .accessToken(token)
            .fopenids(receivers(required(p, "fopenids")))
            .imageUrl(required(p, "imageUrl"))
            .targetUrl(required(p, "targetUrl"))
            .gameTag(gameTag(required(p, "game_tag")));
    if (p.containsKey("dst")) {
      b.dst(intParam(p, "dst"));
    }
    if (p.containsKey("flag")) {
      b.flag(intParam(p, "flag"));
    }
    SendShareForInnerRequest r = b.build();
    return client -> client.sendShareForInner(r);
  }

  private static Call achieveCall(
      Map<String, String> p, String openid, Secret token, String appId) {
    checkKnown("gc_achieve_report", p, ACHIEVE_PARAMS);
    String givenAppId = p.get("appid");
    InvalidRequestException.check(
        givenAppId == null || givenAppId.equals(appId),
        "appid",
        "must equal the configured appid (" + ENV_APPID + "), or be left out");
    GcAchieveReportRequest r =
        GcAchieveReportRequest.builder()
            .openid(openid)
            .accessToken(token)
            .items(achieveItems(required(p, "param")))
            .build();
    return client -> client.gcAchieveReport(r);
  }

  private static Call cardCall(Map<String, String> p, String openid, Secret token) {
    checkKnown("qc_set_summary_card", p, CARD_PARAMS);
    ImmutableQcSetSummaryCardRequest.Builder b =
        QcSetSummaryCardRequest.builder()
            .openid(openid)
            .accessToken(token)
            .cardId(required(p, "card_id"))
            .styleId(required(p, "style_id"));
    if (p.containsKey("version")) {
      b.version(p.get("version"));
    }
    if (p.containsKey("platform")) {
      b.platform(intParam(p, "platform"));
    }
    QcSetSummaryCardRequest r = b.build();
    return client -> client.qcSetSummaryCard(r);
  }

  private static Call transferCall(
      Args a, String cmd, Map<String, String> p, String openid, Secret token) {
    for (String name : p.keySet()) {
      if (RESERVED.contains(name)) {
        throw a.usageError(
            "parameter "
                + name
                + " is set by the tool (from --openid, --access-token, CMD and the environment)");
      }
    }
    InvalidRequestException.check(
        cmd.matches("[A-Za-z0-9_]+"), "cmd", "must be letters, digits or _");
    return client -> client.transfer(cmd, openid, token, p);
  }

  private static void checkKnown(String cmd, Map<String, String> p, Set<String> allowed) {
    for (String name : p.keySet()) {
      if (!allowed.contains(name)) {
        throw new InvalidRequestException(
            name.matches("[A-Za-z0-9_.]{1,40}") ? name : "parameter",
            "not a parameter of " + cmd + "; it takes " + String.join(", ", allowed));
      }
    }
  }

  private static String required(Map<String, String> p, String name) {
    String v = p.get(name);
    InvalidRequestException.check(v != null, name, "required");
    return v;
  }

  private static int intParam(Map<String, String> p, String name) {
    String v = p.get(name);
    InvalidRequestException.check(v.matches("-?[0-9]{1,9}"), name, "must be a whole number");
    return Integer.parseInt(v);
  }

  private static GameTag gameTag(String v) {
    for (GameTag t : GameTag.values()) {
      if (t.name().equals(v)) {
        return t;
      }
    }
    List<String> names = new ArrayList<>();
    for (GameTag t : GameTag.values()) {
      names.add(t.name());
    }
    throw new InvalidRequestException("game_tag", "must be one of " + String.join(", ", names));
  }

  /**
   * {@code fopenids}: a JSON array of {@code {"openid":"...","type":0}} objects, as on the wire
   * (seed 003 line 982); a bare openid string stands for a receiver of type 0.
   */
  private static List<ShareReceiver> receivers(String json) {
    String rule = "must be a JSON array of {\"openid\":\"...\",\"type\":0} objects";
    JsonNode array = parseJson(json, "fopenids", rule);
    InvalidRequestException.check(array.isArray(), "fopenids", rule);
    List<ShareReceiver> out = new ArrayList<>();
    for (JsonNode e : array) {
      if (e.isTextual()) {
        out.add(ShareReceiver.of(e.asText()));
        continue;
      }
      InvalidRequestException.check(e.isObject(), "fopenids", rule);
      checkFields(e, "fopenids", "openid", "type");
      JsonNode openid = e.get("openid");
      JsonNode type = e.get("type");
      InvalidRequestException.check(
          openid != null && openid.isTextual(), "fopenids.openid", "required, a string");
      ImmutableShareReceiver.Builder b = ImmutableShareReceiver.builder().openid(openid.asText());
      if (type != null) {
        InvalidRequestException.check(
            type.isIntegralNumber() && type.canConvertToInt(),
            "fopenids.type",
            "must be a whole number");
        b.type(type.asInt());
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * {@code param} of {@code gc_achieve_report}: {@code {"total":N,"list":[{"type":..,"data":"..",
   * "bcover":..,"expires":..}]}} as on the wire (seed 003 line 1700); {@code total}, when given,
   * must be the number of items, {@code bcover} defaults to 1 and {@code expires} to 0.
   */
  private static List<AchieveItem> achieveItems(String json) {
    String rule = "must be a JSON object {\"total\":N,\"list\":[{\"type\":..,\"data\":\"..\"}]}";
    JsonNode param = parseJson(json, "param", rule);
    InvalidRequestException.check(param.isObject(), "param", rule);
    checkFields(param, "param", "total", "list");
    JsonNode list = param.get("list");
    InvalidRequestException.check(
        list != null && list.isArray(), "param.list", "required, an array");
    JsonNode total = param.get("total");
    if (total != null) {
      InvalidRequestException.check(
          total.isIntegralNumber() && total.asLong() == list.size(),
          "param.total",
          "must be the number of items in param.list");
    }
    List<AchieveItem> items = new ArrayList<>();
    for (JsonNode e : list) {
      InvalidRequestException.check(e.isObject(), "param.list", "items must be JSON objects");
      checkFields(e, "param.list", "type", "data", "bcover", "expires");
      JsonNode type = e.get("type");
      JsonNode data = e.get("data");
      JsonNode bcover = e.get("bcover");
      JsonNode expires = e.get("expires");
      InvalidRequestException.check(
          type != null && type.isIntegralNumber() && type.canConvertToInt(),
          "param.list.type",
          "required, a whole number");
      InvalidRequestException.check(
          data != null && (data.isTextual() || data.isNumber()),
          "param.list.data",
          "required, a string");
      boolean overwrite = true;
      if (bcover != null) {
        InvalidRequestException.check(
            bcover.isIntegralNumber() && (bcover.asInt() == 0 || bcover.asInt() == 1),
            "param.list.bcover",
            "must be 0 or 1");
        overwrite = bcover.asInt() == 1;
      }
      long expiresAt = 0;
      if (expires != null) {
        InvalidRequestException.check(
            expires.isIntegralNumber() && expires.canConvertToLong(),
            "param.list.expires",
            "must be 0 or a Unix time");
        expiresAt = expires.asLong();
      }
      items.add(AchieveItem.custom(type.asInt(), data.asText(), overwrite, expiresAt));
    }
    return items;
  }

  private static JsonNode parseJson(String json, String field, String rule) {
    try {
      JsonNode n =
          GameSdkJson.mapper()
              .readerFor(JsonNode.class)
              .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readValue(json);
      InvalidRequestException.check(n != null && !n.isMissingNode(), field, rule);
      return n;
    } catch (IOException e) {
      throw new InvalidRequestException(field, rule);
    }
  }

  private static void checkFields(JsonNode object, String field, String... allowed) {
    List<String> names = Arrays.asList(allowed);
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      InvalidRequestException.check(
          names.contains(name), field, "unknown field; allowed: " + String.join(", ", names));
    }
  }

  private static Set<String> set(String... names) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names)));
  }
}
