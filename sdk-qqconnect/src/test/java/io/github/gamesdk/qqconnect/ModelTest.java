package io.github.gamesdk.qqconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.qqconnect.model.AchieveItem;
import io.github.gamesdk.qqconnect.model.AchieveType;
import io.github.gamesdk.qqconnect.model.GameTag;
import io.github.gamesdk.qqconnect.model.GcAchieveReportRequest;
import io.github.gamesdk.qqconnect.model.OAuthMeResponse;
import io.github.gamesdk.qqconnect.model.QcSetSummaryCardRequest;
import io.github.gamesdk.qqconnect.model.QcSetSummaryCardResponse;
import io.github.gamesdk.qqconnect.model.SendShareForInnerRequest;
import io.github.gamesdk.qqconnect.model.SendShareForInnerResponse;
import io.github.gamesdk.qqconnect.model.ShareReceiver;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The seed's example answers parse without loss; the builders enforce the documented rules. */
class ModelTest {
  private static final Secret TOKEN = Secret.of("8d3405682be0dd70510325272b495c5e");

  /** Seed 003 lines 988-998, comments removed (they are annotations in the document, not JSON). */
  static final String SHARE_ANSWER = "{ \"ret\":0, \"msg\":\"ok\", \"data\": { \"ret\":0, \"msg\":\"xx\", } }";

  /** Seed 003 lines 2070-2080: the answer with a nested {@code data.data.url}. */
  static final String EMOJI_ANSWER =
      "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":0,\"msg\":\"xx\",\"data\":{\"url\":\"\"}}}";

  private static <T> T read(String json, Class<T> type) {
    return GameSdkJson.read(json.getBytes(StandardCharsets.UTF_8), type, "qqconnect", "test", 200);
  }

  @Test
  void seedShareAnswerParses() {
    SendShareForInnerResponse r = read(SHARE_ANSWER, SendShareForInnerResponse.class);
    assertThat(r.ret()).isZero();
    assertThat(r.msg()).isEqualTo("ok");
    assertThat(r.data().ret()).isZero();
    assertThat(r.data().msg()).isEqualTo("xx");
    assertThat(r.extra()).isEmpty();
  }

  @Test
  void nestedDataAndUnknownFieldsAreKept() throws Exception {
    String json =
        "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"ret\":0,\"msg\":\"xx\",\"data\":{\"url\":\"\"},"
            + "\"seq\":7},\"trace\":\"abc\"}";
    QcSetSummaryCardResponse r = read(json, QcSetSummaryCardResponse.class);
    assertThat(r.data().data().get("url").asText()).isEmpty();
    assertThat(r.data().extra()).containsEntry("seq", 7);
    assertThat(r.extra()).containsEntry("trace", "abc");
    JsonNode back = GameSdkJson.mapper().readTree(GameSdkJson.writeString(r));
    assertThat(back).isEqualTo(GameSdkJson.mapper().readTree(json));
    assertThat(read(EMOJI_ANSWER, QcSetSummaryCardResponse.class).data().data().has("url")).isTrue();
  }

  @Test
  void meAnswerAcceptsNumericClientId() {
    OAuthMeResponse r = read("callback( {\"client_id\":100330589,\"openid\":\"ABC\"} );", OAuthMeResponse.class);
    assertThat(r.clientId()).isEqualTo("100330589");
    assertThat(r.openid()).isEqualTo("ABC");
    assertThat(r.unionid()).isNull();
  }

