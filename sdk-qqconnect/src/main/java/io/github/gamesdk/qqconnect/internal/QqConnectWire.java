package io.github.gamesdk.qqconnect.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.http.Endpoint;
import io.github.gamesdk.core.http.HttpErrors;
import io.github.gamesdk.core.http.ResponseHandler;
import io.github.gamesdk.core.http.WireRequest;
import io.github.gamesdk.core.http.WireResponse;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.core.log.Redaction;
import io.github.gamesdk.core.sign.QqConnectSigner;
import io.github.gamesdk.qqconnect.QqConnectEndpoints;
import io.github.gamesdk.qqconnect.QqConnectErrorCode;
import io.github.gamesdk.qqconnect.model.AchieveItem;
import io.github.gamesdk.qqconnect.model.GcAchieveReportRequest;
import io.github.gamesdk.qqconnect.model.OAuthMeRequest;
import io.github.gamesdk.qqconnect.model.OAuthMeResponse;
import io.github.gamesdk.qqconnect.model.QcSetSummaryCardRequest;
import io.github.gamesdk.qqconnect.model.SendShareForInnerRequest;
import io.github.gamesdk.qqconnect.model.TransferCgiResponse;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import okhttp3.HttpUrl;

/**
 * The wire form of QQ Connect calls: query parameters, {@code sign}, URLs, and reading the
 * answers. Not public API.
 */
public final class QqConnectWire {
  private final String appId;
  private final QqConnectSigner signer;
  private final HttpUrl transferUrl;
  private final HttpUrl graphMeUrl;
  private final String jsonpCallback;

  /**
   * Creates the wire mapping of one client.
   *
   * @param appId {@code oauth_consumer_key}
   * @param appKey the key of {@code sign}
   * @param baseUrl scheme, host and port of the transfer CGI
   * @param graphBaseUrl scheme, host and port of graph.qq.com
   * @param jsonpCallback when not {@code null}, sends {@code format=jsonp&callback=...}
   */
  public QqConnectWire(
      String appId, Secret appKey, HttpUrl baseUrl, HttpUrl graphBaseUrl, String jsonpCallback) {
    this.appId = Objects.requireNonNull(appId, "appId");
    this.signer = QqConnectSigner.of(appKey);
    this.transferUrl = baseUrl.resolve(QqConnectEndpoints.TRANSFER_PATH);
    this.graphMeUrl = graphBaseUrl.resolve(QqConnectEndpoints.OAUTH2_ME.path());
    this.jsonpCallback = jsonpCallback;
  }

  /**
   * The call-specific parameters of {@code send_share_for_inner}.
   *
   * @param r the request
   * @return the parameters
   */
  public static Map<String, String> params(SendShareForInnerRequest r) {
    Map<String, String> p = new TreeMap<>();
    p.put("fopenids", GameSdkJson.writeString(r.fopenids()));
    p.put("imageUrl", r.imageUrl());
    p.put("targetUrl", r.targetUrl());
    p.put("game_tag", r.gameTag().name());
    p.put("dst", Integer.toString(r.dst()));
    p.put("flag", Integer.toString(r.flag()));
    return p;
  }

