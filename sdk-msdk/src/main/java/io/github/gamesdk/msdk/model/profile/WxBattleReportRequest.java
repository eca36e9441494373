package io.github.gamesdk.msdk.model.profile;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.error.InvalidRequestException;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.model.MsdkRequest;
import java.util.List;
import org.immutables.value.Value;

/**
 * Body of {@code POST /profile/wxbattle_report}: reports game results (score, battles) to the
 * WeChat game center (seed 004 lines 1830-1903). Table lines 1838-1840, example body lines
 * 1882-1898. Changes state: never retried.
 *
 * <p>{@code json} is one user's record as an object (the example, line 1885) or several as an
 * array ("[{사용자 데이터1}, {사용자 데이터2},...]", line 1871): a single record is sent as an
 * object, several as an array; both are read.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"appid", "openid", "json"})
@JsonSerialize(as = ImmutableWxBattleReportRequest.class)
@JsonDeserialize(as = ImmutableWxBattleReportRequest.class)
public abstract class WxBattleReportRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableWxBattleReportRequest.Builder builder() {
    return ImmutableWxBattleReportRequest.builder();
  }

  /**
   * {@code appid} (string): the game's id (line 1838).
   *
   * @return the appid
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code openid} (string): the player (line 1839).
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code json} (json): the records, at least one (lines 1840-1871).
   *
   * @return the records
   */
  @JsonProperty("json")
  @JsonFormat(
      with = {
        JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED,
        JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY
      })
  public abstract List<WxBattleRecord> json();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(openid(), "openid");
    InvalidRequestException.check(!json().isEmpty(), "json", "at least one record");
  }
}
