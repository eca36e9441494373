package io.github.gamesdk.testkit.msdk;

import io.github.gamesdk.testkit.msdk.MsdkContract.Kind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract of every MSDK call the fake knows, written from the tables and examples of seed 004
 * ({@code 004_a22ae9e2991625ee.txt}); the line numbers cite it. One entry per call: its fields
 * with their JSON type, required flag and limits, and the seed's example answer, which the fake
 * gives by default.
 */
final class MsdkContracts {
  private MsdkContracts() {}

  /** Every contract, by {@code module/interface}. */
  static Map<String, MsdkContract> all() {
    Map<String, MsdkContract> m = new LinkedHashMap<>();
    auth(m);
    return Collections.unmodifiableMap(m);
  }

  private static void add(Map<String, MsdkContract> m, MsdkContract c) {
    if (m.put(c.name(), c) != null) {
      throw new IllegalStateException("two contracts for " + c.name());
    }
  }

  /** {@code /auth/*}: seed 004 lines 61-190. */
  private static void auth(Map<String, MsdkContract> m) {
    // Lines 73-78; example 86-94 ("appid": xxxxxxxxxxx is a bare number).
    add(m, MsdkContract.post("auth/verify_login")
        .required("appid", Kind.INT)
        .required("openid", Kind.STRING)
        .required("openkey", Kind.STRING)
        .required("userip", Kind.STRING)
        .answer("{\"ret\":0,\"msg\":\"user is logged in\"}")
        .build());
    // Lines 104-107; example 112-121.
    add(m, MsdkContract.post("auth/check_token")
        .required("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .answer("{\"ret\":0,\"msg\":\"ok\"}")
        .build());
    // Lines 130-133; example 138-147.
    add(m, MsdkContract.post("auth/guest_check_token")
        .required("guestid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .answer("{\"ret\":0,\"msg\":\"ok\"}")
        .build());
    // Lines 155-164; example 172-190.
    add(m, MsdkContract.post("auth/get_pfval")
        .required("appid", Kind.STRING)
        .required("openid", Kind.STRING)
        .required("accessToken", Kind.STRING)
        .required("platform", Kind.STRING)
        .values("platform", "desktop_m_qq", "desktop_m_wx", "desktop_m_guest")
        .required("regChannel", Kind.STRING)
        .required("os", Kind.STRING)
        .values("os", "android", "iap")
        .required("installchannel", Kind.STRING)
        .required("offerid", Kind.STRING)
        .answer("{\"pf\":\"desktop_m_wx-2002-android-73213123-wx-wxcde873f99466f74a-"
            + "oyQmcwlfqLdebciSJTiGy8Bm5N40\",\"pfKey\":\"60de2c996**********9a81f8ccb0\","
            + "\"msg\":\"ok\",\"ret\":0}")
        .build());
  }
}
