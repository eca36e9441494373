package io.github.gamesdk.msdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The 24 /relation rows: all in {@code relation()}, and exactly the calls that create, bind, join,
 * unbind, remind or send are mutations (never retried); the profile, friend and group reads are
 * queries. The list is written from the seed's descriptions, not from the table.
 */
class RelationEndpointsTest {
  static final List<String> ALL =
      Arrays.asList(
          "qqprofile", "qqfriends_detail", "qq_unreg_friends", "qqstrange_profile", "qqfriends_vip",
          "get_vip_rich_info", "createbind_groupv2", "get_groupinfov2", "join_groupv2", "unlink_groupv2",
          "get_group_listv2", "bind_existing_groupv2", "remind_leader_bindv2", "query_bind_unionv2",
          "get_groupcode", "send_groupmsg", "wxprofile", "wxfriends", "wxuserinfo", "wxget_groupinfo",
          "wxunlink_group", "wxget_groupstatus", "wxsend_groupmsg", "wx_mini_send_msg");

  /** Line 501 creates and binds, 593 joins, 648 and 1168 unbind, 740 binds, 791 reminds, 934/1232/1298 send. */
  static final Set<String> MUTATIONS =
      new HashSet<>(
          Arrays.asList(
              "createbind_groupv2", "join_groupv2", "unlink_groupv2", "bind_existing_groupv2",
              "remind_leader_bindv2", "send_groupmsg", "wxunlink_group", "wxsend_groupmsg",
              "wx_mini_send_msg"));

  @Test
  void everyRelationCallIsThereAndClassified() {
    for (String name : ALL) {
      MsdkEndpoint<?, ?> e = MsdkEndpoints.find("relation/" + name);
      assertThat(e).as(name).isNotNull();
      assertThat(e.module()).isEqualTo("relation");
      assertThat(e.readOnly()).as(name).isEqualTo(!MUTATIONS.contains(name));
    }
    long rows = MsdkEndpoints.all().stream().filter(e -> e.module().equals("relation")).count();
    assertThat(rows).isEqualTo(24);
    assertThat(MsdkEndpoints.find("/relation/wx_mini_send_msg/").queryOnlyFields()).containsExactly("access_token");
  }
}
