package io.github.gamesdk.msdk.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.gamesdk.core.Secret;
import java.io.IOException;

/**
 * JSON form of the {@link Secret} fields of MSDK models (tokens such as {@code accessToken},
 * {@code openkey}, {@code access_token}, {@code secret}): written as the plain string the vendor
 * expects, read from a string (or a number). Only fields that carry these annotations reveal a
 * secret; {@link Secret#toString()} stays {@code ****} everywhere else. Not public API.
 */
public final class SecretJson {
  private SecretJson() {}

  /** Writes a {@link Secret} as its value. */
  public static final class Serializer extends JsonSerializer<Secret> {
    /** Creates the serializer (Jackson instantiates it). */
    public Serializer() {}

    @Override
    public void serialize(Secret value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.reveal());
    }
  }

  /**
   * Writes an absent {@link Secret} as the empty string, for fields the seed's examples always send
   * (seed 004 line 2193: {@code "access_token":""} of {@code /share/upload_wx}).
   */
  public static final class EmptyWhenNull extends JsonSerializer<Object> {
    /** Creates the serializer (Jackson instantiates it). */
    public EmptyWhenNull() {}

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString("");
    }
  }

  /** Reads a {@link Secret} from a string or number; the empty string is no secret ({@code null}). */
  public static final class Deserializer extends JsonDeserializer<Secret> {
    /** Creates the deserializer (Jackson instantiates it). */
    public Deserializer() {}

    @Override
    public Secret deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_STRING
          || t == JsonToken.VALUE_NUMBER_INT
          || t == JsonToken.VALUE_NUMBER_FLOAT) {
        String v = p.getText();
        return v.isEmpty() ? null : Secret.of(v);
      }
      return (Secret) ctxt.handleUnexpectedToken(Secret.class, p);
    }
  }
}
