package io.github.gamesdk.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A key or token: an appkey, msdkkey, SecretKey, apikey, access token or openkey. Its {@link
 * #toString()} is always {@code ****}, so it cannot leak through logging, string concatenation or
 * an exception message; the value is read only through {@link #reveal()}, at the point of signing
 * or sending.
 */
public final class Secret {
  private static final String MASK = "****";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @param value the key or token; must not be {@code null} or empty
   * @return the wrapped secret
   * @throws IllegalArgumentException if {@code value} is empty
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a secret must not be empty");
    }
    return new Secret(value);
  }

  /**
   * The secret value itself. Call this only to sign or send; never log the result.
   *
   * @return the value
   */
  public String reveal() {
    return value;
  }

  /**
   * The secret's UTF-8 bytes, a fresh copy on every call.
   *
   * @return the value's bytes
   */
  public byte[] revealBytes() {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Compares in constant time with respect to the content.
   *
   * @param o another object
   * @return whether {@code o} is a {@code Secret} with the same value
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Secret
        && MessageDigest.isEqual(revealBytes(), ((Secret) o).revealBytes());
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Always {@code ****}.
   *
   * @return {@code ****}
   */
  @Override
  public String toString() {
    return MASK;
  }
}
