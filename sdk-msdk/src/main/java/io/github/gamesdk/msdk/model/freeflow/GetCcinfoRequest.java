package io.github.gamesdk.msdk.model.freeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.internal.Checks;
import io.github.gamesdk.msdk.model.MsdkRequest;
import org.immutables.value.Value;

/**
 * Body of {@code POST /freeflow/get_ccinfo}: carrier, region and network of an IP (seed 004 lines
 * 2320-2360). {@code openid} is required; {@code ip} is optional ("필수 입력항이 아니며", line 2328),
 * without it the server looks at the address the request comes from, which the seed warns is not
 * always right. The seed's example passes {@code ip} in the URL (line 2344) while the table lists
 * it as a parameter: the client sends it in both (see {@code MsdkEndpoints.FREEFLOW_GET_CCINFO}).
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({"openid", "ip"})
@JsonSerialize(as = ImmutableGetCcinfoRequest.class)
@JsonDeserialize(as = ImmutableGetCcinfoRequest.class)
public abstract class GetCcinfoRequest implements MsdkRequest {
  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableGetCcinfoRequest.Builder builder() {
    return ImmutableGetCcinfoRequest.builder();
  }

  /**
   * {@code openid} (string): the user's openid (line 2327).
   *
   * @return the openid
   */
  @JsonProperty("openid")
  public abstract String openid();

  /**
   * {@code ip} (string): the IP to look up (line 2328).
   *
   * @return the IP, or {@code null} for the address the request comes from
   */
  @JsonProperty("ip")
  @Nullable
  public abstract String ip();

  @Value.Check
  void check() {
    Checks.notBlank(openid(), "openid");
    if (ip() != null) {
      Checks.ipAddress(ip(), "ip");
    }
  }
}
