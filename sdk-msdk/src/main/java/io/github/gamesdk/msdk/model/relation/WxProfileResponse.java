package io.github.gamesdk.msdk.model.relation;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.MsdkResponse;
import java.util.List;
import org.immutables.value.Value;

/**
 * Answer of {@code /relation/wxprofile} (seed 004 lines 992-1008; example lines 1018-1043). The
 * example also has {@code country} and {@code language} at the top level (lines 1020-1021), read
 * here. {@code lists} is also read under the name {@code list} (DESIGN §6).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"country", "language", "lists", "privilege"})
@JsonSerialize(as = ImmutableWxProfileResponse.class)
@JsonDeserialize(as = ImmutableWxProfileResponse.class)
public abstract class WxProfileResponse extends MsdkResponse {
  /**
   * {@code country}: the country, at the top level in the example (line 1020).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("country")
  @Nullable
  public abstract String country();

  /**
   * {@code language}: the language, at the top level in the example (line 1021).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("language")
  @Nullable
  public abstract String language();

  /**
   * {@code lists}: the profiles (line 996).
   *
   * @return the entries, never null (empty when absent)
   */
  @JsonProperty("lists")
  @JsonAlias({"list"})
  public abstract List<WxInfo> lists();

  /**
   * {@code privilege}: the privileges of the first openid, e.g. {@code chinaunicom} (Woka) (line
   * 997).
   *
   * @return the entries, never null (empty when absent)
   */
  @JsonProperty("privilege")
  public abstract List<String> privilege();
}
