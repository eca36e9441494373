package io.github.gamesdk.msdk.model.freeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.model.MsdkRequest;
import org.immutables.value.Value;

/**
 * Body of {@code POST /freeflow/getinfo}: the user's free-flow (zero-rating) information, from the
 * carrier subscription MSDK knows of (seed 004 lines 2280-2318). The table's one field, {@code
 * openid} (line 2287), is required. The seed's example shows no body (line 2302), but MSDK answers
 * an empty body with {@code -501}, so the table's field is sent as JSON.
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableFreeflowGetinfoRequest.class)
@JsonDeserialize(as = ImmutableFreeflowGetinfoRequest.class)
public abstract class FreeflowGetinfoRequest implements MsdkRequest {
  /**
   * The request for one user.
   *
   * @param openid the user's openid
   * @return the request
   */
  public static FreeflowGetinfoRequest of(String openid) {
    return ImmutableFreeflowGetinfoRequest.builder().openid(openid).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableFreeflowGetinfoRequest.Builder builder() {
    return ImmutableFreeflowGetinfoRequest.builder();
  }

  /**
   * {@code openid} (string): the user's openid (line 2287).
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  @Value.Check
  void check() {
    Checks.notBlank(openid(), "openid");
  }
}
