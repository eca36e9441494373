package io.github.gamesdk.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.Secret;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactionTest {
  @Test
  void urlSecretsAreRemoved() {
    String url =
        "https://proxy.vip.qq.com/cgi-bin/QQConnect.fcgi?access_token=8d34&cmd=x&sign=86ad&openid=ABC"
            + "&Signature=Zm9v%2B&SecretId=AKID&apikey=k1&openkey=ok&sig=s1&appkey=ak";
    String r = Redaction.redactUrl(url);
    assertThat(r)
        .contains("access_token=****", "sign=****", "Signature=****", "apikey=****")
        .contains("openkey=****", "sig=****", "appkey=****")
        .contains("cmd=x", "openid=ABC", "SecretId=AKID")
        .doesNotContain("8d34", "86ad", "Zm9v", "=k1", "=ok", "s1", "=ak");
  }

  @Test
  void jsonSecretsAreRemoved() {
    String r = Redaction.redact("{\"sign\":\"abc\",\"ret\":0, appkey: 123, \"access_token\" : \"t\\\"x\"}");
    assertThat(r).contains("\"sign\":\"****\"", "appkey: ****", "\"ret\":0").doesNotContain("abc", "123", "t\\\"x");
  }

  @Test
  void phoneNumbersAreMasked() {
    assertThat(Redaction.maskPhoneNumbers("mobile=13812345678&x=1")).isEqualTo("mobile=138****5678&x=1");
    // Not a phone number: part of a longer run of digits, or not starting 13-19.
    assertThat(Redaction.maskPhoneNumbers("id 213812345678")).isEqualTo("id 213812345678");
    assertThat(Redaction.maskPhoneNumbers("12812345678")).isEqualTo("12812345678");
    assertThat(Redaction.maskPhone("13812345678")).isEqualTo("138****5678");
    assertThat(Redaction.maskPhone("12")).isEqualTo("****");
  }

  @Test
  void phoneNumberParametersAreMaskedWhateverTheirForm() {
    // QoS PhoneNO is the operator's encrypted phone id (seed 000 line 146, example line 187).
    String url = "https://qos.api.cloud.tencent.com/qos?Action=open&PhoneNO=aSesdHJJsdx&DstIP=1.1.1.1"
        + "&mobile=%2B8613812345678&phone=&mobileUrl=http%3A%2F%2Fxxx.com";
    String r = Redaction.redactUrl(url);
    assertThat(r)
        .contains("PhoneNO=****dx", "mobile=****78", "phone=****", "DstIP=1.1.1.1", "mobileUrl=http%3A%2F%2Fxxx.com")
        .doesNotContain("aSesdHJJsdx", "13812345678");
    String json = Redaction.redact("{\"PhoneNO\":\"aSesdHJJsdx\",\"isMobile\":1,\"mobile\":13812345678}");
    assertThat(json)
        .contains("\"PhoneNO\":\"****dx\"", "\"isMobile\":1", "\"mobile\":138****5678")
        .doesNotContain("aSesdHJJsdx");
    // An 11-character value that is not an 11-digit number keeps only its last two characters.
    assertThat(Redaction.maskPhone("aSesdHJJsdx")).isEqualTo("****dx");
  }

  @Test
  void excerptIsShortSingleLineAndRedacted() {
    byte[] body = ("<html>\n<body>sign=deadbeef 13900001111 " + String.join("", java.util.Collections.nCopies(500, "x")) + "</body>")
        .getBytes(StandardCharsets.UTF_8);
    String e = Redaction.excerpt(body, 80);
    assertThat(e).hasSizeLessThanOrEqualTo(83).endsWith("...").doesNotContain("\n", "deadbeef", "13900001111");
    assertThat(Redaction.excerpt(new byte[0], 80)).isEqualTo("<empty body>");
  }

  @Test
  void excerptCutThroughAPhoneNumberOrSecretShowsNoPartOfIt() {
    // The cut at 20 characters falls inside the number and inside the apikey value.
    byte[] phone = "{Mobile: \"13900001111\", Status: \"x\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(Redaction.excerpt(phone, 16)).isEqualTo("{Mobile: \"139***...").doesNotContain("13900");
    byte[] key = "apikey=7c11272au708345c834b8ue81ac78972&mobile=1".getBytes(StandardCharsets.UTF_8);
    // mobile= is a phone-number parameter, so even its one-digit value is masked before the cut.
    assertThat(Redaction.excerpt(key, 20)).isEqualTo("apikey=****&mobile=*...").doesNotContain("7c11");
  }

  @Test
  void secretNeverPrints() {
    Secret s = Secret.of("topsecret");
    assertThat(s.toString()).isEqualTo("****");
    assertThat("key=" + s).doesNotContain("topsecret");
    assertThat(s.reveal()).isEqualTo("topsecret");
    assertThat(s).isEqualTo(Secret.of("topsecret")).isNotEqualTo(Secret.of("other"));
  }
}
