package io.github.gamesdk.msdk.model.share;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.internal.SecretJson;
import io.github.gamesdk.msdk.model.MsdkRequest;
import java.util.List;
import org.immutables.value.Value;

/**
 * Body of {@code POST /share/qq}: a point-to-point share to one mobile-QQ friend, shown in the "QQ
 * 모바일 게임" public account (seed 004 lines 2095-2153). The receiver must follow that account and
 * gets at most 5 shares a day, at most 3 from the same sender (line 2097).
 *
 * <p>The table (lines 2107-2123) and the example (lines 2130-2150) disagree: the example leaves out
 * {@code userip} and {@code game_tag}. {@code userip} is optional here, as in the example; {@code
 * game_tag} is required, as the table says in so many words ("필수 입력", line 2123). {@code
 * previewText} is optional ("입력할 필요 없음", no need to fill in). Limits checked before sending:
 * {@code summary} and {@code title} at most 45 bytes, {@code target_url} at most 512 bytes and
 * carrying the {@code ADTAG} of {@code game_tag}, exactly one receiver, {@code act} 1, {@code dst}
 * 1001, {@code flag} 1 (the only values allowed).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "act", "oauth_consumer_key", "dst", "flag", "image_url", "openid", "access_token", "src",
  "summary", "target_url", "title", "fopenids", "previewText", "userip", "game_tag"
})
@JsonSerialize(as = ImmutableShareQqRequest.class)
@JsonDeserialize(as = ImmutableShareQqRequest.class)
public abstract class ShareQqRequest implements MsdkRequest {
  /** {@code act}: 1, "APP 이동", the only value (line 2111). */
  public static final int ACT_APP = 1;

  /** {@code dst}: 1001, mobile QQ, the only value (line 2113). */
  public static final int DST_MOBILE_QQ = 1001;

  /** {@code flag}: 1, no roaming, the only value (line 2114). */
  public static final int FLAG_NO_ROAMING = 1;

  /** Most bytes of {@code summary} and {@code title}: "45B" (lines 2118 and 2120). */
  public static final int MAX_TEXT_BYTES = 45;

  /** Most bytes of {@code target_url}: "512b" (line 2119). */
  public static final int MAX_TARGET_URL_BYTES = 512;

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableShareQqRequest.Builder builder() {
    return ImmutableShareQqRequest.builder();
  }

  /**
   * {@code act} (int): jump behaviour, 1 = launch the app (line 2111).
   *
   * @return 1 unless set
   */
  @JsonProperty("act")
  @Value.Default
  public int act() {
    return ACT_APP;
  }

  /**
   * {@code oauth_consumer_key} (int): the app's QQ appid (line 2112), a bare number in the example (line 2137).
   *
   * @return the appid
   */
  @JsonProperty("oauth_consumer_key")
  public abstract long oauthConsumerKey();

  /**
   * {@code dst} (int): 1001, mobile QQ (line 2113).
   *
   * @return 1001 unless set
   */
  @JsonProperty("dst")
  @Value.Default
  public int dst() {
    return DST_MOBILE_QQ;
  }

  /**
   * {@code flag} (int): roaming, 1 = none, the only value (line 2114).
   *
   * @return 1 unless set
   */
  @JsonProperty("flag")
  @Value.Default
  public int flag() {
    return FLAG_NO_ROAMING;
  }

  /**
   * {@code image_url} (string): the shared image, 128×128, reachable, at most 2 MB (line 2115).
   *
   * @return an http(s) URL
   */
  @JsonProperty("image_url")
  public abstract String imageUrl();

  /**
   * {@code openid} (string): the sender (line 2109).
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code access_token} (string): the sender's token, "등록 상태" (line 2116). Never printed.
   *
   * @return the token
   */
  @JsonProperty("access_token")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret accessToken();

  /**
   * {@code src} (int): the message source, default 0 (line 2117).
   *
   * @return 0 unless set
   */
  @JsonProperty("src")
  @Value.Default
  public int src() {
    return 0;
  }

  /**
   * {@code summary} (string): the summary, at most 45 bytes (line 2118).
   *
   * @return the summary
   */
  @JsonProperty("summary")
  public abstract String summary();

  /**
   * {@code target_url} (string): the game-center detail page, at most 512 bytes, carrying {@code
   * ADTAG=} the {@linkplain QqShareGameTag#adtag() ADTAG} of {@link #gameTag()} (line 2119).
   *
   * @return the URL
   */
  @JsonProperty("target_url")
  public abstract String targetUrl();

  /**
   * {@code title} (string): the title, at most 45 bytes (line 2120).
   *
   * @return the title
   */
  @JsonProperty("title")
  public abstract String title();

  /**
   * {@code fopenids} (JSON array): the receiver; "한 명의 친구와의 공유만 지원" — exactly one (line
   * 2121).
   *
   * @return one receiver
   */
  @JsonProperty("fopenids")
  public abstract List<QqShareFriend> fopenids();

  /**
   * {@code previewText} (string): "입력할 필요 없음", need not be filled in (line 2122).
   *
   * @return the text, or {@code null} to leave it out
   */
  @JsonProperty("previewText")
  @Nullable
  public abstract String previewText();

  /**
   * {@code userip} (string): the user's client IP (line 2110); the seed's example leaves it out.
   *
   * @return the IP, or {@code null} to leave it out
   */
  @JsonProperty("userip")
  @Nullable
  public abstract String userip();

  /**
   * {@code game_tag} (string): the message type, required (line 2123).
   *
   * @return the tag
   */
  @JsonProperty("game_tag")
  public abstract QqShareGameTag gameTag();

  @Value.Check
  void check() {
    Checks.oneOf(act(), "act", ACT_APP);
    Checks.oneOf(dst(), "dst", DST_MOBILE_QQ);
    Checks.oneOf(flag(), "flag", FLAG_NO_ROAMING);
    Checks.positive(oauthConsumerKey(), "oauth_consumer_key");
    Checks.httpUrl(imageUrl(), "image_url");
    Checks.notBlank(openid(), "openid");
    Checks.notBlank(summary(), "summary");
    Checks.maxBytes(summary(), MAX_TEXT_BYTES, "summary");
    Checks.notBlank(title(), "title");
    Checks.maxBytes(title(), MAX_TEXT_BYTES, "title");
    Checks.httpUrl(targetUrl(), "target_url");
    Checks.maxBytes(targetUrl(), MAX_TARGET_URL_BYTES, "target_url");
    InvalidRequestException.check(
        targetUrl().contains("ADTAG=" + gameTag().adtag()),
        "target_url",
        "must carry ADTAG=" + gameTag().adtag() + ", the ADTAG of game_tag " + gameTag());
    Checks.count(fopenids(), 1, 1, "fopenids");
    if (userip() != null) {
      Checks.ipAddress(userip(), "userip");
    }
  }
}
