package io.github.gamesdk.msdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.msdk.model.MsdkRequest;
import io.github.gamesdk.msdk.model.MsdkResponse;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The endpoint table against {@code ENDPOINTS.md}: every row of the SDK is an MSDK row there, with
 * its seed line and method; calls that change state are mutations; lookups work by name, with a
 * trailing slash and with {@code wxoauth}.
 */
class EndpointTableTest {
  /** The MSDK rows of ENDPOINTS.md: call → seed line. */
  static final Map<String, Integer> ENDPOINTS_MD = new HashMap<>();

  static {
    String[] rows = {
      "auth/verify_login 65", "auth/check_token 96", "auth/guest_check_token 123", "auth/get_pfval 149",
      "relation/qqprofile 195", "relation/qqfriends_detail 242", "relation/qq_unreg_friends 300",
      "relation/qqstrange_profile 340", "relation/qqfriends_vip 397", "relation/get_vip_rich_info 450",
      "relation/createbind_groupv2 501", "relation/get_groupinfov2 557", "relation/join_groupv2 593",
      "relation/unlink_groupv2 648", "relation/get_group_listv2 701", "relation/bind_existing_groupv2 740",
      "relation/remind_leader_bindv2 791", "relation/query_bind_unionv2 844", "relation/get_groupcode 887",
      "relation/send_groupmsg 934", "relation/wxprofile 980", "relation/wxfriends 1045",
      "relation/wxuserinfo 1078", "relation/wxget_groupinfo 1128", "relation/wxunlink_group 1168",
      "relation/wxget_groupstatus 1198", "relation/wxsend_groupmsg 1232", "relation/wx_mini_send_msg 1298",
      "profile/qqget_first_reg 1338", "profile/query_vip 1371", "profile/get_gift 1449", "profile/get_wifi 1486",
      "profile/qqscore_batch 1517", "profile/qqget_video_vip 1560", "profile/get_xinyue_super 1615",
      "profile/get_wx_xinyue_vip 1642", "profile/wxget_vip 1667", "profile/wxget_first_reg 1744",
      "profile/wxget_video_vip 1777", "profile/wxbattle_report 1830", "profile/subscribe_getlist 1905",
      "profile/subscribe_setlist 1964", "profile/subscribe_push 1999", "profile/subscribe_clear 2030",
      "profile/wxget_eliteinfo 2061", "share/qq 2095", "share/upload_wx 2155", "share/wx 2206",
      "share/wx_link 2245", "freeflow/getinfo 2280", "freeflow/get_ccinfo 2320"
    };
    for (String r : rows) {
      String[] p = r.split(" ");
      ENDPOINTS_MD.put(p[0], Integer.parseInt(p[1]));
    }
  }

  /** The GET calls (ENDPOINTS.md; seed lines 1614 and 1641). */
  static final Set<String> GET_CALLS =
      new HashSet<>(Arrays.asList("profile/get_xinyue_super", "profile/get_wx_xinyue_vip"));

  /** Calls that change state, never retried (the issue names these; shares and pushes at least). */
  static final Set<String> MUST_BE_MUTATIONS =
      new HashSet<>(
          Arrays.asList(
              "relation/send_groupmsg", "relation/wxsend_groupmsg", "relation/wx_mini_send_msg",
              "share/qq", "share/upload_wx", "share/wx", "share/wx_link", "profile/subscribe_push",
              "relation/createbind_groupv2", "relation/join_groupv2", "relation/unlink_groupv2",
              "relation/bind_existing_groupv2", "relation/remind_leader_bindv2", "relation/wxunlink_group",
              "profile/qqscore_batch", "profile/wxbattle_report", "profile/subscribe_setlist",
              "profile/subscribe_clear"));

