package io.github.gamesdk.spring;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import org.springframework.core.convert.converter.Converter;

/**
 * Binds a property value to a {@link Secret} (an appkey, a callback key, a Redis URI with a
 * password), so that the bound properties print it as {@code ****}: in {@code toString()}, logs and
 * the actuator's {@code configprops} endpoint. Registered for {@code @ConfigurationProperties}
 * binding by {@link GameSdkAutoConfiguration}.
 */
public final class SecretConverter implements Converter<String, Secret> {
  /** Creates the converter. */
  public SecretConverter() {}

  /**
   * Wraps the value.
   *
   * @param source the property value, as written
   * @return the secret, or {@code null} for an empty or blank value (the property counts as unset)
   */
  @Override
  @Nullable
  public Secret convert(String source) {
    return source.trim().isEmpty() ? null : Secret.of(source);
  }

  @Override
  public String toString() {
    return "SecretConverter";
  }
}
