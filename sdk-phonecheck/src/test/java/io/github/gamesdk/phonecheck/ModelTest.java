package io.github.gamesdk.phonecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.phonecheck.model.Carrier;
import io.github.gamesdk.phonecheck.model.ImmutablePhoneCheckResult;
import io.github.gamesdk.phonecheck.model.PhoneCheckRequest;
import io.github.gamesdk.phonecheck.model.PhoneCheckResponse;
import io.github.gamesdk.phonecheck.model.PhoneCheckResult;
import io.github.gamesdk.phonecheck.model.PrivacyStatus;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every answer of seed 001 parses without loss; the derived views read the seed's values. */
class ModelTest {
  static PhoneCheckResponse read(String text) {
    return GameSdkJson.read(
        text.getBytes(StandardCharsets.UTF_8), PhoneCheckResponse.class, "phonecheck", "test", 200);
  }

  static JsonNode tree(String text) throws Exception {
    return GameSdkJson.mapper().readTree(text);
  }

  @Test
  void documentedAnswerParses() {
    // Seed 001 lines 82-90.
    PhoneCheckResponse r = read(SeedAnswers.NOT_PRIVACY);
    assertThat(r.code()).isZero();
    assertThat(r.reason()).isEqualTo("Succ");
    PhoneCheckResult x = r.result();
    assertThat(x.mobile()).isEqualTo("18819079212");
    assertThat(x.status()).isEqualTo("非隐私号");
    assertThat(x.area()).isEqualTo("广东-深圳");
    assertThat(x.nowIsp()).isEqualTo("中国移动");
    assertThat(x.privacyStatus()).isEqualTo(PrivacyStatus.NOT_PRIVACY_NUMBER);
    assertThat(x.isPrivacyNumber()).isFalse();
    assertThat(x.province()).isEqualTo("广东");
    assertThat(x.city()).isEqualTo("深圳");
    assertThat(x.carrier()).isEqualTo(Carrier.CHINA_MOBILE);
    assertThat(r.extra()).isEmpty();
    assertThat(x.extra()).isEmpty();
  }

  @Test
  void browserCapturedAnswerParses() {
    // Seed 001 lines 98-107.
    PhoneCheckResponse r = read(SeedAnswers.PRIVACY);
    PhoneCheckResult x = r.result();
    assertThat(r.code()).isZero();
    assertThat(x.mobile()).isEqualTo("18466849135");
    assertThat(x.status()).isEqualTo("隐私号");
    assertThat(x.privacyStatus()).isEqualTo(PrivacyStatus.PRIVACY_NUMBER);
    assertThat(x.isPrivacyNumber()).isTrue();
    assertThat(x.province()).isEqualTo("上海");
    assertThat(x.city()).isEqualTo("上海");
    assertThat(x.carrier()).isEqualTo(Carrier.CHINA_MOBILE);
  }

  @Test
  void seedAnswersRoundTripAsQuotedJsonWithoutLoss() throws Exception {
    String quoted =
        "{\"code\":0,\"reason\":\"Succ\",\"result\":{\"Mobile\":\"18466849135\",\"Status\":\"隐私号\","
            + "\"Area\":\"上海-上海\",\"Now_isp\":\"中国移动\"}}";
    assertThat(GameSdkJson.writeString(read(SeedAnswers.PRIVACY))).isEqualTo(quoted);
    assertThat(tree(GameSdkJson.writeString(read(SeedAnswers.NOT_PRIVACY))))
        .isEqualTo(
            tree(
                "{\"code\":0,\"reason\":\"Succ\",\"result\":{\"Mobile\":\"18819079212\","
                    + "\"Status\":\"非隐私号\",\"Area\":\"广东-深圳\",\"Now_isp\":\"中国移动\"}}"));
    assertThat(read(quoted)).isEqualTo(read(SeedAnswers.PRIVACY));
  }

  @Test
  void unknownFieldsAreKeptAtBothLevels() throws Exception {
    String text =
        "{code: 0, reason: \"Succ\", fee: 1, result: {Mobile: \"18466849135\", Status: \"隐私号\","
            + " Area: \"上海-上海\", Now_isp: \"中国移动\", Old_isp: \"中国联通\"}}";
    PhoneCheckResponse r = read(text);
    assertThat(r.extra()).containsEntry("fee", 1);
    assertThat(r.result().extra()).containsEntry("Old_isp", "中国联通");
    assertThat(tree(GameSdkJson.writeString(r))).isEqualTo(tree(text));
  }

  @Test
  void everyErrorOfTheTableParses() {
    for (Object[] e : SeedAnswers.ERRORS) {
      PhoneCheckResponse r = read(SeedAnswers.error((Integer) e[0], (String) e[1]));
      assertThat(r.code()).isEqualTo(e[0]);
      assertThat(r.reason()).isEqualTo(e[1]);
      assertThat(r.result()).isNull();
      assertThat(PhoneCheckErrorCode.of(r.code())).isNotEqualTo(PhoneCheckErrorCode.UNKNOWN);
    }
    // A code sent as a string; a null result.
    assertThat(read("{code: \"-4\", reason: \"x\"}").code()).isEqualTo(-4);
    assertThat(read("{code: -4, reason: \"x\", result: null}").result()).isNull();
  }

