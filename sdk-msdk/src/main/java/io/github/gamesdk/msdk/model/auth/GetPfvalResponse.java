package io.github.gamesdk.msdk.model.auth;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gamesdk.core.GameSdkStyle;
import io.github.gamesdk.core.Nullable;
import io.github.gamesdk.core.Secret;
import io.github.gamesdk.msdk.internal.SecretJson;
import io.github.gamesdk.msdk.model.MsdkResponse;
import org.immutables.value.Value;

/**
 * Answer of {@code /auth/get_pfval} (seed 004 lines 165-190): {@code pf} and the key that goes
 * with it. The table spells the key {@code pfkey} (line 171), the example {@code pfKey} (line
 * 188): both are read, and it is written {@code pfKey} as in the example.
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableGetPfvalResponse.class)
@JsonDeserialize(as = ImmutableGetPfvalResponse.class)
public abstract class GetPfvalResponse extends MsdkResponse {
  /**
   * {@code pf} (string): the pf value (line 170), for example {@code
   * desktop_m_wx-2002-android-73213123-wx-wxcde873f99466f74a-oyQm...}.
   *
   * @return the pf, or {@code null} when absent
   */
  @JsonProperty("pf")
  @Nullable
  public abstract String pf();

  /**
   * {@code pfKey} / {@code pfkey} (string): the key of the pf (lines 171 and 188). Never printed by
   * {@code toString()}.
   *
   * @return the key, or {@code null} when absent
   */
  @JsonProperty("pfKey")
  @JsonAlias("pfkey")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  @Nullable
  public abstract Secret pfKey();
}
