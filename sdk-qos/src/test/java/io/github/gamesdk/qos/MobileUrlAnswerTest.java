package io.github.gamesdk.qos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gamesdk.core.error.ApiException;
import io.github.gamesdk.core.error.ErrorCategory;
import io.github.gamesdk.core.error.ResponseFormatException;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.qos.internal.QosWire;
import io.github.gamesdk.qos.model.MobileUrlAnswer;
import org.junit.jupiter.api.Test;

/** The phone-id lookup answer (seed 000 lines 109-116), as relayed by the phone and as fetched. */
class MobileUrlAnswerTest {
  /**
   * Seed 000 lines 111-112, verbatim: the PDF broke the value across two lines, so the copy holds
   * a raw line break inside the string. It is read (leniently) and kept as it is.
   */
  static final String SEED_SUCCESS =
      "{\"result\":\"1462930663_q_Tl8WPi0PqGgOHWFnUXz/NXOXgHQm+EUOKD5v0qPo4l0Ue9fKGVK79/2QKU\n"
          + "VhsVehckYyaDKZ7Hmmb1538k8nnQ==\"} \n";

  /** The same answer as a server sends it, in one line. */
  static final String SUCCESS =
      "{\"result\":\"1462930663_q_Tl8WPi0PqGgOHWFnUXz/NXOXgHQm+EUOKD5v0qPo4l0Ue9fKGVK79/2QKU"
          + "VhsVehckYyaDKZ7Hmmb1538k8nnQ==\"}";

  /** Seed 000 line 116, verbatim. */
  static final String SEED_FAILURE = "{\"error\":{\"code\":\"4002\",\"message\":\"Not supported!\"}} ";

  @Test
  void seedSuccessParses() {
    MobileUrlAnswer a = QosClient.parseMobileUrlAnswer(SEED_SUCCESS);
    assertThat(a.succeeded()).isTrue();
    assertThat(a.error()).isNull();
    assertThat(a.result())
        .isEqualTo("1462930663_q_Tl8WPi0PqGgOHWFnUXz/NXOXgHQm+EUOKD5v0qPo4l0Ue9fKGVK79/2QKU\nVhsVehckYyaDKZ7Hmmb1538k8nnQ==");
    MobileUrlAnswer b = MobileUrlAnswer.parse(SUCCESS);
    assertThat(b.phoneNoOrEmpty())
        .isEqualTo("1462930663_q_Tl8WPi0PqGgOHWFnUXz/NXOXgHQm+EUOKD5v0qPo4l0Ue9fKGVK79/2QKUVhsVehckYyaDKZ7Hmmb1538k8nnQ==");
    assertThat(b.errorCode()).isEqualTo(QosErrorCode.SUCCESS);
    // Never printed: the encrypted number identifies the phone.
    assertThat(b.toString()).doesNotContain("Tl8WPi0").contains("****");
  }

  @Test
  void seedFailureParsesAndIsReturnedNotThrown() throws Exception {
    MobileUrlAnswer a = QosClient.parseMobileUrlAnswer(SEED_FAILURE);
    assertThat(a.succeeded()).isFalse();
    assertThat(a.result()).isNull();
    assertThat(a.error().code()).isEqualTo("4002");
    assertThat(a.error().message()).isEqualTo("Not supported!");
    assertThat(a.errorCode()).isEqualTo(QosErrorCode.NOT_SUPPORTED);
    assertThat(a.errorCode().category()).isEqualTo(ErrorCategory.NONE);
    // Seed 000 line 160: a user whose PhoneNO cannot be obtained is sent with PhoneNO "".
    assertThat(a.phoneNoOrEmpty()).isEmpty();
    ObjectMapper plain = new ObjectMapper();
    assertThat(plain.readTree(GameSdkJson.writeString(a))).isEqualTo(plain.readTree(SEED_FAILURE));
  }

  @Test
  void emptyResultIsASuccessWithAnEmptyNumber() {
    // Seed 000 lines 88-90: some China Telecom users get an empty string.
    MobileUrlAnswer a = MobileUrlAnswer.parse("{\"result\":\"\"}");
    assertThat(a.succeeded()).isTrue();
    assertThat(a.phoneNoOrEmpty()).isEmpty();
  }

  @Test
  void numericCodesUnknownFieldsAndTheWrapperAreAccepted() throws Exception {
    MobileUrlAnswer a = MobileUrlAnswer.parse("{error:{code:4002,message:'Not supported!',detail:1},trace:\"t\"}");
    assertThat(a.errorCode()).isEqualTo(QosErrorCode.NOT_SUPPORTED);
    assertThat(a.error().extra()).containsEntry("detail", 1);
    assertThat(a.extra()).containsEntry("trace", "t");
    assertThat(MobileUrlAnswer.parse("{\"Response\":{\"result\":\"abc\"}}").result()).isEqualTo("abc");
    assertThat(MobileUrlAnswer.parse("{\"error\":{\"code\":\"E1\"}}").errorCode()).isEqualTo(QosErrorCode.UNKNOWN);
  }

  @Test
  void anythingElseIsAFormatError() {
    for (String bad : new String[] {null, "", "<html></html>", "{\"result\":", "{}", "{\"result\":null}", "{\"error\":\"x\"}", "[1]"}) {
      assertThat(catchThrowable(() -> MobileUrlAnswer.parse(bad)))
          .as(String.valueOf(bad))
          .isInstanceOfSatisfying(
              ResponseFormatException.class,
              e -> {
                assertThat(e.endpoint()).isEqualTo("mobileUrl");
                assertThat(e.httpStatus()).isZero();
              });
    }
  }

  @Test
  void aFetchedErrorAnswerIsAnApiException() {
    Throwable t =
        catchThrowable(() -> QosWire.mobileUrlHandler().handle(SeedAnswersTest.answer(200, SEED_FAILURE)));
    assertThat(t)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.rawCode()).isEqualTo(4002);
              assertThat(e.vendorMessage()).isEqualTo("Not supported!");
              assertThat(e.endpoint()).isEqualTo("mobileUrl");
            });
    assertThat(QosWire.mobileUrlHandler().handle(SeedAnswersTest.answer(200, SUCCESS)).succeeded()).isTrue();
    assertThat(catchThrowable(() -> QosWire.mobileUrlHandler().handle(SeedAnswersTest.answer(200, "{\"error\":{\"code\":\"E1\"}}"))))
        .isInstanceOf(ResponseFormatException.class);
  }
}
