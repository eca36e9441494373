package io.github.gamesdk.msdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.error.ErrorCategory;
import org.junit.jupiter.api.Test;

/**
 * The error model against {@code shared/reference/error-codes.md}: codes of tables (a) and (b),
 * ranges, {@code err_type} (e), and the QQ/WeChat codes relayed in {@code msg} (c), (d), (e), with
 * the category precedence err_type, platform code, ret.
 */
class ErrorModelTest {
  @Test
  void documentedCodesAndRanges() {
    assertThat(MsdkErrorCode.of(0)).isEqualTo(MsdkErrorCode.SUCCESS);
    assertThat(MsdkErrorCode.of(-502).category()).isEqualTo(ErrorCategory.FIX_REQUEST);
    assertThat(MsdkErrorCode.of(-503).category()).isEqualTo(ErrorCategory.RETRY);
    assertThat(MsdkErrorCode.of(-1011)).isEqualTo(MsdkErrorCode.PARAM_ERROR);
    assertThat(MsdkErrorCode.of(-303).category()).isEqualTo(ErrorCategory.CONTACT_VENDOR);
    assertThat(MsdkErrorCode.of(-507).category()).isEqualTo(ErrorCategory.NONE);
    assertThat(MsdkErrorCode.of(-10011).category()).isEqualTo(ErrorCategory.NONE);
    // -101 is in (a) and (b); one entry, retry.
    assertThat(MsdkErrorCode.of(-101)).isEqualTo(MsdkErrorCode.PARSE_ERROR);
    assertThat(MsdkErrorCode.of(-101).category()).isEqualTo(ErrorCategory.RETRY);
    // Ranges of (b).
    assertThat(MsdkErrorCode.of(-150)).isEqualTo(MsdkErrorCode.SYSTEM_ERROR);
    assertThat(MsdkErrorCode.of(-1500)).isEqualTo(MsdkErrorCode.CLIENT_ERROR);
    assertThat(MsdkErrorCode.of(-9999)).isEqualTo(MsdkErrorCode.SERVER_ERROR);
    assertThat(MsdkErrorCode.of(-15017)).isEqualTo(MsdkErrorCode.QQ_OIDB_ERROR);
    assertThat(MsdkErrorCode.of(-30002)).isEqualTo(MsdkErrorCode.LBS_ERROR);
    assertThat(MsdkErrorCode.of(-12000)).isEqualTo(MsdkErrorCode.UNKNOWN);
    assertThat(MsdkErrorCode.of(7)).isEqualTo(MsdkErrorCode.UNKNOWN);
    assertThat(MsdkErrorCode.of(-99)).isEqualTo(MsdkErrorCode.UNKNOWN);
  }

  @Test
  void errTypeValues() {
    assertThat(MsdkErrType.of(0)).isEqualTo(MsdkErrType.NORMAL);
    assertThat(MsdkErrType.of(1).category()).isEqualTo(ErrorCategory.RETRY);
    assertThat(MsdkErrType.of(2).category()).isEqualTo(ErrorCategory.REAUTHORIZE);
    assertThat(MsdkErrType.of(3).category()).isEqualTo(ErrorCategory.REFRESH_TOKEN);
    assertThat(MsdkErrType.of(5).category()).isEqualTo(ErrorCategory.CONTACT_VENDOR);
    assertThat(MsdkErrType.of(4)).isEqualTo(MsdkErrType.UNDEFINED);
    assertThat(MsdkErrType.of(-1)).isEqualTo(MsdkErrType.UNDEFINED);
  }

  @Test
  void relayedCodesSplitAtTheFirstComma() {
    // Reference (e): "-73,the user modify password wrong" (ZH wiki).
    PlatformError qq = PlatformError.parse("relation/qqprofile", -10000, "-73,the user modify password wrong");
    assertThat(qq.source()).isEqualTo(PlatformError.Source.QQ);
    assertThat(qq.code()).isEqualTo(-73);
    assertThat(qq.text()).isEqualTo("the user modify password wrong");
    assertThat(qq.category()).isEqualTo(ErrorCategory.REAUTHORIZE);
    // More commas in the text; a space after the comma (the EN copy).
    PlatformError more =
        PlatformError.parse("share/qq", -10000, "30,null ServiceError: :workid=7 30,response errorCode error 30");
    assertThat(more.code()).isEqualTo(30);
    assertThat(more.text()).isEqualTo("null ServiceError: :workid=7 30,response errorCode error 30");
    assertThat(PlatformError.parse("auth/check_token", -20000, " 40001 , invalid credential").text())
        .isEqualTo("invalid credential");
    // Not the convention: nothing to parse.
    assertThat(PlatformError.parse("auth/check_token", -20000, "invalid credential")).isNull();
    assertThat(PlatformError.parse("auth/check_token", -20000, null)).isNull();
    assertThat(PlatformError.parse("auth/check_token", -502, "40001,invalid credential")).isNull();
    assertThat(PlatformError.parse("auth/check_token", 0, "1,ok")).isNull();
  }

