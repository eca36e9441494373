package io.github.gamesdk.msdk.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.gamesdk.core.error.InvalidRequestException;
import java.io.IOException;

/**
 * The {@code binary} field of {@code /share/upload_wx} (seed 004 lines 2172-2180): the file's bytes
 * URL-encoded, each byte taken as one ISO-8859-1 character — PHP {@code rawurlencode($contents)},
 * or in Java {@code URLEncoder.encode(new String(bs, "ISO-8859-1"), "ISO-8859-1")}.
 *
 * <p>Those two differ on three bytes only: space ({@code %20} against {@code +}), {@code *} and
 * {@code ~}. This encoder writes every byte except {@code A-Z a-z 0-9 - _ .} as {@code %XX}
 * (upper-case hex), so it never emits {@code +}, and the text decodes to the same bytes under
 * PHP's {@code urldecode} and {@code rawurldecode} and Java's {@code URLDecoder} alike. The seed's
 * example ({@code %FF%D8%FF%E0%00%10JFIF%00%01...}, line 2193) is reproduced byte for byte. Not
 * public API.
 */
public final class UrlEncodedBytes {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlEncodedBytes() {}

  /**
   * Encodes bytes.
   *
   * @param bytes the file
   * @return the URL-encoded text, ASCII only
   */
  public static String encode(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.') {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return sb.toString();
  }

  /**
   * Decodes text written by {@link #encode}, by PHP {@code rawurlencode} or {@code urlencode}, or by
   * Java's {@code URLEncoder} with ISO-8859-1: {@code %XX} is a byte, {@code +} a space, and any
   * other character below 256 stands for itself.
   *
   * @param text the encoded text
   * @param field the vendor's field name, for the exception
   * @return the bytes
   * @throws InvalidRequestException if the text has a broken escape or a character above 255
   */
  public static byte[] decode(String text, String field) {
    byte[] out = new byte[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
        int lo = hi < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
        InvalidRequestException.check(
            lo >= 0, field, "broken %XX escape at character " + i + " of the URL-encoded bytes");
        out[n++] = (byte) ((hi << 4) | lo);
        i += 2;
      } else if (c == '+') {
        out[n++] = ' ';
      } else {
        InvalidRequestException.check(
            c < 256, field, "URL-encoded ISO-8859-1 bytes hold no character above U+00FF");
        out[n++] = (byte) c;
      }
    }
    byte[] exact = new byte[n];
    System.arraycopy(out, 0, exact, 0, n);
    return exact;
  }

  /** Writes a {@code byte[]} as {@link #encode} does. */
  public static final class Serializer extends JsonSerializer<byte[]> {
    /** Creates the serializer (Jackson instantiates it). */
    public Serializer() {}

    @Override
    public void serialize(byte[] value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(encode(value));
    }
  }

  /** Reads a {@code byte[]} from URL-encoded text, as {@link #decode} does. */
  public static final class Deserializer extends JsonDeserializer<byte[]> {
    /** Creates the deserializer (Jackson instantiates it). */
    public Deserializer() {}

    @Override
    public byte[] deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (byte[]) ctxt.handleUnexpectedToken(byte[].class, p);
      }
      return decode(p.getText(), "binary");
    }
  }
}
