package io.github.gamesdk.spring;

import io.github.gamesdk.qqconnect.callback.VipOrder;

/**
 * Credits a QQ VIP order to the user: the application's part of the VIP order callback (seed 003
 * lines 826-925). Declare one bean of this type when {@code
 * gamesdk.qqconnect.vip-callback.enabled=true}.
 *
 * <p>Called once per order ({@code openid} and {@code order_id}), after the delivery's {@code sign}
 * and {@code ts} were verified and the order was marked in the deduplication store, on the thread
 * that serves the callback request. If it throws, the mark is removed and QQ VIP is asked to
 * deliver again; so crediting should be idempotent in the application's own storage too, or at
 * least transactional.
 */
@FunctionalInterface
public interface VipOrderCreditor {
  /**
   * Credits one verified, first-time order.
   *
   * @param order the order ({@code openid}, {@code order_id}, {@code open_type}, {@code
   *     open_months}, ...)
   */
  void credit(VipOrder order);
}