  /**
   * The call-specific parameters of {@code gc_achieve_report}: {@code appid} and {@code param}.
   *
   * @param r the request
   * @param appId the game's appid
   * @return the parameters
   */
  public static Map<String, String> params(GcAchieveReportRequest r, String appId) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode param = f.objectNode();
    param.put("total", r.items().size());
    ArrayNode list = param.putArray("list");
    for (AchieveItem item : r.items()) {
      ObjectNode o = list.addObject();
      o.put("type", item.type());
      o.put("data", item.data());
      o.put("bcover", item.overwrite() ? 1 : 0);
      o.put("expires", item.expires());
    }
    Map<String, String> p = new TreeMap<>();
    p.put("appid", appId);
    p.put("param", GameSdkJson.writeString(param));
    return p;
  }

  /**
   * The call-specific parameters of {@code qc_set_summary_card}.
   *
   * @param r the request
   * @return the parameters
   */
  public static Map<String, String> params(QcSetSummaryCardRequest r) {
    Map<String, String> p = new TreeMap<>();
    p.put("card_id", r.cardId());
    p.put("style_id", r.styleId());
    if (r.version() != null) {
      p.put("version", r.version());
    }
    if (r.platform() != null) {
      p.put("platform", r.platform().toString());
    }
    return p;
  }

  /**
   * The client's appid ({@code oauth_consumer_key}).
   *
   * @return the appid
   */
  public String appId() {
    return appId;
  }

  /**
   * Every parameter of a transfer-CGI call, {@code sign} included, sorted by name.
   *
   * @param cmd the {@code cmd}
   * @param openid {@code openid}
   * @param accessToken {@code access_token}
   * @param callParams the call-specific parameters
   * @return the signed parameters
   */
  public Map<String, String> signedParams(
      String cmd, String openid, Secret accessToken, Map<String, String> callParams) {
    Map<String, String> p = new TreeMap<>(callParams);
    p.put("oauth_consumer_key", appId);
    p.put("openid", openid);
    p.put("access_token", accessToken.reveal());
    p.put("cmd", cmd);
    if (jsonpCallback != null) {
      p.put("format", "jsonp");
      p.put("callback", jsonpCallback);
    }
    p.remove("sign");
    p.put("sign", signer.sign(p).signature());
    return p;
  }

  /**
   * A signed transfer-CGI request.
   *
   * @param cmd the {@code cmd}
   * @param openid {@code openid}
   * @param accessToken {@code access_token}
   * @param callParams the call-specific parameters
   * @return the GET request
   */
  public WireRequest transferRequest(
      String cmd, String openid, Secret accessToken, Map<String, String> callParams) {
    HttpUrl.Builder url = transferUrl.newBuilder();
    for (Map.Entry<String, String> e : signedParams(cmd, openid, accessToken, callParams).entrySet()) {
      url.addQueryParameter(e.getKey(), e.getValue());
    }
    return WireRequest.get(url.build());
  }

  /**
   * The {@code oauth2.0/me} request. {@code fmt=json} asks for plain JSON; JSONP is read too.
   *
   * @param r the request
   * @return the GET request
   */
  public WireRequest meRequest(OAuthMeRequest r) {
    HttpUrl.Builder url =
        graphMeUrl.newBuilder().addQueryParameter("access_token", r.accessToken().reveal());
    if (r.withUnionId()) {
      url.addQueryParameter("unionid", "1");
    }
    url.addQueryParameter("fmt", "json");
    return WireRequest.get(url.build());
  }

  /**
   * Reads a transfer-CGI answer: success only when {@code ret} and {@code data.ret} are both 0.
   *
   * @param <T> the response type
   * @param endpoint the endpoint called
   * @param type the response class
   * @return the handler
   */
  public static <T extends TransferCgiResponse> ResponseHandler<T> transferHandler(
      Endpoint endpoint, Class<T> type) {
    return resp -> {
      if (!resp.isSuccessful()) {
        throw statusError(endpoint, resp, "ret", "msg");
      }
      T r = GameSdkJson.read(resp.body(), type, endpoint.vendor(), endpoint.name(), resp.status());
      if (r.ret() != 0) {
        throw apiError(endpoint, r.ret(), r.msg(), resp.status());
      }
      if (r.data() != null && r.data().ret() != 0) {
        throw apiError(endpoint, r.data().ret(), r.data().msg(), resp.status());
      }
      return r;
    };
  }

  /**
   * Reads an {@code oauth2.0/me} answer (JSON or JSONP); {@code error} becomes an {@link
   * ApiException}.
   *
   * @return the handler
   */
  public static ResponseHandler<OAuthMeResponse> meHandler() {
    Endpoint ep = QqConnectEndpoints.OAUTH2_ME;
    return resp -> {
      if (!resp.isSuccessful()) {
        throw statusError(ep, resp, "error", "error_description");
      }
      JsonNode tree =
          GameSdkJson.readTree(resp.body(), resp.charset(), ep.vendor(), ep.name(), resp.status());
      JsonNode error = tree.get("error");
      if (error != null && !error.isNull() && error.asLong(0) != 0) {
        throw apiError(ep, error.asLong(), tree.path("error_description").asText(""), resp.status());
      }
      return GameSdkJson.convert(
          tree, OAuthMeResponse.class, resp.body(), ep.vendor(), ep.name(), resp.status());
    };
  }

  private static RuntimeException statusError(
      Endpoint endpoint, WireResponse resp, String codeField, String msgField) {
    return HttpErrors.statusError(
        endpoint,
        resp,
        r -> {
          JsonNode tree =
              GameSdkJson.readTree(r.body(), r.charset(), endpoint.vendor(), endpoint.name(), r.status());
          JsonNode code = tree.get(codeField);
          return code != null && code.canConvertToLong() && code.asLong() != 0
              ? apiError(endpoint, code.asLong(), tree.path(msgField).asText(""), r.status())
              : null;
        });
  }

  private static ApiException apiError(Endpoint endpoint, long code, String msg, int status) {
    return new ApiException(
        endpoint.vendor(),
        endpoint.name(),
        code,
        Redaction.redact(msg),
        QqConnectErrorCode.of(code),
        status);
  }
}