  @Test
  void everyRowIsAnEndpointsMdRow() {
    assertThat(MsdkEndpoints.all()).isNotEmpty();
    int previous = 0;
    for (MsdkEndpoint<?, ?> e : MsdkEndpoints.all()) {
      assertThat(ENDPOINTS_MD).as("ENDPOINTS.md row for %s", e.name()).containsKey(e.name());
      assertThat(e.seedLine()).as(e.name()).isEqualTo(ENDPOINTS_MD.get(e.name()));
      assertThat(e.seedLine()).as("sorted by seed line").isGreaterThan(previous);
      previous = e.seedLine();
      assertThat(e.method())
          .as(e.name())
          .isEqualTo(GET_CALLS.contains(e.name()) ? HttpMethod.GET : HttpMethod.POST);
      if (MUST_BE_MUTATIONS.contains(e.name())) {
        assertThat(e.readOnly()).as("%s changes state", e.name()).isFalse();
      }
      assertThat(e.endpoint().idempotent()).isEqualTo(e.readOnly());
      assertThat(e.endpoint().vendor()).isEqualTo("msdk");
      assertThat(e.path()).isEqualTo("/" + e.name());
      assertThat(MsdkRequest.class).isAssignableFrom(e.requestType());
      assertThat(MsdkResponse.class).isAssignableFrom(e.responseType());
      assertThat(MsdkEndpoints.find(e.name())).isSameAs(e);
    }
  }

  @Test
  void everyEndpointsMdRowHasAnEndpoint() {
    // All 51 MSDK rows of ENDPOINTS.md are covered: the table is complete, not just consistent.
    assertThat(ENDPOINTS_MD).hasSize(51);
    for (String name : ENDPOINTS_MD.keySet()) {
      assertThat(MsdkEndpoints.find(name)).as("endpoint for ENDPOINTS.md row %s", name).isNotNull();
    }
  }

  @Test
  void everyEndpointHasASyncAndAnAsyncMethodInItsGroup() throws Exception {
    for (MsdkEndpoint<?, ?> e : MsdkEndpoints.all()) {
      Method accessor = MsdkClient.class.getMethod(e.module());
      Class<?> group = accessor.getReturnType();
      int sync = 0;
      int async = 0;
      for (Method m : group.getMethods()) {
        if (Modifier.isPublic(m.getModifiers())
            && m.getParameterCount() == 2
            && m.getParameterTypes()[1] == e.requestType()) {
          if (m.getReturnType() == e.responseType()) {
            sync++;
          } else if (m.getName().endsWith("Async")) {
            async++;
          }
        }
      }
      assertThat(sync).as("sync method for %s in %s", e.name(), group.getSimpleName()).isEqualTo(1);
      assertThat(async).as("async method for %s in %s", e.name(), group.getSimpleName()).isEqualTo(1);
    }
  }

  @Test
  void lookups() {
    assertThat(MsdkEndpoints.find("auth/verify_login")).isSameAs(MsdkEndpoints.AUTH_VERIFY_LOGIN);
    assertThat(MsdkEndpoints.find("/auth/get_pfval/")).isSameAs(MsdkEndpoints.AUTH_GET_PFVAL);
    assertThat(MsdkEndpoints.find("wxoauth/check_token")).isSameAs(MsdkEndpoints.AUTH_CHECK_TOKEN);
    assertThat(MsdkEndpoints.find("/freeflow/getinfo/")).isSameAs(MsdkEndpoints.FREEFLOW_GETINFO);
    assertThat(MsdkEndpoints.find("share/nope")).isNull();
    assertThat(MsdkEndpoints.find(null)).isNull();
  }

  @Test
  void paths() {
    assertThat(MsdkEndpoints.AUTH_CHECK_TOKEN.path(MsdkAuthModule.WXOAUTH)).isEqualTo("/wxoauth/check_token");
    assertThat(MsdkEndpoints.AUTH_CHECK_TOKEN.path(MsdkAuthModule.AUTH)).isEqualTo("/auth/check_token");
    assertThat(MsdkEndpoints.SHARE_QQ.path(MsdkAuthModule.WXOAUTH)).isEqualTo("/share/qq");
    assertThat(MsdkEndpoints.FREEFLOW_GET_CCINFO.alsoInQueryFields()).containsExactly("ip");
    assertThat(MsdkEndpoints.SHARE_QQ.readOnly()).isFalse();
    assertThat(MsdkEndpoints.AUTH_VERIFY_LOGIN.readOnly()).isTrue();
  }
}
