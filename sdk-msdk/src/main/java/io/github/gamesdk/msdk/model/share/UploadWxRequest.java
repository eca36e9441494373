package io.github.gamesdk.msdk.model.share;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import io.github.gamesdk.msdk.internal.UrlEncodedBytes;
import io.github.gamesdk.msdk.model.MsdkRequest;
import org.immutables.value.Value;

/**
 * Body of {@code POST /share/upload_wx}: uploads a share thumbnail to WeChat and obtains the {@code
 * media_id} that {@code /share/wx} takes as {@code thumb_media_id} (seed 004 lines 2155-2205). Only
 * needed when the share image changes; the default image needs no upload (line 2156).
 *
 * <p>The file travels inside the JSON: {@code binary} is the file's bytes URL-encoded with each
 * byte read as one ISO-8859-1 character (PHP {@code rawurlencode($contents)}, lines 2173-2178; Java
 * {@code URLEncoder.encode(new String(bs, "ISO-8859-1"), "ISO-8859-1")}, line 2179), and {@code
 * filelength} is the file's length in bytes, at most 64 KB (65536 bytes, line 2170). The 64 KB
 * limit is on the file, not on its encoded form, which can be up to three times longer. The model
 * holds the bytes ({@link #binary()}); {@code filelength} defaults to their count and must equal it.
 */
@Value.Immutable
@GameSdkStyle
@JsonPropertyOrder({
  "flag", "appid", "secret", "access_token", "type", "filename", "filelength", "content_type",
  "binary"
})
@JsonSerialize(as = ImmutableUploadWxRequest.class)
@JsonDeserialize(as = ImmutableUploadWxRequest.class)
public abstract class UploadWxRequest implements MsdkRequest {
  /** The largest file: "최대 64KB" (line 2170), 65536 bytes. */
  public static final int MAX_FILE_BYTES = 64 * 1024;

  /** {@code type} unless set: the thumbnail, the only type the answer documents (line 2185). */
  public static final String TYPE_THUMB = "thumb";

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableUploadWxRequest.Builder builder() {
    return ImmutableUploadWxRequest.builder();
  }

  /**
   * {@code flag} (int): "기본값은 1, secret를 사용해 등록" — 1, authenticate with {@code secret} (line
   * 2164).
   *
   * @return 1 unless set
   */
  @JsonProperty("flag")
  @Value.Default
  public int flag() {
    return 1;
  }

  /**
   * {@code appid} (string): the app's unique id (line 2165).
   *
   * @return the appid
   */
  @JsonProperty("appid")
  public abstract String appid();

  /**
   * {@code secret} (string): "appkey 입력", the appkey (line 2166). Never printed.
   *
   * @return the appkey
   */
  @JsonProperty("secret")
  @JsonSerialize(using = SecretJson.Serializer.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  public abstract Secret secret();

  /**
   * {@code access_token} (string): "등록 상태" (line 2167). The seed's example sends it empty with
   * {@code flag} 1 (line 2195), so an absent token is sent as {@code ""}. Never printed.
   *
   * @return the token, or {@code null} to send {@code ""}
   */
  @JsonProperty("access_token")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonSerialize(using = SecretJson.Serializer.class, nullsUsing = SecretJson.EmptyWhenNull.class)
  @JsonDeserialize(using = SecretJson.Deserializer.class)
  @Nullable
  public abstract Secret accessToken();

  /**
   * {@code type} (string): the media type, by default the thumbnail {@code thumb} (line 2168).
   *
   * @return the type
   */
  @JsonProperty("type")
  @Value.Default
  public String type() {
    return TYPE_THUMB;
  }

  /**
   * {@code filename} (string): the file name (line 2169), for example {@code b.jpg}.
   *
   * @return the name
   */
  @JsonProperty("filename")
  public abstract String filename();

  /**
   * {@code filelength} (int): the file's length in bytes, at most 64 KB (line 2170).
   *
   * @return the length of {@link #binary()} unless set
   */
  @JsonProperty("filelength")
  @Value.Default
  public int filelength() {
    return binary().length;
  }

  /**
   * {@code content_type} (string): the file type, such as {@code image/jpeg} or {@code image/jpg}
   * (line 2171).
   *
   * @return the media type
   */
  @JsonProperty("content_type")
  public abstract String contentType();

  /**
   * {@code binary} (string): the file, sent URL-encoded as ISO-8859-1 bytes (lines 2172-2179).
   *
   * @return the file's bytes (a copy)
   */
  @JsonProperty("binary")
  @JsonSerialize(using = UrlEncodedBytes.Serializer.class)
  @JsonDeserialize(using = UrlEncodedBytes.Deserializer.class)
  public abstract byte[] binary();

  @Value.Check
  void check() {
    Checks.notBlank(appid(), "appid");
    Checks.notBlank(type(), "type");
    Checks.notBlank(filename(), "filename");
    InvalidRequestException.check(
        contentType().matches("image/[A-Za-z0-9.+\\-]+"),
        "content_type",
        "must be an image type such as image/jpeg or image/jpg");
    int n = binary().length;
    InvalidRequestException.check(n > 0, "binary", "the file must not be empty");
    InvalidRequestException.check(
        n <= MAX_FILE_BYTES,
        "binary",
        "the file may have at most " + MAX_FILE_BYTES + " bytes (64 KB), has " + n);
    InvalidRequestException.check(
        filelength() == n,
        "filelength",
        "must be the file's length in bytes, " + n + ", not " + filelength());
  }
}
