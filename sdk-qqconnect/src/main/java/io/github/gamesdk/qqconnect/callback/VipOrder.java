package io.github.gamesdk.qqconnect.callback;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.qqconnect.VipCode;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One QQ VIP order, the {@code data} of an order-forwarding callback (seed 003 lines 862-899 and
 * 2002-2039). Every value is a string on the wire ("每个字段值都为 string"); numbers are accepted
 * too. {@code openid} and {@code order_id} together identify the order and are required.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"aid", "msg_time", "open_months", "open_type", "openid", "order_id"})
@JsonSerialize(as = ImmutableVipOrder.class)
@JsonDeserialize(as = ImmutableVipOrder.class)
public abstract class VipOrder {
  /**
   * {@code aid}: the channel the order came through.
   *
   * @return the aid or {@code null}
   */
  @JsonProperty("aid")
  @Nullable
  public abstract String aid();

  /**
   * {@code msg_time}: when the subscription was opened, Unix seconds as a string.
   *
   * @return the time or {@code null}
   */
  @JsonProperty("msg_time")
  @Nullable
  public abstract String msgTime();

  /**
   * {@code open_months}: how many months were bought, as a string.
   *
   * @return the months or {@code null}
   */
  @JsonProperty("open_months")
  @Nullable
  public abstract String openMonths();

  /**
   * {@code open_type}: {@code vip} or {@code svip}.
   *
   * @return the type or {@code null}
   */
  @JsonProperty("open_type")
  @Nullable
  public abstract String openType();

  /**
   * {@code openid}: the user.
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code order_id}: the order.
   *
   * @return the order id
   */
  @JsonProperty("order_id")
  public abstract String orderId();

  /**
   * Fields the seed does not document, kept as they came.
   *
   * @return the unknown fields
   */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();

  /**
   * {@code open_type} as a {@link VipCode}.
   *
   * @return the code, or {@code null} when absent or unknown
   */
  @JsonIgnore
  @Value.Derived
  @Nullable
  public VipCode vipCode() {
    return VipCode.fromWire(openType());
  }

  /**
   * {@code open_months} as a number.
   *
   * @return the months, or 0 when absent or not a number
   */
  @JsonIgnore
  @Value.Derived
  public int months() {
    try {
      return openMonths() == null ? 0 : Integer.parseInt(openMonths().trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * {@code msg_time} as an instant.
   *
   * @return the instant, or {@code null} when absent or not a number
   */
  @JsonIgnore
  @Value.Derived
  @Nullable
  public Instant openedAt() {
    try {
      return msgTime() == null ? null : Instant.ofEpochSecond(Long.parseLong(msgTime().trim()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The deduplication key: openid and order_id, which together identify an order (seed 003 line
   * 899).
   *
   * @return {@code openid + "/" + order_id}
   */
  @JsonIgnore
  @Value.Derived
  public String dedupeKey() {
    return openid() + "/" + orderId();
  }
}