  @Test
  void shareRequestChecksDocumentedRules() {
    SendShareForInnerRequest ok = share().build();
    assertThat(ok.dst()).isEqualTo(1001);
    assertThat(ok.flag()).isEqualTo(1);
    assertThat(ok.toString()).doesNotContain("8d3405682be0dd70510325272b495c5e").contains("****");

    assertThatThrownBy(() -> share().dst(1002).build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("dst");
    assertThatThrownBy(() -> share().flag(0).build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("flag");
    assertThatThrownBy(() -> share().imageUrl("ftp://x/y").build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("imageUrl");
    assertThatThrownBy(() -> SendShareForInnerRequest.builder().openid("o").accessToken(TOKEN).build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("required");
    assertThatThrownBy(() -> share().fopenids(java.util.Collections.emptyList()).build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("fopenids");
  }

  @Test
  void achieveReportRequiresTypes12_26_27_28() {
    GcAchieveReportRequest.builder()
        .openid("o")
        .accessToken(TOKEN)
        .addItems(AchieveItem.of(AchieveType.PLATFORM, "1"))
        .addItems(AchieveItem.of(AchieveType.AREA, "1"))
        .addItems(AchieveItem.of(AchieveType.SERVER_ID, "456"))
        .addItems(AchieveItem.of(AchieveType.ROLE_ID, "476"))
        .build();
    assertThatThrownBy(
            () ->
                GcAchieveReportRequest.builder()
                    .openid("o")
                    .accessToken(TOKEN)
                    .addItems(AchieveItem.of(AchieveType.PLATFORM, "1"))
                    .addItems(AchieveItem.of(AchieveType.AREA, "1"))
                    .addItems(AchieveItem.of(AchieveType.SERVER_ID, "456"))
                    .build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("28");
    assertThatThrownBy(() -> AchieveItem.of(AchieveType.PLATFORM, "2"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("type 12");
    assertThatThrownBy(() -> AchieveItem.of(AchieveType.AREA, "3"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("type 26");
  }

  @Test
  void summaryCardIdsAreNumbers() {
    assertThatThrownBy(
            () ->
                QcSetSummaryCardRequest.builder()
                    .openid("o")
                    .accessToken(TOKEN)
                    .cardId("x1")
                    .styleId("1")
                    .build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("card_id");
  }

  @Test
  void nullArgumentIsInvalidRequestNamingTheField() {
    assertThatThrownBy(() -> share().imageUrl(null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("imageUrl");
  }

  @Test
  void errorCodeLookupNeverReturnsNull() {
    assertThat(QqConnectErrorCode.of(-73)).isEqualTo(QqConnectErrorCode.INVALID_ACCESSTOKEN_MODIFY_SIG);
    assertThat(QqConnectErrorCode.of(221012)).isEqualTo(QqConnectErrorCode.GUILD_DELETED);
    assertThat(QqConnectErrorCode.of(251005)).isEqualTo(QqConnectErrorCode.FRIEND_CACHE_UPDATE_FAILED);
    assertThat(QqConnectErrorCode.of(100016).category().name()).isEqualTo("REAUTHORIZE");
    assertThat(QqConnectErrorCode.of(424242)).isEqualTo(QqConnectErrorCode.UNKNOWN);
  }

  @Test
  void vipPageUrlMatchesTheSeedExample() {
    // Seed 003 line 740.
    assertThat(VipPageUrl.build(VipCode.SVIP, 1, "mvip.p.hz.demo"))
        .isEqualTo("https://mq.vip.qq.com/m/connect/open?code=svip&month=1&aid=mvip.p.hz.demo");
    assertThatThrownBy(() -> VipPageUrl.build(VipCode.VIP, 0, "a"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("month");
    assertThatThrownBy(() -> VipPageUrl.build(VipCode.VIP, 1, " "))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("aid");
  }

  private static io.github.gamesdk.qqconnect.model.ImmutableSendShareForInnerRequest.Builder share() {
    return SendShareForInnerRequest.builder()
        .openid("1983e77ac7517e997967168816c41867")
        .accessToken(TOKEN)
        .addFopenids(ShareReceiver.of("1983e77ac7517e997967168816c41867"))
        .imageUrl("http://imgcache.qq.com/club/gamecenter/cms/2016-04-01/1459504923_868_750x1182.jpg")
        .targetUrl("http://gamecenter.qq.com/gcjump?appid=1104466820")
        .gameTag(GameTag.MSG_SHARE_FRIEND_DOUBLE);
  }
}
