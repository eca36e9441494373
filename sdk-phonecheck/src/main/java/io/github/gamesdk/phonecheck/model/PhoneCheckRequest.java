package io.github.gamesdk.phonecheck.model;

import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.log.Redaction;
import io.github.gamesdk.phonecheck.MobileNumber;
import org.immutables.value.Value;

/**
 * Request of {@code /ssPhone_Privacy} (seed 001 lines 58-77): the one number to check. The apikey
 * is the client's, not the request's.
 *
 * <p>{@code mobile} is checked and normalized when the request is built ({@link MobileNumber}):
 * {@code +86 13812345678} becomes {@code 13812345678}; anything but one mainland mobile number
 * throws {@link io.github.gamesdk.core.error.InvalidRequestException} naming {@code mobile}. Its
 * {@link #toString()} masks the number ({@code 138****5678}).
 */
@Value.Immutable
@GameSdkStyle
public abstract class PhoneCheckRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutablePhoneCheckRequest.Builder builder() {
    return ImmutablePhoneCheckRequest.builder();
  }

  /**
   * A request for one number.
   *
   * @param mobile the number, see {@link MobileNumber}
   * @return the request
   * @throws io.github.gamesdk.core.error.InvalidRequestException if the number breaks the rule
   */
  public static PhoneCheckRequest of(String mobile) {
    return builder().mobile(mobile).build();
  }

  /**
   * {@code mobile}: the number to check, 11 digits once built (seed 001 line 73, "需要查询的号码",
   * one number per query).
   *
   * @return the normalized number
   */
  public abstract String mobile();

  /**
   * Checks {@code mobile} and normalizes it to 11 digits.
   *
   * @return this request, or a copy with the normalized number
   */
  @Value.Check
  protected PhoneCheckRequest normalize() {
    String national = MobileNumber.normalize(mobile());
    return national.equals(mobile()) ? this : ImmutablePhoneCheckRequest.builder().mobile(national).build();
  }

  /**
   * The request with the number masked.
   *
   * @return for example {@code PhoneCheckRequest{mobile=138****5678}}
   */
  @Override
  public String toString() {
    return "PhoneCheckRequest{mobile=" + Redaction.maskPhone(mobile()) + "}";
  }
}
