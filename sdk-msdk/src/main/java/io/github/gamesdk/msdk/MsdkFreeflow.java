package io.github.gamesdk.msdk;

import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.msdk.model.freeflow.FreeflowGetinfoRequest;
import io.github.gamesdk.msdk.model.freeflow.FreeflowGetinfoResponse;
import io.github.gamesdk.msdk.model.freeflow.GetCcinfoRequest;
import io.github.gamesdk.msdk.model.freeflow.GetCcinfoResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The free-flow calls of MSDK, {@code /freeflow/*} (seed 004 lines 2278-2360), both read-only and
 * so retried where allowed. Obtained from {@link MsdkClient#freeflow()}; thread-safe.
 */
public final class MsdkFreeflow {
  private final MsdkClient client;

  MsdkFreeflow(MsdkClient client) {
    this.client = client;
  }

  /**
   * {@code /freeflow/getinfo}: the user's free-flow information (seed 004 line 2280).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public FreeflowGetinfoResponse getinfo(@Nullable String openid, FreeflowGetinfoRequest request) {
    return client.call(MsdkEndpoints.FREEFLOW_GETINFO, openid, request);
  }

  /**
   * Async form of {@link #getinfo}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<FreeflowGetinfoResponse> getinfoAsync(
      @Nullable String openid, FreeflowGetinfoRequest request) {
    return client.callAsync(MsdkEndpoints.FREEFLOW_GETINFO, openid, request);
  }

  /**
   * {@code /freeflow/get_ccinfo}: carrier, region and network of an IP (seed 004 line 2320).
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer, when {@code ret} is 0
   * @throws io.github.gamesdk.core.error.GameSdkException on any failure
   */
  public GetCcinfoResponse getCcinfo(@Nullable String openid, GetCcinfoRequest request) {
    return client.call(MsdkEndpoints.FREEFLOW_GET_CCINFO, openid, request);
  }

  /**
   * Async form of {@link #getCcinfo}.
   *
   * @param openid the {@code openid} query parameter, or {@code null}
   * @param request the body
   * @return the answer's future
   */
  public CompletableFuture<GetCcinfoResponse> getCcinfoAsync(
      @Nullable String openid, GetCcinfoRequest request) {
    return client.callAsync(MsdkEndpoints.FREEFLOW_GET_CCINFO, openid, request);
  }
}
