package io.github.gamesdk.msdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.msdk.internal.UrlEncodedBytes;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The {@code binary} encoding of {@code /share/upload_wx} against the seed's example (line 2195)
 * and against Java's own {@code URLDecoder}/{@code URLEncoder} with ISO-8859-1, the seed's Java
 * recipe (line 2179).
 */
class UrlEncodedBytesTest {
  @Test
  void reproducesTheSeedsExample() throws Exception {
    byte[] head =
        URLDecoder.decode(SeedExamplesTest.SEED_BINARY_PREFIX, "ISO-8859-1").getBytes(StandardCharsets.ISO_8859_1);
    assertThat(head[0] & 0xFF).isEqualTo(0xFF);
    assertThat(head[1] & 0xFF).isEqualTo(0xD8);
    assertThat(new String(head, 6, 4, StandardCharsets.ISO_8859_1)).isEqualTo("JFIF");
    assertThat(UrlEncodedBytes.encode(head)).isEqualTo(SeedExamplesTest.SEED_BINARY_PREFIX);
  }

  @Test
  void everyByteRoundTripsThroughJavasDecoder() throws Exception {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    String encoded = UrlEncodedBytes.encode(all);
    assertThat(encoded).doesNotContain("+").matches("[A-Za-z0-9%._\\-]+");
    assertThat(URLDecoder.decode(encoded, "ISO-8859-1").getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(all);
    assertThat(UrlEncodedBytes.decode(encoded, "binary")).isEqualTo(all);
    // What the seed's Java recipe writes decodes to the same bytes.
    String java = URLEncoder.encode(new String(all, "ISO-8859-1"), "ISO-8859-1");
    assertThat(UrlEncodedBytes.decode(java, "binary")).isEqualTo(all);
  }

  @Test
  void brokenTextIsRejected() {
    assertThatThrownBy(() -> UrlEncodedBytes.decode("%F", "binary")).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> UrlEncodedBytes.decode("%GG", "binary")).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> UrlEncodedBytes.decode("한", "binary")).isInstanceOf(InvalidRequestException.class);
    assertThat(UrlEncodedBytes.decode("a+b", "binary")).isEqualTo(new byte[] {'a', ' ', 'b'});
  }
}
