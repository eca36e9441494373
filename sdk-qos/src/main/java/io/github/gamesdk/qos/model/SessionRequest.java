package io.github.gamesdk.qos.model;

import io.github.gamesdk.core.error.InvalidRequestException;
import java.util.List;
import org.immutables.value.Value;

/**
 * The parameters that {@code open} and {@code close} add to {@link QosRequest} (seed 000 lines
 * 146-148 and 235-239): {@code PhoneNO}, the phone's encrypted number, and {@code DstIP}, the game
 * servers to accelerate to.
 */
public abstract class SessionRequest extends QosRequest {
  /** {@code DstIP} holds at most this many addresses: "最多 4 个" (seed 000 line 148). */
  public static final int MAX_DST_IPS = 4;

  SessionRequest() {}

  /**
   * {@code PhoneNO} (seed 000 line 146): the phone's number as the operator encrypted it, that is
   * the {@code result} of the {@code mobileUrl} lookup the phone made ({@link
   * MobileUrlAnswer#result()}). Required, but may be the empty string: "有一些电信的用户无法获得 PhoneNO
   * 参数，则传一个空字符 "" 代替" (line 160, again at 251). Shown as {@code ****} in {@code toString()}.
   *
   * @return the encrypted number, possibly empty
   */
  @Value.Redacted
  public abstract String phoneNo();

  /**
   * {@code DstIP} (seed 000 line 148): the IPv4 addresses of the game servers, 1 to {@value
   * #MAX_DST_IPS}, sent comma-separated ({@code 1.1.1.1,2.2.2.2}, line 188).
   *
   * @return the addresses, in the order sent
   */
  public abstract List<String> dstIps();

  /**
   * Checks {@code PhoneNO} and {@code DstIP}, then the common parameters.
   *
   * @throws InvalidRequestException naming the vendor parameter that breaks its rule
   */
  void checkSession() {
    checkCommon();
    InvalidRequestException.check(
        !hasControlChars(phoneNo()), "PhoneNO", "must not contain control characters");
    InvalidRequestException.check(!dstIps().isEmpty(), "DstIP", "at least one address");
    InvalidRequestException.check(
        dstIps().size() <= MAX_DST_IPS, "DstIP", "at most " + MAX_DST_IPS + " addresses");
    for (String ip : dstIps()) {
      InvalidRequestException.check(
          Ipv4.isValid(ip), "DstIP", "every address must be a dotted-quad IPv4 address");
    }
  }
}
