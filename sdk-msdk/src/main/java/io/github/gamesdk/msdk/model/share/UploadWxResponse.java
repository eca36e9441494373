package io.github.gamesdk.msdk.model.share;

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
 * Answer of {@code /share/upload_wx} (seed 004 lines 2180-2205). The seed's example writes {@code
 * "expire": ’’} with typographic quotes (line 2204), which is not JSON; the field is documented as
 * "이 파라미터를 무시" (ignore it) and is read as a plain string.
 */
@Value.Immutable
@GameSdkStyle
@JsonSerialize(as = ImmutableUploadWxResponse.class)
@JsonDeserialize(as = ImmutableUploadWxResponse.class)
public abstract class UploadWxResponse extends MsdkResponse {
  /**
   * {@code type} (string): the media type, for now {@code thumb} (line 2185).
   *
   * @return the type, or {@code null} when absent
   */
  @JsonProperty("type")
  @Nullable
  public abstract String type();

  /**
   * {@code media_id} (string): the uploaded file's id, for {@code thumb_media_id} of {@code
   * /share/wx} (line 2186).
   *
   * @return the id, or {@code null} when absent
   */
  @JsonProperty("media_id")
  @Nullable
  public abstract String mediaId();

  /**
   * {@code created_at} (string): when the file was uploaded, Unix seconds as text (line 2187).
   *
   * @return the time, or {@code null} when absent
   */
  @JsonProperty("created_at")
  @Nullable
  public abstract String createdAt();

  /**
   * {@code access_token} (string): the credential of the call (line 2188). Never printed by {@code
   * toString()}.
   *
   * @return the token, or {@code null} when absent or empty
   */
  @JsonProperty("access_token")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  @Nullable
  public abstract Secret accessToken();

  /**
   * {@code expire} (string): to be ignored, says the seed (line 2189).
   *
   * @return the value, or {@code null} when absent
   */
  @JsonProperty("expire")
  @Nullable
  public abstract String expire();
}
