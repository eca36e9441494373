package io.github.gamesdk.qos.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Answer of {@code Action=open} (seed 000 lines 164-174, example lines 196-201): the acceleration
 * session and how long it lasts.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"errno", "errmsg", "sessionId", "sessiontime"})
@JsonSerialize(as = ImmutableOpenResponse.class)
@JsonDeserialize(as = ImmutableOpenResponse.class)
public abstract class OpenResponse extends QosResponse {
  OpenResponse() {}

  /**
   * {@code sessionId} (seed 000 line 172): "服务开通的唯一标识", the session's id. A string on the
   * wire ({@code "193424"}, line 199); a number is accepted.
   *
   * @return the id
   */
  @JsonProperty("sessionId")
  public abstract String sessionId();

  /**
   * {@code sessiontime} (seed 000 line 174): "过期时间，单位为秒，过期后加速将失效", the number of
   * seconds after which the acceleration ends. For example {@code 7200} (line 200).
   *
   * @return the lifetime in seconds
   */
  @JsonProperty("sessiontime")
  public abstract long sessionTimeSeconds();

  /**
   * {@code sessiontime} as a duration: acceleration ends this long after it was opened.
   *
   * @return the session's lifetime
   */
  @JsonIgnore
  public Duration sessionDuration() {
    return Duration.ofSeconds(sessionTimeSeconds());
  }

  /**
   * When acceleration ends, for a session opened at a given instant (the time the answer came:
   * {@code sessiontime} counts from the opening, seed 000 line 174).
   *
   * @param openedAt when {@code open} was answered, for example {@code clock.instant()}
   * @return {@code openedAt} plus {@code sessiontime} seconds
   */
  public Instant expiresAt(Instant openedAt) {
    return Objects.requireNonNull(openedAt, "openedAt").plusSeconds(sessionTimeSeconds());
  }
}
