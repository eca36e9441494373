package io.github.gamesdk.testkit.msdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link FakeMsdkServer} expects of one MSDK call and answers by default: the call's name
 * ({@code module/interface}), its HTTP method, the JSON type of each body field (or query parameter
 * of a GET call) with its required flag and documented limits, and the seed's example answer.
 * Written from the tables of seed 004 independently of the SDK's models, so that a model that
 * drifts from the seed is caught by the fake.
 *
 * <p>Every broken rule is answered as MSDK does: HTTP 200 with {@code
 * {"ret":-1011,"msg":"..."}} ("a body parameter is empty or has the wrong int/string type",
 * reference (b)), unless a rule names another answer (for example {@code /share/qq} answers a
 * too-long title with {@code ret:-10000, msg "103,..."}, MSDK wiki FAQ item 7).
 *
 * <pre>{@code
 * MsdkContract.post("auth/verify_login")
 *     .required("appid", Kind.INT).required("openid", Kind.STRING)
 *     .required("openkey", Kind.STRING).required("userip", Kind.STRING)
 *     .answer("{\"ret\":0,\"msg\":\"user is logged in\"}")
 *     .build();
 * }</pre>
 */
public final class MsdkContract {
  /** The ret the fake answers to a body that breaks the contract (reference (b)). */
  public static final int PARAM_ERROR = -1011;

  /** The JSON type of a field, as the seed's tables name them. */
  public enum Kind {
    /** {@code int} / {@code uint}: a JSON integer (in a GET query: decimal digits). */
    INT,
    /** {@code string}: a JSON string. */
    STRING,
    /** {@code array} / {@code vector}: a JSON array. */
    ARRAY,
    /** {@code object} / {@code json}: a JSON object. */
    OBJECT
  }

  /** A broken rule and how the fake answers it. */
  public static final class Problem {
    private final int ret;
    private final String msg;

    private Problem(int ret, String msg) {
      this.ret = ret;
      this.msg = Objects.requireNonNull(msg, "msg");
    }

    /**
     * A problem answered with {@value MsdkContract#PARAM_ERROR}.
     *
     * @param msg what is wrong
     * @return the problem
     */
    public static Problem paramError(String msg) {
      return new Problem(PARAM_ERROR, msg);
    }

    /**
     * A problem answered with another {@code ret}.
     *
     * @param ret the {@code ret} to answer
     * @param msg the {@code msg} to answer
     * @return the problem
     */
    public static Problem of(int ret, String msg) {
      return new Problem(ret, msg);
    }

    /**
     * The {@code ret} the fake answers.
     *
     * @return the code
     */
    public int ret() {
      return ret;
    }

    /**
     * The {@code msg} the fake answers.
     *
     * @return the message
     */
    public String msg() {
      return msg;
    }

    @Override
    public String toString() {
      return ret + ": " + msg;
    }
  }

  /** A rule on one field's value, checked after its presence and JSON type. */
  @FunctionalInterface
  public interface Rule {
    /**
     * Checks a value.
     *
     * @param value the field's value (for a GET call, a text node)
     * @return the problem, or {@code null} when the value keeps the rule
     */
    @Nullable
    Problem check(JsonNode value);
  }

  /** A rule on the whole body, for rules that tie fields together. */
  @FunctionalInterface
  public interface BodyRule {
    /**
     * Checks a body.
     *
     * @param body the JSON object (for a GET call, the query parameters as text nodes)
     * @return the problem, or {@code null} when the body keeps the rule
     */
    @Nullable
    Problem check(JsonNode body);
  }

  private final String name;
  private final String method;
  private final Map<String, Field> fields;
  private final Map<String, Boolean> queryParams;
  private final List<BodyRule> bodyRules;
  private final String answer;