  @Test
  void anAnswerWithoutCodeOrWithAnIncompleteResultIsAFormatError() {
    assertThatThrownBy(() -> read("{reason: \"Succ\"}")).isInstanceOf(ResponseFormatException.class);
    assertThatThrownBy(() -> read("{code: 0, result: {Status: \"隐私号\"}}"))
        .isInstanceOf(ResponseFormatException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "广东-深圳|广东|深圳",
        "上海-上海|上海|上海",
        "内蒙古-呼和浩特|内蒙古|呼和浩特",
        "广东 深圳|广东|深圳",
        "广东－深圳|广东|深圳",
        "' 广东 - 深圳 '|广东|深圳",
        "广东|广东|",
        "-深圳||深圳",
      })
  void areaSplitsIntoProvinceAndCity(String area, String province, String city) {
    PhoneCheckResult r = result("非隐私号", area, "中国移动");
    assertThat(r.province()).isEqualTo(province);
    assertThat(r.city()).isEqualTo(city);
  }

  @Test
  void absentOrBlankAreaHasNoProvinceOrCity() {
    assertThat(result("非隐私号", null, "中国移动").province()).isNull();
    assertThat(result("非隐私号", null, "中国移动").city()).isNull();
    assertThat(result("非隐私号", "  ", "中国移动").province()).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "隐私号,PRIVACY_NUMBER",
    "非隐私号,NOT_PRIVACY_NUMBER",
    "虚拟号,PRIVACY_NUMBER",
    "非虚拟号,NOT_PRIVACY_NUMBER",
    "' 隐私号 ',PRIVACY_NUMBER",
    "空号,UNKNOWN",
    "'',UNKNOWN",
  })
  void statusMapsToTheEnum(String status, PrivacyStatus expected) {
    assertThat(PrivacyStatus.of(status)).isEqualTo(expected);
    assertThat(result(status, "广东-深圳", "中国移动").privacyStatus()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "中国移动,CHINA_MOBILE",
    "中国联通,CHINA_UNICOM",
    "中国电信,CHINA_TELECOM",
    "其它运营商（虚拟运营商）,OTHER",
    "其它运营商,OTHER",
    "其他运营商,OTHER",
    "虚拟运营商,OTHER",
    "中国广电,UNKNOWN",
    "'',UNKNOWN",
  })
  void nowIspMapsToTheEnum(String nowIsp, Carrier expected) {
    assertThat(Carrier.of(nowIsp)).isEqualTo(expected);
    assertThat(result("隐私号", "上海-上海", nowIsp).carrier()).isEqualTo(expected);
  }

  @Test
  void enumsKnowTheSeedsLabels() {
    assertThat(PrivacyStatus.PRIVACY_NUMBER.label()).isEqualTo("隐私号");
    assertThat(PrivacyStatus.NOT_PRIVACY_NUMBER.label()).isEqualTo("非隐私号");
    assertThat(Carrier.CHINA_UNICOM.label()).isEqualTo("中国联通");
    assertThat(PrivacyStatus.of(null)).isEqualTo(PrivacyStatus.UNKNOWN);
    assertThat(Carrier.of(null)).isEqualTo(Carrier.UNKNOWN);
  }

  @Test
  void toStringMasksTheNumberEverywhere() {
    PhoneCheckResponse r =
        read(
            "{code: 0, reason: \"Succ for 18466849135 apikey=k3y\", note: \"18466849135\", result:"
                + " {Mobile: \"18466849135\", Status: \"隐私号\", Area: \"上海-上海 18466849135\","
                + " Now_isp: \"中国移动\", echo: \"mobile=18466849135\"}}");
    assertThat(r.toString())
        .doesNotContain("18466849135")
        .contains("184****9135")
        .contains("隐私号")
        .contains("上海-上海")
        .doesNotContain("k3y");
    assertThat(r.result().toString()).doesNotContain("18466849135").contains("Mobile=184****9135");
    assertThat(PhoneCheckRequest.of("18466849135").toString())
        .isEqualTo("PhoneCheckRequest{mobile=184****9135}");
  }

  @Test
  void requestNormalizesTheNumber() {
    assertThat(PhoneCheckRequest.of("+86 18466849135").mobile()).isEqualTo("18466849135");
    assertThat(PhoneCheckRequest.builder().mobile("8618466849135").build().mobile())
        .isEqualTo("18466849135");
    assertThat(PhoneCheckRequest.of("18466849135")).isEqualTo(PhoneCheckRequest.of("0086-18466849135"));
  }

  @Test
  void requestRejectsBadNumbersNamingMobile() {
    for (String bad : new String[] {"12345", "28466849135", "184668491350", "", "1846684913a"}) {
      assertThatThrownBy(() -> PhoneCheckRequest.of(bad))
          .isInstanceOfSatisfying(
              InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("mobile"))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(bad.isEmpty() ? "mobile=" : bad));
    }
    assertThatThrownBy(() -> PhoneCheckRequest.builder().build())
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("mobile"));
    assertThatThrownBy(() -> PhoneCheckRequest.of(null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("mobile"));
  }

  private static PhoneCheckResult result(String status, String area, String nowIsp) {
    return ImmutablePhoneCheckResult.builder()
        .mobile("18466849135")
        .status(status)
        .area(area)
        .nowIsp(nowIsp)
        .build();
  }
}
