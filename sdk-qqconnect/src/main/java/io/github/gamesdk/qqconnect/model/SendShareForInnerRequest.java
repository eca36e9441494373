package io.github.gamesdk.qqconnect.model;

import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.error.InvalidRequestException;
import java.util.List;
import org.immutables.value.Value;

/**
 * Request of {@code cmd=send_share_for_inner}: a point-to-point share to QQ friends, shown in the
 * public account (seed 003 line 954, again at 2161). Every field of the seed's table is required.
 */
@Value.Immutable
@GameSdkStyle
public abstract class SendShareForInnerRequest implements UserCredentials {
  /** {@code dst}: msf, mobile QQ; the only value allowed (seed 003 line 970). */
  public static final int DST_MOBILE_QQ = 1001;

  /** {@code flag}: 1, no roaming; the only value allowed (seed 003 line 972). */
  public static final int FLAG_NO_ROAMING = 1;

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableSendShareForInnerRequest.Builder builder() {
    return ImmutableSendShareForInnerRequest.builder();
  }

  /**
   * The receivers ({@code fopenids}, sent as a JSON array), at least one.
   *
   * @return the receivers
   */
  public abstract List<ShareReceiver> fopenids();

  /**
   * The message thumbnail ({@code imageUrl}), an http or https URL.
   *
   * @return the URL
   */
  public abstract String imageUrl();

  /**
   * Where the message leads ({@code targetUrl}), an http or https URL.
   *
   * @return the URL
   */
  public abstract String targetUrl();

  /**
   * The message type ({@code game_tag}).
   *
   * @return the tag
   */
  public abstract GameTag gameTag();

  /**
   * {@code dst}: must be 1001, mobile QQ.
   *
   * @return 1001 unless set
   */
  @Value.Default
  public int dst() {
    return DST_MOBILE_QQ;
  }

  /**
   * {@code flag} (roaming: 0 yes, 1 no): must be 1.
   *
   * @return 1 unless set
   */
  @Value.Default
  public int flag() {
    return FLAG_NO_ROAMING;
  }

  @Value.Check
  void check() {
    UserCredentials.check(this);
    InvalidRequestException.check(!fopenids().isEmpty(), "fopenids", "at least one receiver");
    InvalidRequestException.check(Urls.isHttpUrl(imageUrl()), "imageUrl", "must be an http(s) URL");
    InvalidRequestException.check(Urls.isHttpUrl(targetUrl()), "targetUrl", "must be an http(s) URL");
    InvalidRequestException.check(dst() == DST_MOBILE_QQ, "dst", "can only be 1001");
    InvalidRequestException.check(flag() == FLAG_NO_ROAMING, "flag", "can only be 1");
  }
}
