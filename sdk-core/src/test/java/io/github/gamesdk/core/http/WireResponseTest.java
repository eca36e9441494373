package io.github.gamesdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The charset of an answer, with and without the fast paths of charset(). */
class WireResponseTest {
  static Charset charsetOf(String contentType, Charset defaultCharset) {
    Headers h = contentType == null ? Headers.of() : Headers.of("Content-Type", contentType);
    return new WireResponse(200, h, new byte[0]).charset(defaultCharset);
  }

  @Test
  void charsetFollowsTheContentType() {
    Charset gbk = Charset.forName("GBK");
    Charset latin1 = StandardCharsets.ISO_8859_1;
    assertThat(charsetOf(null, gbk)).isEqualTo(gbk);
    assertThat(charsetOf("application/json", gbk)).isEqualTo(gbk);
    assertThat(charsetOf("application/json; charset=utf-8", gbk)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(charsetOf("application/json;charset=UTF-8", gbk)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(charsetOf("text/html; charset=utf-8; x=1", gbk)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(charsetOf("text/html; charset=\"utf-8\"", gbk)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(charsetOf("text/html; charset=utf8", gbk)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(charsetOf("text/html; charset=GBK", latin1)).isEqualTo(gbk);
    assertThat(charsetOf("text/html; charset=utf-16", latin1)).isEqualTo(StandardCharsets.UTF_16);
    assertThat(charsetOf("text/html; CHARSET=ISO-8859-1", gbk)).isEqualTo(latin1);
    // Not a charset parameter: another parameter whose name ends in "charset".
    assertThat(charsetOf("text/html; x-charset=utf-8", gbk)).isEqualTo(gbk);
    // An unknown charset or a malformed type falls back to the default.
    assertThat(charsetOf("text/html; charset=no-such-charset", gbk)).isEqualTo(gbk);
    assertThat(charsetOf("not a media type", gbk)).isEqualTo(gbk);
    assertThat(new WireResponse(200, Headers.of(), new byte[0]).charset()).isEqualTo(StandardCharsets.UTF_8);
  }
}
