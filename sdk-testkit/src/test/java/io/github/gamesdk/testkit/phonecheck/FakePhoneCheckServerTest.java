package io.github.gamesdk.testkit.phonecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.phonecheck.model.PrivacyStatus;
import io.github.gamesdk.testkit.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fake itself, driven with hand-made requests: it must catch every way a client can break the
 * contract of seed 001, and answer valid requests as the seed shows.
 */
class FakePhoneCheckServerTest {
  /** The apikey of the parameter table (seed 001 line 72). */
  static final String KEY = "7c11272au708345c834b8ue81ac78972";

  /** A form media type, as a client would send it. */
  static final String FORM = "application/x-www-form-urlencoded";

  /** Reads unquoted keys; the tests' own reader, not GameSdkJson. */
  static final ObjectMapper LENIENT =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES).build();

  /** Seed 001 lines 98-107, verbatim: the browser-captured answer. */
  static final String SEED_PRIVACY_ANSWER =
      "{\n"
          + "  code: 0,\n"
          + "  reason: \"Succ\",\n"
          + "  result: {\n"
          + "    Mobile: \"18466849135\",\n"
          + "    Status: \"隐私号\",\n"
          + "    Area: \"上海-上海\",\n"
          + "    Now_isp: \"中国移动\"\n"
          + "  }\n"
          + "}";

  FakePhoneCheckServer fake;

  @BeforeEach
  void start() {
    fake = FakePhoneCheckServer.start();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  String url(String query) {
    return fake.baseUrl() + "/ssPhone_Privacy" + (query == null ? "" : "?" + query);
  }

  static JsonNode json(String body) throws Exception {
    return LENIENT.readTree(body);
  }

  static long code(String[] answer) throws Exception {
    assertThat(answer[0]).isEqualTo("200");
    return json(answer[1]).path("code").asLong();
  }

  @Test
  void answersTheSeedsPrivacyNumberExactlyAsTheSeedPrintsIt() {
    String[] a = Http.get(url("apikey=" + KEY + "&mobile=18466849135"));
    assertThat(a[0]).isEqualTo("200");
    assertThat(a[1]).isEqualTo(SEED_PRIVACY_ANSWER);
    RecordedPhoneCheckRequest r = fake.takeRequest();
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.apikeyValid()).isTrue();
    assertThat(r.violation()).isEmpty();
    assertThat(r.billed()).isTrue();
    assertThat(r.mobile()).isEqualTo("18466849135");
    assertThat(r.answerBody()).isEqualTo(SEED_PRIVACY_ANSWER);
  }

  @Test
  void answersTheDocumentedNumberWithTheDocumentedValues() throws Exception {
    // Seed 001 lines 82-90: 18819079212, 非隐私号, 广东-深圳, 中国移动.
    JsonNode a = json(Http.post(url(null), "apikey=" + KEY + "&mobile=18819079212", FORM)[1]);
    assertThat(a.path("code").asInt()).isZero();
    assertThat(a.path("reason").asText()).isEqualTo("Succ");
    assertThat(a.path("result").path("Mobile").asText()).isEqualTo("18819079212");
    assertThat(a.path("result").path("Status").asText()).isEqualTo("非隐私号");
    assertThat(a.path("result").path("Area").asText()).isEqualTo("广东-深圳");
    assertThat(a.path("result").path("Now_isp").asText()).isEqualTo("中国移动");
  }

  @Test
  void theSeedsExampleUrlIsAcceptedWithItsOwnApikey() throws Exception {
    // Seed 001 line 77 verbatim: lower-case path, and an apikey that differs from line 72's in one
    // digit (839b8 / 834b8); the fake that expects line 77's key accepts the URL as printed.
    String lineKey = "7c11272au708345c839b8ue81ac78972";
    try (FakePhoneCheckServer other = FakePhoneCheckServer.start(Secret.of(lineKey))) {
      String[] a = Http.get(other.baseUrl() + "/ssphone_privacy?apikey=" + lineKey + "&mobile=16717707933");
      assertThat(code(a)).isZero();
      assertThat(json(a[1]).path("result").path("Mobile").asText()).isEqualTo("16717707933");
      assertThat(other.takeRequest().violation()).isEmpty();
    }
    // With line 72's key expected, line 77's key is the wrong apikey: -1.
    assertThat(code(Http.get(url("apikey=" + lineKey + "&mobile=16717707933")))).isEqualTo(-1);
  }

  @Test
  void postTakesAFormBodyOrTheQueryString() throws Exception {
    assertThat(code(Http.post(url(null), "apikey=" + KEY + "&mobile=13812345678", FORM + "; charset=utf-8")))
        .isZero();
    RecordedPhoneCheckRequest r = fake.takeRequest();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.body()).isEqualTo("apikey=" + KEY + "&mobile=13812345678");
    assertThat(r.contentType()).startsWith(FORM);
    assertThat(code(Http.post(url("apikey=" + KEY + "&mobile=13812345678"), "", FORM))).isZero();
  }

  @Test
  void aPostBodyThatIsNotAFormIsCodeOne() throws Exception {
    String[] a = Http.post(url(null), "{\"apikey\":\"" + KEY + "\",\"mobile\":\"13812345678\"}", "application/json");
    assertThat(code(a)).isEqualTo(1);
    assertThat(json(a[1]).path("reason").asText()).startsWith("请求参数缺失").contains(FORM);
    assertThat(fake.takeRequest().violation()).hasValueSatisfying(v -> assertThat(v).contains(FORM));
    assertThat(fake.billedQueries()).isZero();
  }

  @Test
  void wrongMethodOrPathIsAnHttpError() {
    assertThat(Http.method(url("apikey=" + KEY + "&mobile=13812345678"), "PUT")[0]).isEqualTo("405");
    assertThat(Http.get(fake.baseUrl() + "/ssPhone?apikey=" + KEY + "&mobile=13812345678")[0]).isEqualTo("404");
    assertThat(fake.requests()).allSatisfy(r -> assertThat(r.violation()).isPresent());
    assertThat(fake.billedQueries()).isZero();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mobile=13812345678|1|missing parameter apikey",
        "apikey=" + KEY + "|1|missing parameter mobile",
        "apikey=&mobile=13812345678|1|missing parameter apikey",
        "apikey=" + KEY + "&mobile=|1|missing parameter mobile",
        "apikey=short&mobile=13812345678|1|apikey has the wrong length",
        "apikey=7c11272au708345c834b8ue81ac78973&mobile=13812345678|-1|not the key",
        "apikey=" + KEY + "&mobile=%2B8613812345678|-2|11 digits",
        "apikey=" + KEY + "&mobile=1381234567|-2|11 digits",
        "apikey=" + KEY + "&mobile=13812345678,13912345678|-2|one number per call",
        "apikey=" + KEY + "&mobile=12812345678|-3|starting with 13-19",
        "apikey=" + KEY + "&mobile=1381234567x|-3|starting with 13-19",
        "apikey=" + KEY + "&mobile=13812345678&mobile=13912345678|1|more than once",
      })
  void contractViolationsAreAnsweredWithTheTablesCodes(String query, int code, String problem)
      throws Exception {
    String[] a = Http.get(url(query));
    assertThat(code(a)).isEqualTo(code);
    RecordedPhoneCheckRequest r = fake.takeRequest();
    assertThat(r.violation()).hasValueSatisfying(v -> assertThat(v).contains(problem));
    assertThat(r.billed()).isFalse();
    assertThat(fake.billedQueries()).isZero();
  }

  @Test
  void errorReasonsStartWithTheTablesText() throws Exception {
    assertThat(json(Http.get(url("apikey=" + KEY + "&mobile=12812345678"))[1]).path("reason").asText())
        .startsWith("请填写正确的手机号码: ");
    assertThat(json(Http.get(url("apikey=" + KEY.replace('7', '8') + "&mobile=13812345678"))[1]).path("reason").asText())
        .startsWith("apikey 信息不匹配(用户信息不正确)apikey 不正确: ");
  }

  @Test
  void theBalanceIsSpentOneQueryAtATimeThenMinusFive() throws Exception {
    fake.setBalance(2);
    String ok = url("apikey=" + KEY + "&mobile=13812345678");
    assertThat(code(Http.get(ok))).isZero();
    assertThat(code(Http.get(ok))).isZero();
    assertThat(fake.balance()).isZero();
    String[] a = Http.get(ok);
    assertThat(code(a)).isEqualTo(-5);
    assertThat(json(a[1]).path("reason").asText()).isEqualTo("当前余额不足发起本次查询请求,请与供应商联系");
    assertThat(fake.billedQueries()).isEqualTo(2);
    assertThat(fake.requests()).extracting(RecordedPhoneCheckRequest::billed).containsExactly(true, true, false);
    assertThat(fake.requests().get(2).violation()).isEmpty();
    assertThatThrownBy(() -> fake.setBalance(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quotedStyleAnswersStandardJson() throws Exception {
    fake.keyStyle(KeyStyle.QUOTED);
    String[] a = Http.get(url("apikey=" + KEY + "&mobile=18466849135"));
    assertThat(a[1])
        .isEqualTo(
            "{\"code\":0,\"reason\":\"Succ\",\"result\":{\"Mobile\":\"18466849135\",\"Status\":\"隐私号\","
                + "\"Area\":\"上海-上海\",\"Now_isp\":\"中国移动\"}}");
    assertThat(new ObjectMapper().readTree(Http.get(url("mobile=1"))[1]).path("code").asInt()).isEqualTo(1);
  }

  @Test
  void registeredNumbersAndScriptedAnswers() throws Exception {
    fake.registerNumber("17012345678", PrivacyStatus.PRIVACY_NUMBER, "北京-北京", "其它运营商（虚拟运营商）");
    JsonNode r = json(Http.get(url("apikey=" + KEY + "&mobile=17012345678"))[1]).path("result");
    assertThat(r.path("Status").asText()).isEqualTo("隐私号");
    assertThat(r.path("Area").asText()).isEqualTo("北京-北京");
    assertThat(r.path("Now_isp").asText()).isEqualTo("其它运营商（虚拟运营商）");

    fake.respondWith(200, "{code: -8, reason: \"busy\"}");
    fake.respondWithError(-9);
    fake.respondWith(200, "{\"code\":0,\"reason\":\"Succ\",\"result\":{}}");
    String ok = url("apikey=" + KEY + "&mobile=13812345678");
    long before = fake.billedQueries();
    assertThat(code(Http.get(ok))).isEqualTo(-8);
    String[] ip = Http.get(ok);
    assertThat(code(ip)).isEqualTo(-9);
    assertThat(json(ip[1]).path("reason").asText()).isEqualTo("ip 地址鉴权失败");
    assertThat(fake.billedQueries()).isEqualTo(before);
    assertThat(Http.get(ok)[1]).isEqualTo("{\"code\":0,\"reason\":\"Succ\",\"result\":{}}");
    assertThat(fake.billedQueries()).isEqualTo(before + 1);
    // Scripted answers are used up: the next one is the default.
    assertThat(json(Http.get(ok)[1]).path("result").path("Status").asText()).isEqualTo("非隐私号");

    assertThatThrownBy(() -> fake.registerNumber("+8613812345678", PrivacyStatus.PRIVACY_NUMBER, "a", "b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fake.registerNumber("13812345678", PrivacyStatus.UNKNOWN, "a", "b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fake.respondWithError(-6)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aScriptedAnswerIsNotSpentOnAViolation() throws Exception {
    fake.respondWithError(-4);
    assertThat(code(Http.get(url("mobile=13812345678")))).isEqualTo(1);
    assertThat(code(Http.get(url("apikey=" + KEY + "&mobile=13812345678")))).isEqualTo(-4);
  }

  @Test
  void aFaultIsRecordedAndBilledWhenTheRequestKeptTheContract() {
    fake.failNext(Fault.HTTP_500);
    String[] a = Http.get(url("apikey=" + KEY + "&mobile=13812345678"));
    assertThat(a[0]).isEqualTo("500");
    RecordedPhoneCheckRequest r = fake.takeRequest();
    assertThat(r.fault()).hasValue(Fault.HTTP_500);
    assertThat(r.billed()).isTrue();
    assertThat(r.answerStatus()).isEqualTo(500);
    fake.failNext(Fault.HTML);
    Http.get(url("mobile=13812345678"));
    assertThat(fake.takeRequest().billed()).isFalse();
  }

  @Test
  void resetForgetsEverythingButTheSeedNumbers() throws Exception {
    fake.registerNumber("17012345678", PrivacyStatus.PRIVACY_NUMBER, "北京-北京", "中国联通");
    fake.setBalance(0);
    fake.keyStyle(KeyStyle.QUOTED);
    fake.respondWithError(-8);
    fake.failNext(Fault.RESET);
    fake.reset();
    assertThat(fake.requestCount()).isZero();
    assertThat(fake.billedQueries()).isZero();
    String[] a = Http.get(url("apikey=" + KEY + "&mobile=17012345678"));
    assertThat(a[1]).startsWith("{\n  code: 0,");
    assertThat(json(a[1]).path("result").path("Status").asText()).isEqualTo("非隐私号");
    assertThat(Http.get(url("apikey=" + KEY + "&mobile=18466849135"))[1]).isEqualTo(SEED_PRIVACY_ANSWER);
  }

  @Test
  void toStringsShowNeitherTheApikeyNorTheNumber() {
    Http.get(url("apikey=" + KEY + "&mobile=18466849135&note=18466849135"));
    RecordedPhoneCheckRequest r = fake.takeRequest();
    assertThat(r.toString())
        .doesNotContain(KEY)
        .doesNotContain("18466849135")
        .contains("apikey=****")
        .contains("mobile=184****9135")
        .contains("billed");
    assertThat(fake.toString()).doesNotContain(KEY);
  }
}
