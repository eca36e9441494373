package io.github.gamesdk.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.http.GameSdkHttp;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.core.log.Redaction;
import io.github.gamesdk.msdk.MsdkAuthModule;
import io.github.gamesdk.msdk.MsdkClient;
import io.github.gamesdk.msdk.MsdkEndpoint;
import io.github.gamesdk.msdk.MsdkEndpoints;
import io.github.gamesdk.msdk.model.MsdkRequest;
import io.github.gamesdk.msdk.model.MsdkResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code call msdk MODULE/INTERFACE --openid ID [--body JSON|@FILE] [--encrypt] [NAME=VALUE]...}:
 * one call of the MSDK game backend (seed 004) through {@link MsdkClient}, printing the typed
 * answer as one line of JSON.
 *
 * <p>The call is looked up by name in {@link MsdkEndpoints} ({@code wxoauth/...} selects the {@code
 * wxoauth} spelling of the login module), so every call the SDK has works here without a change to
 * the tool. The body ({@code --body} and the {@code NAME=VALUE} parameters, merged) is read into
 * the call's typed request model before anything is sent: an unknown field, a missing one, a value
 * of the wrong kind or a broken documented limit is an invalid request (exit 2). The model then
 * writes the body with exactly the seed's JSON types, so {@code appid=100703379} becomes a number
 * where the seed wants one.
 *
 * <p>The appid, key and base URL come from the environment ({@link #ENV_APPID}, {@link
 * #ENV_MSDKKEY} or {@link #ENV_APPKEY}, {@link #ENV_BASE_URL}); keys and the tokens of the body are
 * never printed.
 */
final class CallMsdk {
  /** The game's appid, the {@code appid} query parameter; required. */
  static final String ENV_APPID = "GAMESDK_MSDK_APPID";

  /** The msdkkey, for {@code sig = md5(msdkkey + timestamp)}, {@code encode=2}. */
  static final String ENV_MSDKKEY = "GAMESDK_MSDK_MSDKKEY";

  /** The appkey, for {@code sig = md5(appkey + timestamp)}, {@code encode=1}. */
  static final String ENV_APPKEY = "GAMESDK_MSDK_APPKEY";

  /** Scheme, host and port to use instead of the production HTTPS host; optional. */
  static final String ENV_BASE_URL = "GAMESDK_MSDK_BASE_URL";

  private CallMsdk() {}

  /**
   * Runs the command.
   *
   * @param a the arguments; the one positional argument is {@code MODULE/INTERFACE}
   * @param io the streams and environment
   * @return the exit status
   */
  static int run(Args a, Io io) {
    String name = a.positionals().get(0);
    MsdkEndpoint<?, ?> endpoint = MsdkEndpoints.find(name);
    if (endpoint == null) {
      List<String> known = new ArrayList<>();
      for (MsdkEndpoint<?, ?> e : MsdkEndpoints.all()) {
        known.add(e.name());
      }
      throw a.usageError(
          "unknown MSDK call "
              + (name.matches("[A-Za-z0-9_/]{1,60}") ? name : "(not shown)")
              + "; known: "
              + String.join(", ", known));
    }
    boolean wxoauth = name.replaceAll("^/+", "").startsWith(MsdkAuthModule.WXOAUTH.pathName() + "/");
    String openid = a.required("openid");

    String appId = io.env(ENV_APPID);
    String msdkKey = io.secret(io.env(ENV_MSDKKEY));
    String appKey = io.secret(io.env(ENV_APPKEY));
    String baseUrl = io.env(ENV_BASE_URL);
    if (appId == null) {
      throw a.usageError("environment variable " + ENV_APPID + " is not set");
    }
    if ((msdkKey == null) == (appKey == null)) {
      throw a.usageError(
          "set exactly one of " + ENV_MSDKKEY + " (encode=2) and " + ENV_APPKEY + " (encode=1)");
    }

    ObjectNode body = body(a, io);
    // Build and validate the request before any network resource exists.
    MsdkRequest request = typed(endpoint, body);

    try (GameSdkHttp http = GameSdkHttp.builder().build()) {
      MsdkClient.Builder b = MsdkClient.builder().http(http);
      try {
        b.appId(appId);
      } catch (InvalidRequestException e) {
        throw a.usageError("environment variable " + ENV_APPID + " must be letters, digits or _");
      }
      if (msdkKey != null) {
        b.msdkKey(Secret.of(msdkKey));
      } else {
        b.appKey(Secret.of(appKey));
      }
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
      if (wxoauth) {
        b.authModule(MsdkAuthModule.WXOAUTH);
      }
      b.msdktea(a.flag("encrypt"));
      MsdkResponse response = call(b.build(), endpoint, openid, request);
      io.out().println(io.scrub(GameSdkJson.writeString(response)));
    }
    return GamesdkCli.EXIT_OK;
  }

  private static <Q extends MsdkRequest, R extends MsdkResponse> R call(
      MsdkClient client, MsdkEndpoint<Q, R> endpoint, String openid, MsdkRequest request) {
    return client.call(endpoint, openid, endpoint.requestType().cast(request));
  }

  /**
   * The body: {@code --body} (JSON, or {@code @FILE}) with the {@code NAME=VALUE} parameters added;
   * a value that starts with {@code [} or <code>{</code> is read as JSON, any other as a string
   * (the model turns {@code "1"} into {@code 1} where the seed wants a number). Token values are
   * registered so that they are scrubbed from what is printed.
   */
  private static ObjectNode body(Args a, Io io) {
    ObjectNode body;
    String given = a.option("body");
    if (given == null) {
      body = JsonNodeFactory.instance.objectNode();
    } else {
      String text = given.startsWith("@") ? readFile(a, given.substring(1)) : given;
      JsonNode n = parse(text);
      InvalidRequestException.check(n != null && n.isObject(), "body", "must be a JSON object");
      body = (ObjectNode) n;
    }
    for (Map.Entry<String, String> p : a.params().entrySet()) {
      String field = p.getKey();
      if (body.has(field)) {
        throw a.usageError("field " + safe(field) + " is given in both --body and NAME=VALUE");
      }
      String v = p.getValue();
      JsonNode json = v.startsWith("[") || v.startsWith("{") ? parse(v) : null;
      if ((v.startsWith("[") || v.startsWith("{")) && json == null) {
        throw new InvalidRequestException(safe(field), "starts like JSON but is not valid JSON");
      }
      if (json != null) {
        body.set(field, json);
      } else {
        body.put(field, v);
      }
    }
    registerSecrets(body, io);
    return body;
  }

  private static void registerSecrets(JsonNode node, Io io) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        String key = f.getKey();
        if ((Redaction.isSecretName(key) || key.equalsIgnoreCase("secret")) && f.getValue().isValueNode()) {
          io.secret(f.getValue().asText());
        } else if (f.getValue().isContainerNode()) {
          registerSecrets(f.getValue(), io);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode e : node) {
        registerSecrets(e, io);
      }
    }
  }

  private static String readFile(Args a, String path) {
    try {
      return new String(Files.readAllBytes(Paths.get(path)), StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException e) {
      throw a.usageError("cannot read the --body file (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static JsonNode parse(String text) {
    try {
      return GameSdkJson.mapper()
          .readerFor(JsonNode.class)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readValue(text);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Reads the body into the call's request model, strictly about field names: a field the model
   * lacks is an error. Builder failures (a missing field, a broken limit) come out as the
   * model's own {@link InvalidRequestException}.
   */
  static MsdkRequest typed(MsdkEndpoint<?, ?> endpoint, ObjectNode body) {
    try {
      return GameSdkJson.mapper()
          .readerFor(endpoint.requestType())
          .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(body);
    } catch (IOException | RuntimeException e) {
      InvalidRequestException cause = causeOf(e);
      if (cause != null) {
        throw cause;
      }
      throw explain(endpoint, e);
    }
  }

  private static InvalidRequestException causeOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidRequestException) {
        return (InvalidRequestException) t;
      }
    }
    return null;
  }

  private static InvalidRequestException explain(MsdkEndpoint<?, ?> endpoint, Exception e) {
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      List<String> known = new ArrayList<>();
      for (Object o : u.getKnownPropertyIds()) {
        known.add(String.valueOf(o));
      }
      return new InvalidRequestException(
          safe(u.getPropertyName()),
          "not a field of " + endpoint.name() + "; it takes " + String.join(", ", known));
    }
    String field = "body";
    if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (JsonMappingException.Reference r : ((JsonMappingException) e).getPath()) {
        if (r.getFieldName() != null) {
          path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
        }
      }
      if (path.length() > 0) {
        field = safe(path.toString());
      }
    }
    if (e instanceof InvalidFormatException && ((InvalidFormatException) e).getTargetType().isEnum()) {
      List<String> values = new ArrayList<>();
      for (Object c : ((InvalidFormatException) e).getTargetType().getEnumConstants()) {
        values.add(GameSdkJson.writeString(c).replace("\"", ""));
      }
      return new InvalidRequestException(field, "must be one of " + String.join(", ", values));
    }
    if (e instanceof JsonMappingException) {
      return new InvalidRequestException(field, "has a value of the wrong kind for " + endpoint.name());
    }
    return new InvalidRequestException(field, "cannot be read as the request of " + endpoint.name());
  }

  private static String safe(String name) {
    return name != null && name.matches("[A-Za-z0-9_.\\[\\]]{1,60}") ? name : "field";
  }
}
