package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.MsdkResponse;

/**
 * The fields {@code /profile/qqget_first_reg} and {@code /profile/wxget_first_reg} answer (seed
 * 004 lines 1351-1353 and 1757-1759): three flags, strings in the table and the examples, where
 * {@code "1"} means yes and anything else no. A number {@code 1} is read as {@code "1"} (lenient
 * reading).
 */
@JsonPropertyOrder({"ret", "msg", "need_pop", "realname_flag", "mobile_flag"})
public abstract class FirstRegFlags extends MsdkResponse {
  /**
   * {@code need_pop} (string): whether to show the pop-up; only a clear {@code "1"} opens it
   * (line 1351).
   *
   * @return the raw flag, or {@code null} when absent
   */
  @JsonProperty("need_pop")
  @Nullable
  public abstract String needPop();

  /**
   * {@code realname_flag} (string): {@code "1"} when the player is registered under a real name
   * (line 1352).
   *
   * @return the raw flag, or {@code null} when absent
   */
  @JsonProperty("realname_flag")
  @Nullable
  public abstract String realnameFlag();

  /**
   * {@code mobile_flag} (string): {@code "1"} when a phone number is registered (line 1353).
   *
   * @return the raw flag, or {@code null} when absent
   */
  @JsonProperty("mobile_flag")
  @Nullable
  public abstract String mobileFlag();

  /**
   * Whether to show the pop-up: {@code need_pop} is exactly {@code "1"}; any other value, or none,
   * means no (line 1351: "다른 값 또는 이상 상황에서는 일률적으로 팝업창을 만들지 않습니다").
   *
   * @return whether to show it
   */
  @JsonIgnore
  public boolean popupNeeded() {
    return "1".equals(needPop());
  }

  /**
   * Whether the player is registered under a real name: {@code realname_flag} is {@code "1"}.
   *
   * @return whether it is
   */
  @JsonIgnore
  public boolean realName() {
    return "1".equals(realnameFlag());
  }

  /**
   * Whether a phone number is registered: {@code mobile_flag} is {@code "1"}.
   *
   * @return whether it is
   */
  @JsonIgnore
  public boolean mobileRegistered() {
    return "1".equals(mobileFlag());
  }
}