  private MsdkContract(Builder b) {
    this.name = b.name;
    this.method = b.method;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(b.fields));
    this.queryParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParams));
    this.bodyRules = Collections.unmodifiableList(new ArrayList<>(b.bodyRules));
    this.answer = b.answer;
  }

  /**
   * A POST call with a JSON body.
   *
   * @param name {@code module/interface}, for example {@code auth/verify_login}
   * @return the builder
   */
  public static Builder post(String name) {
    return new Builder(name, "POST");
  }

  /**
   * A GET call whose fields are query parameters.
   *
   * @param name {@code module/interface}, for example {@code profile/get_xinyue_super}
   * @return the builder
   */
  public static Builder get(String name) {
    return new Builder(name, "GET");
  }

  /**
   * The call's name.
   *
   * @return {@code module/interface}
   */
  public String name() {
    return name;
  }

  /**
   * The HTTP method.
   *
   * @return {@code POST} or {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The default answer: the seed's example.
   *
   * @return JSON text
   */
  public String answer() {
    return answer;
  }

  /**
   * The names of the body fields (or GET parameters) the contract knows.
   *
   * @return the names, in the seed's order
   */
  public List<String> fieldNames() {
    return Collections.unmodifiableList(new ArrayList<>(fields.keySet()));
  }

  /**
   * Checks the call-specific query parameters of a POST call (fields the seed puts in the URL).
   *
   * @param query the query parameters
   * @return the first problem, or {@code null}
   */
  @Nullable
  Problem checkQuery(Map<String, String> query) {
    for (Map.Entry<String, Boolean> q : queryParams.entrySet()) {
      String v = query.get(q.getKey());
      if (q.getValue() && (v == null || v.isEmpty())) {
        return Problem.paramError("missing query parameter " + q.getKey());
      }
    }
    return null;
  }

  /**
   * Checks a body (or the parameters of a GET call as an object of text nodes).
   *
   * @param body the JSON object
   * @return the first problem, or {@code null}
   */
  @Nullable
  Problem checkBody(JsonNode body) {
    boolean query = method.equals("GET");
    for (Field f : fields.values()) {
      JsonNode v = body.get(f.name);
      if (v == null || v.isNull()) {
        if (f.required) {
          return Problem.paramError("missing required parameter " + f.name);
        }
        continue;
      }
      String typeProblem = query ? f.queryTypeProblem(v) : f.typeProblem(v);
      if (typeProblem != null) {
        return Problem.paramError(typeProblem);
      }
      if (f.required && v.isTextual() && v.asText().isEmpty()) {
        // reference (b) -1011: "a body parameter is empty or has the wrong int/string type"
        return Problem.paramError("required parameter " + f.name + " is empty");
      }
      for (Rule r : f.rules) {
        Problem p = r.check(v);
        if (p != null) {
          return p;
        }
      }
    }
    for (BodyRule r : bodyRules) {
      Problem p = r.check(body);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "MsdkContract{" + method + " /" + name + " " + fields.keySet() + "}";
  }

  /** One field of the contract. */
  private static final class Field {
    final String name;
    final Kind kind;
    final boolean required;
    final List<Rule> rules = new ArrayList<>();

    Field(String name, Kind kind, boolean required) {
      this.name = name;
      this.kind = kind;
      this.required = required;
    }

    @Nullable
    String typeProblem(JsonNode v) {
      switch (kind) {
        case INT:
          return v.isIntegralNumber() ? null : name + " must be a JSON number (int), not " + type(v);
        case STRING:
          return v.isTextual() ? null : name + " must be a JSON string, not " + type(v);
        case ARRAY:
          return v.isArray() ? null : name + " must be a JSON array, not " + type(v);
        case OBJECT:
          return v.isObject() ? null : name + " must be a JSON object, not " + type(v);
        default:
          throw new AssertionError(kind);
      }
    }

    @Nullable
    String queryTypeProblem(JsonNode v) {
      if (kind == Kind.INT && !v.asText().matches("-?[0-9]+")) {
        return name + " must be a whole number";
      }
      return null;
    }

    private static String type(JsonNode v) {
      if (v.isTextual()) {
        return "a string";
      }
      if (v.isNumber()) {
        return "a number";
      }
      if (v.isArray()) {
        return "an array";
      }
      if (v.isObject()) {
        return "an object";
      }
      return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Builds a {@link MsdkContract}. */
  public static final class Builder {
    private final String name;
    private final String method;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, Boolean> queryParams = new LinkedHashMap<>();
    private final List<BodyRule> bodyRules = new ArrayList<>();
    private String answer = "{\"ret\":0,\"msg\":\"success\"}";

    private Builder(String name, String method) {
      if (name == null || !name.matches("[a-z]+/[a-z0-9_]+")) {
        throw new IllegalArgumentException("name must be module/interface, e.g. auth/verify_login");
      }
      this.name = name;
      this.method = method;
    }

    /**
     * A required field; a required string must not be empty either.
     *
     * @param field the vendor's name
     * @param kind its JSON type
     * @return this builder
     */
    public Builder required(String field, Kind kind) {
      fields.put(field, new Field(field, kind, true));
      return this;
    }

    /**
     * An optional field: checked only when present (and not {@code null}).
     *
     * @param field the vendor's name
     * @param kind its JSON type
     * @return this builder
     */
    public Builder optional(String field, Kind kind) {
      fields.put(field, new Field(field, kind, false));
      return this;
    }

    /**
     * A rule on a field declared before.
     *
     * @param field the vendor's name
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(String field, Rule rule) {
      Field f = fields.get(field);
      if (f == null) {
        throw new IllegalArgumentException("declare " + field + " before its rules");
      }
      f.rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * A rule on the whole body.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder bodyRule(BodyRule rule) {
      bodyRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * A string field has at most {@code max} UTF-8 bytes.
     *
     * @param field the vendor's name
     * @param max the limit
     * @return this builder
     */
    public Builder maxBytes(String field, int max) {
      return rule(
          field,
          v -> {
            int n = v.asText().getBytes(StandardCharsets.UTF_8).length;
            return n <= max
                ? null
                : Problem.paramError(field + " has " + n + " bytes, more than " + max);
          });
    }

    /**
     * A string field has at most {@code max} UTF-8 bytes, else the given answer.
     *
     * @param field the vendor's name
     * @param max the limit
     * @param ret the {@code ret} to answer
     * @param msg the {@code msg} to answer
     * @return this builder
     */
    public Builder maxBytes(String field, int max, int ret, String msg) {
      return rule(
          field,
          v -> v.asText().getBytes(StandardCharsets.UTF_8).length <= max ? null : Problem.of(ret, msg));
    }

    /**
     * A field takes only the given values (compared as text).
     *
     * @param field the vendor's name
     * @param allowed the values
     * @return this builder
     */
    public Builder values(String field, String... allowed) {
      List<String> ok = java.util.Arrays.asList(allowed);
      return rule(
          field,
          v ->
              ok.contains(v.asText())
                  ? null
                  : Problem.paramError(field + " must be one of " + String.join(", ", ok)));
    }

    /**
     * An array field has between {@code min} and {@code max} entries.
     *
     * @param field the vendor's name
     * @param min the least count
     * @param max the largest count
     * @return this builder
     */
    public Builder size(String field, int min, int max) {
      return rule(
          field,
          v ->
              v.size() >= min && v.size() <= max
                  ? null
                  : Problem.paramError(
                      field + " has " + v.size() + " entries, allowed " + min + ".." + max));
    }

    /**
     * A query parameter of a POST call, besides the fixed ones (the seed puts some call fields in
     * the URL, for example {@code access_token} of {@code /relation/wx_mini_send_msg}).
     *
     * @param name the parameter
     * @param required whether it must be present and not empty
     * @return this builder
     */
    public Builder queryParam(String name, boolean required) {
      queryParams.put(name, required);
      return this;
    }

    /**
     * The default answer, the seed's example (comments and typographic quotes removed).
     *
     * @param json a JSON object
     * @return this builder
     */
    public Builder answer(String json) {
      this.answer = Objects.requireNonNull(json, "json");
      return this;
    }

    /**
     * Builds the contract.
     *
     * @return the contract
     */
    public MsdkContract build() {
      return new MsdkContract(this);
    }
  }
}
