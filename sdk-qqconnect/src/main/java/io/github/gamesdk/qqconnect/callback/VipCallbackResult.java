package io.github.gamesdk.qqconnect.callback;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.json.GameSdkJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a VIP order callback came to, and the exact body to answer the vendor with (seed 003 lines
 * 907-925: {@code {"ret":0,"msg":"succ"}}, {@code ret} 0 meaning received).
 *
 * <p>A first delivery and a repeated one both answer {@code ret} 0, so that the vendor stops
 * delivering; only the first is credited. A forged, stale or malformed request answers a negative
 * {@code ret}; so does a delivery that could not be recorded (storage down, crediting failed), so
 * that the vendor delivers it again. The negative codes are gamesdk's own: the seed defines only 0.
 */
public final class VipCallbackResult {
  /** How the delivery was handled. */
  public enum Status {
    /** First delivery, verified and credited. Answer {@code ret} 0. */
    ACCEPTED(0, "succ"),
    /** Verified, but this order was credited before. Answer {@code ret} 0, credit nothing. */
    DUPLICATE(0, "succ"),
    /** A parameter is missing or the data is not a valid order. */
    MALFORMED(-1, "bad request"),
    /** The sign does not match. */
    BAD_SIGNATURE(-2, "bad sign"),
    /** The {@code ts} is outside the accepted window. */
    STALE(-3, "stale request"),
    /** Could not be recorded now; the vendor should deliver it again. */
    RETRY_LATER(-4, "try again later");

    private final int ret;
    private final String msg;

    Status(int ret, String msg) {
      this.ret = ret;
      this.msg = msg;
    }

    /**
     * The {@code ret} to answer with.
     *
     * @return 0 for received, negative otherwise
     */
    public int ret() {
      return ret;
    }

    /**
     * The {@code msg} to answer with.
     *
     * @return {@code succ} for received
     */
    public String msg() {
      return msg;
    }
  }

  private final Status status;
  private final VipOrder order;

  VipCallbackResult(Status status, @Nullable VipOrder order) {
    this.status = Objects.requireNonNull(status, "status");
    this.order = order;
  }

  /**
   * How the delivery was handled.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * The verified order, for {@link Status#ACCEPTED}, {@link Status#DUPLICATE} and {@link
   * Status#RETRY_LATER}.
   *
   * @return the order, or {@code null} when the request was not verified
   */
  @Nullable
  public VipOrder order() {
    return order;
  }

  /**
   * Whether the vendor is told the delivery was received ({@code ret} 0).
   *
   * @return whether {@code ret} is 0
   */
  public boolean acknowledged() {
    return status.ret() == 0;
  }

  /**
   * The HTTP status to answer with: 200 always, as the vendor reads {@code ret} from the body.
   *
   * @return 200
   */
  public int httpStatus() {
    return 200;
  }

  /**
   * The exact JSON body to answer with, e.g. {@code {"ret":0,"msg":"succ"}}.
   *
   * @return the body
   */
  public String responseBody() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ret", status.ret());
    body.put("msg", status.msg());
    return GameSdkJson.writeString(body);
  }

  @Override
  public String toString() {
    return "VipCallbackResult{" + status + (order == null ? "" : ", order_id=" + order.orderId())
        + "}";
  }
}
