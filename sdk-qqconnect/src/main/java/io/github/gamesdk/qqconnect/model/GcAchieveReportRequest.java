package io.github.gamesdk.qqconnect.model;

import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.error.InvalidRequestException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Request of {@code cmd=gc_achieve_report}: the game reports agreed values (level, role, recharge,
 * ...) for a player (seed 003 line 1700). The wire form is {@code appid} plus {@code param}, a JSON
 * string {@code {"total":N,"list":[{"type":..,"data":"..","bcover":..,"expires":..}]}} where {@code
 * total} is the number of items. Types 12, 26, 27 and 28 must be in every report (line 1753).
 */
@Value.Immutable
@GameSdkStyle
public abstract class GcAchieveReportRequest implements UserCredentials {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGcAchieveReportRequest.Builder builder() {
    return ImmutableGcAchieveReportRequest.builder();
  }

  /**
   * The reported values ({@code param.list}); {@code param.total} is their count.
   *
   * @return the items
   */
  public abstract List<AchieveItem> items();

  @Value.Check
  void check() {
    UserCredentials.check(this);
    Set<Integer> types = new HashSet<>();
    for (AchieveItem item : items()) {
      types.add(item.type());
    }
    for (AchieveType t : AchieveType.values()) {
      if (t.required() && !types.contains(t.code())) {
        throw new InvalidRequestException(
            "param.list", "type " + t.code() + " (" + t + ") must be in every report");
      }
    }
  }
}