  @Test
  void wechatCodes() {
    assertThat(PlatformError.parse("auth/check_token", -20000, "40001,invalid credential").category())
        .isEqualTo(ErrorCategory.REFRESH_TOKEN);
    assertThat(PlatformError.parse("auth/check_token", -20000, "42001,access_token expired").category())
        .isEqualTo(ErrorCategory.REFRESH_TOKEN);
    assertThat(PlatformError.parse("share/wx", -20000, "45009,api freq out of limit").category())
        .isEqualTo(ErrorCategory.RETRY);
    assertThat(PlatformError.parse("share/wx", -20000, "48001,api unauthorized").category())
        .isEqualTo(ErrorCategory.REAUTHORIZE);
    PlatformError unknown = PlatformError.parse("share/wx", -20000, "49999,whatever");
    assertThat(unknown.category()).isEqualTo(ErrorCategory.UNKNOWN);
    assertThat(unknown.description()).isNull();
  }

  @Test
  void theTableIsChosenByEndpoint() {
    // 100000: "response_type missing" in (c), "uin/skey authentication error" for /share/qq (e).
    assertThat(PlatformError.parse("relation/qqprofile", -10000, "100000,x").category())
        .isEqualTo(ErrorCategory.FIX_REQUEST);
    assertThat(PlatformError.parse("share/qq", -10000, "100000,x").category())
        .isEqualTo(ErrorCategory.REAUTHORIZE);
    // /share/qq 2..38: 27/28 fix, 29/30/31/32/34/37 none, the rest retry; others a back-end error.
    assertThat(PlatformError.parse("share/qq", -10000, "27,too long").category()).isEqualTo(ErrorCategory.FIX_REQUEST);
    assertThat(PlatformError.parse("share/qq", -10000, "34,x").category()).isEqualTo(ErrorCategory.NONE);
    assertThat(PlatformError.parse("share/qq", -10000, "33,x").category()).isEqualTo(ErrorCategory.RETRY);
    assertThat(PlatformError.parse("share/qq", -10000, "99999,freq").category()).isEqualTo(ErrorCategory.RETRY);
    assertThat(PlatformError.parse("share/qq", -10000, "123456,x").category()).isEqualTo(ErrorCategory.RETRY);
    assertThat(PlatformError.parse("share/qq", -10000, "-21,revoked").category()).isEqualTo(ErrorCategory.REAUTHORIZE);
    // 100030 depends on its text (FAQ item 8).
    assertThat(PlatformError.parse("share/qq", -10000, "100030,is_friend is 0").category()).isEqualTo(ErrorCategory.NONE);
    assertThat(PlatformError.parse("share/qq", -10000, "100030,this api without user authorization").category())
        .isEqualTo(ErrorCategory.REAUTHORIZE);
    // WeChat group-binding codes only for /relation/wx*group*.
    assertThat(PlatformError.parse("relation/wxget_groupinfo", -20000, "-10001,no permission").category())
        .isEqualTo(ErrorCategory.CONTACT_VENDOR);
    assertThat(PlatformError.parse("share/wx", -20000, "-10001,no permission").category())
        .isEqualTo(ErrorCategory.UNKNOWN);
  }

  @Test
  void categoryPrecedence() {
    // err_type beats the platform code and ret.
    MsdkErrorDetail d = MsdkErrorDetail.of("auth/check_token", -20000, "40001,invalid credential", 2);
    assertThat(d.category()).isEqualTo(ErrorCategory.REAUTHORIZE);
    assertThat(d.errType()).isEqualTo(MsdkErrType.AUTHORIZATION_INVALID);
    assertThat(d.platformError().code()).isEqualTo(40001);
    // err_type 0 and undefined values leave it to the platform code...
    assertThat(MsdkErrorDetail.of("auth/check_token", -20000, "40001,invalid credential", 0).category())
        .isEqualTo(ErrorCategory.REFRESH_TOKEN);
    assertThat(MsdkErrorDetail.of("auth/check_token", -20000, "40001,invalid credential", 4).category())
        .isEqualTo(ErrorCategory.REFRESH_TOKEN);
    // ...and without one, to ret.
    assertThat(MsdkErrorDetail.of("auth/verify_login", -503, "too fast", null).category())
        .isEqualTo(ErrorCategory.RETRY);
    assertThat(MsdkErrorDetail.of("auth/verify_login", -503, "too fast", 3).category())
        .isEqualTo(ErrorCategory.REFRESH_TOKEN);
    // An unparsable -10000 keeps the code's own category.
    assertThat(MsdkErrorDetail.of("share/qq", -10000, "garbled", null).category())
        .isEqualTo(ErrorCategory.UNKNOWN);
    // MSDK wiki §2.4.2.3: oidb 0x5e1 ret 116 is an expired accessToken.
    assertThat(
            MsdkErrorDetail.of("profile/query_vip", -15001, "oidb decode0x5e1 failed, ret:116", null).category())
        .isEqualTo(ErrorCategory.REAUTHORIZE);
    assertThat(MsdkErrorDetail.of("x/y", -2001, "m", null).toString())
        .contains("-2001").contains("INTERNAL_2001").doesNotContain("m}");
  }
}
