package io.github.gamesdk.qqconnect.model;

import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.error.InvalidRequestException;
import org.immutables.value.Value;

/**
 * Request of {@code cmd=qc_set_summary_card}: sets the user's mobile-QQ profile card and its style
 * (seed 003 line 1620, the signing example: {@code card_id=11746 style_id=1 version=7.2.5
 * platform=2}; the iOS call at line ~2100 takes a card id and a style id). The seed has no field
 * table; {@code card_id} and {@code style_id} are required, {@code version} and {@code platform}
 * are sent when set.
 */
@Value.Immutable
@GameSdkStyle
public abstract class QcSetSummaryCardRequest implements UserCredentials {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableQcSetSummaryCardRequest.Builder builder() {
    return ImmutableQcSetSummaryCardRequest.builder();
  }

  /**
   * The card id ({@code card_id}).
   *
   * @return the id
   */
  public abstract String cardId();

  /**
   * The style id ({@code style_id}).
   *
   * @return the id
   */
  public abstract String styleId();

  /**
   * The client version ({@code version}, e.g. {@code 7.2.5}), if any.
   *
   * @return the version or {@code null}
   */
  @Nullable
  public abstract String version();

  /**
   * The client platform ({@code platform}, e.g. {@code 2}), if any.
   *
   * @return the platform or {@code null}
   */
  @Nullable
  public abstract Integer platform();

  @Value.Check
  void check() {
    UserCredentials.check(this);
    InvalidRequestException.check(cardId().matches("\\d+"), "card_id", "must be a number");
    InvalidRequestException.check(styleId().matches("\\d+"), "style_id", "must be a number");
  }
}
