package io.github.gamesdk.msdk.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;

/**
 * Lenient reading of an answer's object field that the seed's table calls an array while its
 * example sends an object ({@code data} of {@code /profile/wxget_vip}, seed 004 lines 1683 and
 * 1722; of {@code /profile/wxget_eliteinfo}, lines 2076 and 2089), and which is "empty" when there
 * is nothing (line 1685): an empty string or an empty array reads as {@code null}, an array of one
 * object as that object, anything else as the object type. Not public API.
 */
public final class EmptyAsNull extends JsonDeserializer<Object> implements ContextualDeserializer {
  private final JavaType type;

  /** The deserializer before Jackson tells it the property's type. */
  public EmptyAsNull() {
    this(null);
  }

  private EmptyAsNull(JavaType type) {
    this.type = type;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
    return new EmptyAsNull(property == null ? ctxt.getContextualType() : property.getType());
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode n = ctxt.readTree(p);
    if (n == null || n.isNull() || (n.isTextual() && n.asText().trim().isEmpty())
        || (n.isArray() && n.size() == 0)) {
      return null;
    }
    if (n.isArray() && n.size() == 1 && n.get(0).isObject()) {
      n = n.get(0);
    }
    return ctxt.readTreeAsValue(n, type);
  }

  @Override
  public Object getNullValue(DeserializationContext ctxt) {
    return null;
  }
}
