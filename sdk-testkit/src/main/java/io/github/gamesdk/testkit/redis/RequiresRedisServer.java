package io.github.gamesdk.testkit.redis;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 condition for test classes that need {@code redis-server}: {@code
 * @ExtendWith(RequiresRedisServer.class)}. When it is not installed, every test of the class is
 * reported as skipped with the reason (rather than the class running no test at all), except
 * under {@code CI=true}, where the class fails: a CI run must not pass by skipping them.
 */
public final class RequiresRedisServer implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return evaluate(LocalRedisServer.findBinary().isPresent(), LocalRedisServer.underCi());
  }

  static ConditionEvaluationResult evaluate(boolean installed, boolean ci) {
    if (installed) {
      return ConditionEvaluationResult.enabled("redis-server is installed");
    }
    if (ci) {
      throw new IllegalStateException(LocalRedisServer.MISSING_UNDER_CI);
    }
    return ConditionEvaluationResult.disabled(LocalRedisServer.MISSING_SKIPPED);
  }
}
