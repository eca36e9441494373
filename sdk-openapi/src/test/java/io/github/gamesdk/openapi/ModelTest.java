package io.github.gamesdk.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.core.http.HttpMethod;
import io.github.gamesdk.core.json.GameSdkJson;
import io.github.gamesdk.openapi.model.GetInfoRequest;
import io.github.gamesdk.openapi.model.GetInfoResponse;
import io.github.gamesdk.openapi.model.IsLoginRequest;
import io.github.gamesdk.openapi.model.IsLoginResponse;
import io.github.gamesdk.openapi.model.OpenApiRequest;
import io.github.gamesdk.openapi.model.OpenApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Every example answer parses without loss; the request builders enforce the documented rules. */
class ModelTest {
  /** Seed 002 lines 36-40 (and again 42-46), the error example. */
  static final String SEED_ERROR =
      "{\n\"ret\":1000002,\n\"msg\":\"您提交的参数不正确,请重新操作!\",\n\"uin\":0\n}";

  /** The Tencent Open Platform wiki's is_login example (PROTOCOLS.md §6 names ret and msg). */
  static final String WIKI_IS_LOGIN = "{\"ret\":0,\"msg\":\"用户已登录\"}";

  static final Secret OPENKEY = Secret.of("2222222222222222");

  static <T> T read(String json, Class<T> type) {
    return GameSdkJson.read(json.getBytes(StandardCharsets.UTF_8), type, "openapi", "test", 200);
  }

  static JsonNode tree(String json) throws Exception {
    return GameSdkJson.mapper().readTree(json);
  }

  @Test
  void theSeedErrorExampleParsesWithItsUnknownField() throws Exception {
    OpenApiResponse r = read(SEED_ERROR, OpenApiResponse.class);
    assertThat(r.ret()).isEqualTo(1000002);
    assertThat(r.msg()).isEqualTo("您提交的参数不正确,请重新操作!");
    assertThat(r.extra()).containsEntry("uin", 0).hasSize(1);
    assertThat(tree(GameSdkJson.writeString(r))).isEqualTo(tree(SEED_ERROR));
    assertThat(OpenApiErrorCode.of(r.ret())).isEqualTo(OpenApiErrorCode.PARAMETERS_INCORRECT);
  }

  @Test
  void theWikiGetInfoExampleParsesAndRoundTrips() throws Exception {
    GetInfoResponse r = read(SignatureVectorTest.WIKI_GET_INFO, GetInfoResponse.class);
    assertThat(r.ret()).isZero();
    assertThat(r.msg()).isNull();
    assertThat(r.isLost()).isZero();
    assertThat(r.nickname()).isEqualTo("Peter");
    assertThat(r.gender()).isEqualTo("男");
    assertThat(r.country()).isEqualTo("中国");
    assertThat(r.province()).isEqualTo("广东");
    assertThat(r.city()).isEqualTo("深圳");
    assertThat(r.figureurl())
        .isEqualTo("http://imgcache.qq.com/qzone_v4/client/userinfo_icon/1236153759.gif");
    assertThat(r.isYellowVip()).isEqualTo(1);
    assertThat(r.isYellowYearVip()).isEqualTo(1);
    assertThat(r.yellowVipLevel()).isEqualTo(7);
    assertThat(r.isYellowHighVip()).isZero();
    assertThat(r.isBlueVip()).isNull();
    assertThat(r.extra()).isEmpty();
    // Written back: the same JSON, no field added (msg stays absent), none lost.
    assertThat(GameSdkJson.writeString(r)).isEqualTo(SignatureVectorTest.WIKI_GET_INFO);
  }

  @Test
  void getInfoAcceptsStringFlagsAndKeepsOtherPfFields() throws Exception {
    String json =
        "{\"ret\":\"0\",\"msg\":\"\",\"is_lost\":\"1\",\"nickname\":\"n\",\"is_yellow_vip\":\"0\","
            + "\"is_blue_vip\":1,\"is_blue_year_vip\":0,\"blue_vip_level\":\"6\","
            + "\"is_super_blue_vip\":0,\"3366_grow_level\":12,\"3366_level_name\":\"x\"}";
    GetInfoResponse r = read(json, GetInfoResponse.class);
    assertThat(r.ret()).isZero();
    assertThat(r.isLost()).isEqualTo(1);
    assertThat(r.isYellowVip()).isZero();
    assertThat(r.isBlueVip()).isEqualTo(1);
    assertThat(r.blueVipLevel()).isEqualTo(6);
    assertThat(r.isSuperBlueVip()).isZero();
    assertThat(r.extra()).containsEntry("3366_grow_level", 12).containsEntry("3366_level_name", "x");
    // Strings in, numbers out (the wiki's example writes numbers).
    JsonNode back = tree(GameSdkJson.writeString(r));
    assertThat(back.get("is_lost").isInt()).isTrue();
    assertThat(back.get("3366_grow_level").asInt()).isEqualTo(12);
  }

