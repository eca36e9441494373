package io.github.gamesdk.spring;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code gamesdk.redis.uri} is set to something other than blanks, in any relaxed
 * spelling ({@code GAMESDK_REDIS_URI} too). A blank value counts as unset, so that {@code uri:
 * ${GAMESDK_REDIS_URI:}} means "no Redis" where the variable is missing. Never puts the value,
 * which may hold a password, in the condition report.
 */
final class OnRedisUriCondition extends SpringBootCondition {
  static final String PROPERTY = "gamesdk.redis.uri";

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return isSet(Binder.get(context.getEnvironment()))
        ? ConditionOutcome.match(PROPERTY + " is set")
        : ConditionOutcome.noMatch(PROPERTY + " is not set");
  }

  static boolean isSet(Binder binder) {
    return binder.bind(PROPERTY, String.class).map(v -> !v.trim().isEmpty()).orElse(false);
  }
}