  @Test
  void isLoginExampleParses() throws Exception {
    IsLoginResponse r = read(WIKI_IS_LOGIN, IsLoginResponse.class);
    assertThat(r.ret()).isZero();
    assertThat(r.msg()).isEqualTo("用户已登录");
    assertThat(tree(GameSdkJson.writeString(r))).isEqualTo(tree(WIKI_IS_LOGIN));
  }

  @Test
  void aGenericAnswerKeepsEveryField() throws Exception {
    String json = "{\"ret\":0,\"is_lost\":0,\"items\":[{\"openid\":\"A\"},{\"openid\":\"B\"}]}";
    OpenApiResponse r = read(json, OpenApiResponse.class);
    assertThat(r.extra()).containsKeys("is_lost", "items");
    assertThat(tree(GameSdkJson.writeString(r))).isEqualTo(tree(json));
  }

  @Test
  void commonParametersAreChecked() {
    assertThat(GetInfoRequest.of("o", OPENKEY, "qzone", "112.90.139.30").userip())
        .isEqualTo("112.90.139.30");
    assertThat(IsLoginRequest.of("o", OPENKEY, "qzone", "2001:db8::1").userip())
        .isEqualTo("2001:db8::1");
    String[] badIps = {"", "1.2.3", "256.1.1.1", "1.2.3.4.5", "localhost", "qq.com", "1.2.3.4 ",
      "fe80::1%eth0", "::g"};
    for (String ip : badIps) {
      assertThatThrownBy(() -> GetInfoRequest.of("o", OPENKEY, "qzone", ip))
          .as(ip)
          .isInstanceOfSatisfying(
              InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("userip"));
    }
    assertThatThrownBy(() -> GetInfoRequest.of(" ", OPENKEY, "qzone", "1.2.3.4"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("openid"));
    assertThatThrownBy(() -> IsLoginRequest.of("o", OPENKEY, "", "1.2.3.4"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("pf"));
    assertThatThrownBy(() -> GetInfoRequest.builder().openid("o").pf("qzone").userip("1.2.3.4").build())
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("openkey"));
    assertThatThrownBy(() -> GetInfoRequest.builder().openid(null))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void requestsNeverShowTheOpenkey() {
    GetInfoRequest r = GetInfoRequest.of("o", OPENKEY, "qzone", "1.2.3.4");
    assertThat(r.toString()).doesNotContain("2222222222222222").contains("****");
    OpenApiRequest g = OpenApiRequest.builder().path("/v3/user/is_setup").from(r).build();
    assertThat(g.toString()).doesNotContain("2222222222222222");
  }

  @Test
  void genericRequestPathsAndParameters() {
    GetInfoRequest common = GetInfoRequest.of("o", OPENKEY, "qzone", "1.2.3.4");
    OpenApiRequest r = OpenApiRequest.builder().path("v3/user/is_setup").from(common).build();
    assertThat(r.path()).isEqualTo("/v3/user/is_setup");
    assertThat(r.method()).isEqualTo(HttpMethod.POST);
    assertThat(r.idempotent()).isFalse();
    assertThat(r.params()).isEmpty();

    String[] badPaths = {"/v2/user/get_info", "/v3", "/v3/", "/v3/user/../x", "/v3/user/get info",
      "/v3/user/get_info?x=1", "http://x/v3/user/get_info", "", "/v3//x"};
    for (String p : badPaths) {
      assertThatThrownBy(() -> OpenApiRequest.builder().path(p).from(common).build())
          .as(p)
          .isInstanceOfSatisfying(
              InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("path"));
    }
    for (String name : OpenApiRequest.COMMON_PARAMETERS) {
      assertThatThrownBy(
              () ->
                  OpenApiRequest.builder()
                      .path("/v3/user/is_setup")
                      .from(common)
                      .params(Collections.singletonMap(name, "x"))
                      .build())
          .as(name)
          .isInstanceOfSatisfying(
              InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(name));
    }
    assertThatThrownBy(
            () ->
                OpenApiRequest.builder()
                    .path("/v3/user/is_setup")
                    .from(common)
                    .params(Collections.singletonMap("", "x"))
                    .build())
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(
            () ->
                OpenApiRequest.builder()
                    .path("/v3/user/is_setup")
                    .from(common)
                    .putParams("a", null))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void errorCodesNeverLookUpNull() {
    assertThat(OpenApiErrorCode.of(-23)).isEqualTo(OpenApiErrorCode.INVALID_OPENKEY);
    assertThat(OpenApiErrorCode.of(42)).isEqualTo(OpenApiErrorCode.UNKNOWN);
    assertThat(OpenApiErrorCode.of(-23).endsSession()).isTrue();
    assertThat(OpenApiErrorCode.of(-24).endsSession()).isTrue();
    assertThat(OpenApiErrorCode.of(-71).endsSession()).isTrue();
    assertThat(OpenApiErrorCode.of(-22).endsSession()).isTrue();
    assertThat(OpenApiErrorCode.of(-5).endsSession()).isFalse();
    assertThat(OpenApiErrorCode.of(-6).endsSession()).isFalse();
    assertThat(OpenApiErrorCode.UNKNOWN.endsSession()).isFalse();
  }
}
